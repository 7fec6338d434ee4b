import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findDate, findDayMonth, isoOf } from './dates.js'

/** [text, ISO of the first date with its time] */
const DATES: readonly [string, string][] = [
  ['November 7, 2024 1:09 AM', '2024-11-07T01:09'],
  ['Updated 3:45 PM EST, Tue November 5, 2024', '2024-11-05T15:45-05:00'],
  ['2017-09-15 17:52', '2017-09-15T17:52'],
  ['2024-11-06T01:09:00Z', '2024-11-06T01:09+00:00'],
  ['Wed 6 Nov 2024 09.47 GMT', '2024-11-06T09:47+00:00'],
  ['6. November 2024, 14:32 Uhr', '2024-11-06T14:32'],
  ['06.11.2024 13.45 Uhr', '2024-11-06T13:45'],
  ['le 6 novembre 2024 à 10h15', '2024-11-06T10:15'],
  ['7 de noviembre de 2024', '2024-11-07'],
  ['7 listopada 2024', '2024-11-07'],
  ['11/06/2024 05:00 AM EST', '2024-11-06T05:00-05:00'],
  ['06/11/2024 - 10:15', '2024-11-06T10:15'],
  ['Publicado el 03/04/2023 09:30 a.m.', '2023-04-03T09:30'],
  ['Atualizado em 03/04/2023 às 9:30 am', '2023-04-03T09:30'],
  ['Posted 03/04/2023 9:30 a.m.', '2023-03-04T09:30'],
  ['Posted 03/04/2023 9:30 am', '2023-03-04T09:30'],
  ['Veröffentlicht am 10. Februar 20199. Februar 2019', '2019-02-10'],
  ['13. 1. 2020', '2020-01-13'],
  ['Stand: 13. 01. 2020, 08:15 Uhr', '2020-01-13T08:15'],
  ['June 21, 2024 5:42 PM GMT+2', '2024-06-21T17:42+02:00'],
  ['November 5, 2024 3:45 PM UTC-05:00', '2024-11-05T15:45-05:00'],
  ['12 March 2024 10:30 GMT+5:30', '2024-03-12T10:30+05:30'],
]

for (const [text, iso] of DATES) {
  test(`date: ${text}`, () => {
    const d = findDate(text)
    assert.ok(d, 'a date is found')
    assert.equal(isoOf(d), iso)
  })
}

test('no date in a sentence without a year, nor in a number', () => {
  assert.equal(findDate('The meeting on Nov. 6 ended early.'), null)
  assert.equal(findDate('Revenue rose to 12.345.678 euros.'), null)
})

test('a day and month resolve with the document year', () => {
  assert.equal(findDayMonth('OCTOBER 28', 2024), '2024-10-28')
  assert.equal(findDayMonth('28 October', 2023), '2023-10-28')
  assert.equal(findDayMonth('OCTOBER 28', null), null)
})
