import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from './dom.js'
import { readJsonLd } from './json-ld.js'
import { chooseAuthors, readPageMetadata } from './metadata.js'

describe('chooseAuthors', () => {
  // [sources strongest first, site names, expected]
  const cases: [string[][], string[], string[]][] = [
    [[['tagesblatt.de'], ['Ann Lee']], ['tagesblatt.de'], ['Ann Lee']],
    [[['Die ZEITUNG'], [], ['Jana Berg', 'Tom Krug']], ['zeitung.at'], ['Jana Berg', 'Tom Krug']],
    [[['Anna Blum'], ['Photo Desk']], ['annablum.de', 'Anna Blum'], ['Photo Desk']],
    [[['Anna Blum'], []], ['annablum.de', 'Anna Blum'], ['Anna Blum']],
    [[[], ['Bo Chen']], ['x.org'], ['Bo Chen']],
    [[[], []], ['x.org'], []],
  ]
  for (const [lists, sites, expected] of cases) {
    it(`${JSON.stringify(lists)} on ${JSON.stringify(sites)}`, () =>
      assert.deepEqual(chooseAuthors(lists, sites), expected))
  }
})

describe('readPageMetadata authors', () => {
  const read = (html: string, jsonLd: string[] = [], url = 'https://www.zeitung.at/a/b') => {
    const doc = parseDocument(html)
    assert.ok(doc)
    return readPageMetadata(doc, readJsonLd(jsonLd), url)
  }
  it('sets aside a JSON-LD author that is the site and reads the byline markup', () => {
    const m = read(
      '<head><meta property="og:site_name" content="Die Zeitung"></head><body><article><h1>Bridge closed</h1><p class="byline">Von Jana Berg</p><p>Text.</p></article></body>',
      ['{"@type":"NewsArticle","author":{"@type":"Organization","name":"Die ZEITUNG"}}'],
    )
    assert.deepEqual(m.authors, ['Die ZEITUNG'])
    assert.deepEqual(m.bylineAuthors, ['Jana Berg'])
  })
  it('reads a schema.org Person in microdata', () => {
    const m = read(
      '<body><p><em>Von <span itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Cosima Lind">Cosima Lind</span></em></p></body>',
    )
    assert.deepEqual(m.authors, ['Cosima Lind'])
  })
  it('passes over a placeholder author (admin) to the byline', () => {
    const m = read(
      '<head><meta name="author" content="admin"></head><body><span class="entry-authors">Von Tobias Kern</span></body>',
    )
    assert.deepEqual(m.bylineAuthors, ['Tobias Kern'])
  })
  it('reads a byline in a block classed as a teaser (BEM names, not another article)', () => {
    const m = read(
      '<body><article><h1>Bridge closed</h1><div class="teaser__meta"><p class="byline__author">VON <a href="/a">JANA BERG</a> am 21. April 2020</p></div><p>Text.</p></article></body>',
    )
    assert.deepEqual(m.bylineAuthors, ['JANA BERG'])
  })
  it('reads rel=author in a block a page builder calls a widget or sidebar, not in comments', () => {
    const m = read(
      '<body><article><div id="sidebar"><a rel="author" href="/u/jb">Jana Berg</a></div><p>Text.</p></article><div id="comments"><a rel="author" href="/u/x">Max Roth</a></div></body>',
    )
    assert.deepEqual(m.authors, ['Jana Berg'])
    const c = read(
      '<body><article><p>Text.</p></article><ol class="comment-list"><li><a rel="author" href="/u/x">Max Roth</a></li></ol></body>',
    )
    assert.deepEqual(c.authors, [])
  })
  it("reads a byline in the article's own footer, not in the page's", () => {
    const m = read(
      '<body><article><h1>Bridge closed</h1><p>Text.</p><div class="group-article-footer"><div class="field-author">von Jana Berg</div></div></article><footer class="footer"><div class="author">Max Roth</div></footer></body>',
    )
    assert.deepEqual(m.bylineAuthors, ['Jana Berg'])
    const f = read(
      '<body><article><h1>Bridge closed</h1><p>Text.</p></article><div class="footer-links"><div class="author">Max Roth</div></div></body>',
    )
    assert.deepEqual(f.bylineAuthors, [])
  })
  it('takes the name element of an author box that also holds a date', () => {
    const m = read(
      '<body><div class="author-info"><a class="author-info__name">Jana Berg</a><span>vor 5 Stunden</span></div></body>',
    )
    assert.deepEqual(m.bylineAuthors, ['Jana Berg'])
  })
  it('sets aside an author meta that names the publisher, reads "Text & Fotos:"', () => {
    const m = read(
      '<head><meta name="author" content="Verlag Nord"><meta name="dc.publisher" content="Verlag Nord"></head><body><td class="authorbold">Text &amp; Fotos: Jana Berg</td></body>',
    )
    assert.deepEqual(m.bylineAuthors, ['Jana Berg'])
  })
  it('reads a byline without markup after the h1 as the weakest source, names only', () => {
    const page = (line: string) =>
      read(`<body><h1>Bridge closed</h1><span class="x">${line}</span><p>Text.</p></body>`)
    assert.deepEqual(page('von Tobias Kern').textAuthors, ['Tobias Kern'])
    assert.deepEqual(page('Par Marie Dupont').textAuthors, ['Marie Dupont'])
    assert.deepEqual(page('By the time we got there it was late').textAuthors, [])
    assert.deepEqual(page('von Vergleich der Miet- und Kaufpreise').textAuthors, [])
    assert.deepEqual(page('von Gartenfee7 am 11.06.2021').textAuthors, ['Gartenfee7'])
    assert.deepEqual(page('von 2020 bis 2024').textAuthors, [])
  })
})

describe('readPageMetadata title', () => {
  it('reads a kicker glued to the headline in the h1 apart from it', () => {
    const doc = parseDocument(
      '<head><title>Die Stadt von morgen - "Wir bauen die Brücken neu"</title></head><body><h1><span class="overline">Die Stadt von morgen</span>"Wir bauen die Brücken neu"</h1><p>Text.</p></body>',
    )
    assert.ok(doc)
    const m = readPageMetadata(doc, readJsonLd([]), 'https://www.stadtfunk.example/a/b')
    assert.equal(m.title, '"Wir bauen die Brücken neu"')
  })
})
