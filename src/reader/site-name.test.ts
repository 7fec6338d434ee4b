import assert from 'node:assert/strict'
import { describe, it, test } from 'node:test'
import { dropSiteSuffix, hostName, isSiteName, siteFromUrl, spellsHost } from './site-name.js'

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

describe('hostName', () => {
  // [url, host]: one reading of the host for both readers.
  const cases: [string | null, string][] = [
    ['https://www.tierpark-nord.de/de/aktuelles', 'tierpark-nord.de'],
    ['https://m.example.org:8080/a', 'example.org'],
    ['https://editor@www2.example.org/x?y=1', 'example.org'],
    ['http://amp.example.org#top', 'example.org'],
    // An international host keeps its letters, as the site's name spells them.
    ['https://Bäckerei-Nord.example/x', 'bäckerei-nord.example'],
    ['/relative/path', ''],
    [null, ''],
  ]
  for (const [url, host] of cases) {
    it(`reads ${url}`, () => assert.equal(hostName(url), host))
  }
  it('lets an international host be spelled by the site name', () =>
    assert.ok(spellsHost('Bäckerei Nord', hostName('https://bäckerei-nord.example/x'))))
})

// The text reader's tests of a line (lines/headline.ts, lines/classify.ts).

test('spellsHost: the site named as its host spells it', () => {
  const host = hostName('https://www.quietlab.example/1927')
  assert.equal(host, 'quietlab.example')
  assert.ok(spellsHost('The Quiet Lab', host))
  assert.ok(spellsHost('Tierpark Nord', hostName('https://www.tierpark-nord.de/de/aktuelles')))
  assert.ok(!spellsHost('Une nouvelle équipe', host))
  assert.ok(!spellsHost('Lab', host))
})

test('dropSiteSuffix: the site name after a separator goes when the host spells it', () => {
  const rows: readonly [string, string, string][] = [
    ['Rain ends drought | Daily Planet', 'https://www.dailyplanet.com/2024/a', 'Rain ends drought'],
    ['Brighton beat United 4-0 | LÍBERO', 'https://libero.pe/futbol/1', 'Brighton beat United 4-0'],
    ['Markets fall again - Example News', 'https://example-news.com/x', 'Markets fall again'],
    // Not the host's name: part of the headline.
    [
      'Kim Jong Un is back - Donald Trump is happy',
      'https://www.fr.de/politik/x',
      'Kim Jong Un is back - Donald Trump is happy',
    ],
  ]
  for (const [line, url, want] of rows) assert.equal(dropSiteSuffix(line, url), want, line)
  assert.equal(
    dropSiteSuffix('Rain ends drought | Daily Planet', null),
    'Rain ends drought | Daily Planet',
  )
})
