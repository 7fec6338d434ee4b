import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { dateFromUrl, parseDate, parseWrittenDate } from './dates.js'

describe('parseDate', () => {
  const cases: [string, string | null, string | null][] = [
    ['2024-11-06T09:30:00+01:00', '2024-11-06T09:30:00+01:00', '2024-11-06'],
    ['2024-11-06T09:30:00+0100', '2024-11-06T09:30:00+01:00', '2024-11-06'],
    ['2024-11-06T23:30:00Z', '2024-11-06T23:30:00Z', '2024-11-06'],
    ['2024-11-06T23:30:00.000-05:00', '2024-11-06T23:30:00-05:00', '2024-11-06'],
    ['2024-11-06 08:05', '2024-11-06T08:05:00', '2024-11-06'],
    ['2024-11-06', '2024-11-06', '2024-11-06'],
    ['20241106', '2024-11-06', '2024-11-06'],
    ['2024/11/06', '2024-11-06', '2024-11-06'],
    ['06.11.2024', '2024-11-06', '2024-11-06'],
    ['Wed, 06 Nov 2024 09:30:00 +0100', '2024-11-06T09:30:00+01:00', '2024-11-06'],
    ['2024-02-30', null, null],
    ['1970-01-01', null, null],
    ['yesterday', null, null],
    ['', null, null],
  ]
  for (const [raw, published, day] of cases) {
    it(`reads ${JSON.stringify(raw)}`, () => {
      const d = parseDate(raw)
      assert.equal(d?.published ?? null, published, raw)
      assert.equal(d?.documentDate ?? null, day, raw)
    })
  }
})

describe('parseWrittenDate', () => {
  const cases: [string, string | null][] = [
    ['Veröffentlicht am 6. November 2024 um 10:15 Uhr', '2024-11-06'],
    ['Posted on Nov. 6, 2024 by Ann Lee', '2024-11-06'],
    ['6 listopada 2024', '2024-11-06'],
    ['le 12 février 2020', '2020-02-12'],
    ['19 de febrero de 2020', '2020-02-19'],
    ['Stand: 14.05.2020 17:30 Uhr', '2020-05-14'],
    ['11/28/2019', '2019-11-28'],
    ['Seite 3 von 12', null],
    ['Written: 2022-09-13 08:41:12 / Updated: 2022-09-14', '2022-09-13'],
    ['Lima03/05/2022 21:44', '2022-05-03'],
    ['3.Dezember 2011 um 17:26', '2011-12-03'],
    ['ID 2023-11-071', null],
  ]
  for (const [text, day] of cases) {
    it(`finds the date in ${JSON.stringify(text)}`, () => {
      assert.equal(parseWrittenDate(text)?.documentDate ?? null, day, text)
    })
  }
})

describe('dateFromUrl', () => {
  const cases: [string | null, string | null][] = [
    ['https://example.org/2024/11/06/story-title/', '2024-11-06'],
    ['https://example.org/news/2024-11-06-story', '2024-11-06'],
    ['https://example.se/20200428/story', '2020-04-28'],
    ['https://example.org/2024/11/story', null],
    ['https://example.org/article/123456789', null],
    [null, null],
  ]
  for (const [url, day] of cases) {
    it(`reads ${url}`, () => assert.equal(dateFromUrl(url)?.documentDate ?? null, day))
  }
})
