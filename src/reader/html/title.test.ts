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
