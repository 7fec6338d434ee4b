import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { readJsonLd } from './json-ld.js'
import { collectMarkup } from './markup.js'
import { pageDate } from './page-date.js'

function found(html: string, url: string | null = null, jsonLd: string[] = []) {
  const doc = parseDocument(html)
  assert.ok(doc)
  return pageDate(collectMarkup(doc), readJsonLd(jsonLd), url)
}

describe('pageDate', () => {
  it('prefers JSON-LD datePublished to meta tags', () => {
    const f = found(
      '<head><meta property="article:published_time" content="2024-11-07"></head>',
      null,
      ['{"@type":"NewsArticle","datePublished":"2024-11-06T10:00:00+01:00"}'],
    )
    assert.equal(f.date?.published, '2024-11-06T10:00:00+01:00')
    assert.equal(f.dateStrong, true)
  })
  it('reads publication meta tags, skipping unparseable ones', () => {
    const f = found(
      '<meta name="pubdate" content="soon"><meta name="parsely-pub-date" content="2024-11-06T08:00:00Z">',
    )
    assert.equal(f.date?.documentDate, '2024-11-06')
  })
  it('reads a <time pubdate> and itemprop=datePublished', () => {
    assert.equal(
      found('<p><time pubdate datetime="2024-11-06">x</time></p>').date?.documentDate,
      '2024-11-06',
    )
    assert.equal(
      found('<span itemprop="datePublished" content="2024-11-05"></span>').date?.documentDate,
      '2024-11-05',
    )
  })
  it('takes the URL date before weak sources', () => {
    const f = found('<meta name="date" content="2024-12-01">', 'https://x.example/2024/11/06/a')
    assert.equal(f.date?.documentDate, '2024-11-06')
  })
  it('reads no date from the comments', () => {
    const f = found(
      '<article><h1>Bridge closed</h1><p>Text.</p></article><div id="comments"><time datetime="2024-12-01T10:00:00Z">1 Dec</time><span class="comment-date">02.12.2024</span></div>',
    )
    assert.equal(f.date, null)
  })
  it("passes over a sidebar's post dates marked as published, to the URL", () => {
    const f = found(
      '<article><h1>Bridge closed</h1><p>Text.</p></article><div class="sidebar"><time class="published" datetime="2009-04-11">11 April 2009</time></div>',
      'https://x.example/2024/11/06/bridge-closed/',
    )
    assert.equal(f.date?.documentDate, '2024-11-06')
  })
  it('falls back to a written date near the headline, as a weak date', () => {
    const f = found('<div><h1>Bridge closed</h1><p>Veröffentlicht am 6. November 2024</p></div>')
    assert.equal(f.date?.documentDate, '2024-11-06')
    assert.equal(f.dateStrong, false)
  })
  it('moves a UTC timestamp to the day the page writes', () => {
    const f = found(
      '<meta property="article:published_time" content="2022-05-04T00:53:29Z"><span class="date">3 de mayo de 2022</span>',
    )
    assert.equal(f.date?.published, '2022-05-04T00:53:29Z')
    assert.equal(f.date?.documentDate, '2022-05-03')
  })
  it('keeps a midday UTC timestamp on its own day when the page writes the next one', () => {
    const f = found(
      '<meta property="article:published_time" content="2022-01-25T11:47:05+00:00"><span class="date">26.01.2022</span>',
    )
    assert.equal(f.date?.documentDate, '2022-01-25')
  })
  it('moves a late UTC timestamp to the next day the page writes', () => {
    const f = found(
      '<meta property="article:published_time" content="2022-01-25T18:30:00Z"><span class="date">26.01.2022</span>',
    )
    assert.equal(f.date?.documentDate, '2022-01-26')
  })
  it('dates a page by a non-article JSON-LD node (a HowTo) with datePublished', () => {
    const f = found('<p>x</p>', null, [
      '[{"@type":"WebSite","name":"S"},{"@type":"HowTo","name":"Sew","datePublished":"2022-01-10T22:06:08Z"}]',
    ])
    assert.equal(f.date?.documentDate, '2022-01-10')
  })
  it('reads a video page by its uploadDate, as a weak date', () => {
    const f = found('<meta itemprop="uploadDate" content="2019-10-16T18:15:00Z">')
    assert.equal(f.date?.documentDate, '2019-10-16')
    assert.equal(f.dateStrong, false)
  })
  it('gives null without any date', () => {
    assert.equal(found('<p>No date here.</p>').date, null)
  })
})
