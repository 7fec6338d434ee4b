import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addDays, addMonths, isoWeekday, parseIsoDate, weekValue } from './calendar.js'
import { easter } from './holidays.js'

test('ISO weeks at year boundaries (checked against an ISO 8601 calendar)', () => {
  const cases: [string, string][] = [
    ['2024-11-06', '2024-W45'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-01-01', '2026-W01'],
    ['1998-01-08', '1998-W02'],
  ]
  for (const [day, week] of cases) {
    const d = parseIsoDate(day)
    assert.ok(d, day)
    assert.equal(weekValue(d), week, day)
  }
})

test('weekdays, day and month arithmetic', () => {
  assert.equal(isoWeekday({ year: 2024, month: 11, day: 6 }), 3)
  assert.equal(isoWeekday({ year: 1989, month: 11, day: 2 }), 4)
  assert.deepEqual(addDays({ year: 2024, month: 3, day: 1 }, -1), { year: 2024, month: 2, day: 29 })
  assert.deepEqual(addMonths(2024, 1, -2), { year: 2023, month: 11 })
  assert.equal(parseIsoDate('2023-02-29'), null)
})

test('Easter by the Gregorian computus', () => {
  assert.deepEqual(easter(2024), { year: 2024, month: 3, day: 31 })
  assert.deepEqual(easter(2025), { year: 2025, month: 4, day: 20 })
  assert.deepEqual(easter(2000), { year: 2000, month: 4, day: 23 })
})
