import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isSiteName, siteFromUrl } from './site.js'

describe('isSiteName', () => {
  // [name, the page's site names and host, is the site]
  const cases: [string, string[], boolean][] = [
    ['Nordkurier.de', ['nordkurier.de'], true],
    ['tagesblatt', ['tagesblatt.de'], true],
    ['Die ZEITUNG', ['zeitung.at'], true],
    ['Madame Journal', ['madame.lejournal.fr'], true],
    ['EFC Rote Adler', ['rote-adler.de'], true],
    ['Stadt-Archiv', ['archiv.stadtblog.de', 'stadt archiv'], true],
    ['Ursula Berg', ['zeitung.at', 'Die Zeitung'], false],
    ['Paul Berlin', ['berlin.de'], false],
    ['Anna', ['annasblog.de'], false],
    ['Ann Lee', [], false],
    ['LN', ['ln-online.de', 'Lokale Nachrichten'], true],
    ['JF', ['jf.example', 'Junge Freiheit'], true],
    ['Bo Li', ['Junge Freiheit', 'jf.example'], false],
  ]
  for (const [name, sites, expected] of cases) {
    it(`${JSON.stringify(name)} on ${JSON.stringify(sites)}: ${expected}`, () =>
      assert.equal(isSiteName(name, sites), expected))
  }
})

describe('siteFromUrl', () => {
  it('drops www. and m.', () => {
    assert.equal(siteFromUrl('https://www.example.org/a'), 'example.org')
    assert.equal(siteFromUrl('https://m.example.org/a'), 'example.org')
    assert.equal(siteFromUrl('not a url'), null)
  })
})
