import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { namesFromAuthorValue, namesFromByline } from './byline.js'

describe('namesFromByline', () => {
  const cases: [string, string[]][] = [
    ['By Ann Lee and Bo Chen', ['Ann Lee', 'Bo Chen']],
    ['By Ann Lee, Staff Writer', ['Ann Lee']],
    ['Von Anna Schmidt und Jan Kowalski', ['Anna Schmidt', 'Jan Kowalski']],
    ['Par Marie Dupont | 12/03/2020', ['Marie Dupont']],
    ['By Ann Lee on Nov 6, 2024', ['Ann Lee']],
    ['Text: Jan Ott / Foto: Eva Roth', ['Jan Ott']],
    ['https://www.facebook.com/someone', []],
    ['By', []],
    ['Publiziert am', []],
    ['Redacci&oacute;n Central', ['Redacción Central']],
    ['ann@example.org', []],
    ['Redaktion: Jana Berg (Pressesprecherin des Vereins)', ['Jana Berg']],
    ['Erstellt von Jana Berg — veröffentlicht 03.02.2021 08:00', ['Jana Berg']],
    ['Verfasst von Tom Krug', ['Tom Krug']],
    ['Photo by Ann Lee on Unsplash', []],
    ['admin', []],
    ['Quelle', []],
    ['14:57 Uhr', []],
    ['', []],
    ['Text & Fotos: Jan Ott', ['Jan Ott']],
    ['Jana Berg Alle Artikel', ['Jana Berg']],
    ['Datum: 19.11.2021 Autor: Jana BergQuelle: Agentur Nord', ['Jana Berg']],
    ['View all posts by Ann Lee', ['Ann Lee']],
    ['Alle Beiträge von Jana Berg', ['Jana Berg']],
    ['Text und Foto: Eva Roth', ['Eva Roth']],
    ['Jana Berg im Gespräch mit Tom Krug', ['Jana Berg', 'Tom Krug']],
  ]
  for (const [byline, names] of cases) {
    it(`reads ${JSON.stringify(byline)}`, () => assert.deepEqual(namesFromByline(byline), names))
  }
})

describe('namesFromAuthorValue', () => {
  it('reads strings, objects and arrays, without duplicates', () => {
    const value = [{ '@type': 'Person', name: 'Ann Lee' }, 'Bo Chen', { name: 'ann lee' }]
    assert.deepEqual(namesFromAuthorValue(value), ['Ann Lee', 'Bo Chen'])
  })
  it('joins givenName and familyName', () => {
    assert.deepEqual(namesFromAuthorValue({ givenName: 'Ann', familyName: 'Lee' }), ['Ann Lee'])
  })
  it('keeps no URL', () => {
    assert.deepEqual(
      namesFromAuthorValue({ '@id': 'https://x.org/#ann', url: 'https://x.org' }),
      [],
    )
  })
})
