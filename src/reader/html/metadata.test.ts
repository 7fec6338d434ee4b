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
})
