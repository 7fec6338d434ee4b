import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { chooseTitle, stripSiteName } from './title.js'

describe('stripSiteName', () => {
  const cases: [string, string[], string][] = [
    ['Flood warning lifted | Daily Post', ['Daily Post'], 'Flood warning lifted'],
    ['Daily Post - Flood warning lifted', ['Daily Post'], 'Flood warning lifted'],
    ['Flood warning lifted – dailypost.example', ['dailypost.example'], 'Flood warning lifted'],
    ['Flood warning lifted | News | Daily Post', ['Daily Post'], 'Flood warning lifted'],
    ['Laufen im Winter: Von bäh zu yeah', ['Blog'], 'Laufen im Winter: Von bäh zu yeah'],
    ['Mid-term results - what we know', [], 'Mid-term results - what we know'],
    [
      '12.03.2024 - Ferry service resumes - Harbour News',
      ['Harbour News'],
      'Ferry service resumes',
    ],
    ['Ferry service resumes | 2024-03-12', [], 'Ferry service resumes'],
    [
      'Was ist Freie Software - Harbor Community Forum',
      ['foren.harbor.example'],
      'Was ist Freie Software',
    ],
    [
      'Harbor council approves new pier - Ferry news',
      ['harbor.example'],
      'Harbor council approves new pier - Ferry news',
    ],
  ]
  for (const [title, sites, want] of cases) {
    it(`strips ${JSON.stringify(title)}`, () => assert.equal(stripSiteName(title, sites), want))
  }
})

describe('chooseTitle', () => {
  it('takes the h1 that the og:title contains (drops the kicker)', () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: 'Brexit: Talks go on',
      document: null,
      h1: ['Talks go on'],
      sites: [],
    })
    assert.equal(t, 'Talks go on')
  })
  it('ignores an h1 that is the site logo', () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: null,
      document: 'Talks go on | Daily Post',
      h1: ['Daily Post'],
      sites: ['Daily Post'],
    })
    assert.equal(t, 'Talks go on')
  })
  it('does not trust one of several h1s that matches no metadata', () => {
    const t = chooseTitle({
      jsonLd: 'Talks go on',
      meta: null,
      document: null,
      h1: ['Newsletter', 'Most read'],
      sites: [],
    })
    assert.equal(t, 'Talks go on')
  })
  it("takes the page's only h1 as the visible headline", () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: null,
      document: 'Daily Post: news from the valley',
      h1: ['Dam to reopen in spring'],
      sites: ['Daily Post'],
    })
    assert.equal(t, 'Dam to reopen in spring')
  })
  it('falls back to the h1, then null', () => {
    assert.equal(
      chooseTitle({ jsonLd: null, meta: null, document: null, h1: ['Only h1'], sites: [] }),
      'Only h1',
    )
    assert.equal(chooseTitle({ jsonLd: null, meta: null, document: '', h1: [], sites: [] }), null)
  })
  it("takes the story the URL spells over a blog's name in its only h1", () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: null,
      document: 'Garden Notes » Archive » Pruning roses in March',
      h1: ['Garden Notes'],
      sites: [],
      url: 'https://gardennotes.example/2024/03/pruning-roses-in-march/',
    })
    assert.equal(t, 'Pruning roses in March')
  })
  it('takes the part the URL spells from a title still in parts', () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: null,
      document: 'Gartenblog » Archiv » Rosen im März schneiden',
      h1: ['Gartenblog.example'],
      sites: ['gartenblog.example'],
      url: 'https://gartenblog.example/tipps/rosen-im-maerz-schneiden/',
    })
    assert.equal(t, 'Rosen im März schneiden')
  })
  it('keeps an only h1 that spells the slug, its tail included', () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: 'Rosen schneiden: alle Tipps | Gartenblog',
      document: null,
      h1: ['Rosen schneiden – so bleiben sie gesund'],
      sites: ['Gartenblog'],
      url: 'https://gartenblog.example/rosen-schneiden',
    })
    assert.equal(t, 'Rosen schneiden – so bleiben sie gesund')
  })
  it('keeps an h1 the metadata agrees with, whatever the slug says', () => {
    const t = chooseTitle({
      jsonLd: 'Dam to reopen in spring',
      meta: null,
      document: null,
      h1: ['Dam to reopen in spring'],
      sites: [],
      url: 'https://dailypost.example/news/valley-dam-works-end-early',
    })
    assert.equal(t, 'Dam to reopen in spring')
  })
  it('takes the longest part of a title still in three parts when no slug decides', () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: null,
      document: 'FC Example Fans - Club signs a new goalkeeper - Club news - News',
      h1: [],
      sites: [],
      url: 'https://fans.example/modules/news/article.php?storyid=5',
    })
    assert.equal(t, 'Club signs a new goalkeeper')
  })
  it('decodes entities left in meta values', () => {
    const t = chooseTitle({
      jsonLd: null,
      meta: 'Salt &#038; Pepper',
      document: null,
      h1: [],
      sites: [],
    })
    assert.equal(t, 'Salt & Pepper')
  })
})
