import assert from 'node:assert/strict'
import { test } from 'node:test'
import { anaphorOf, anchorAnaphora, referenceOf, resolveAnaphor } from './anaphora.js'

test('anaphorOf: which texts are anaphoric, with their unit and shift', () => {
  const rows: [string, string | null][] = [
    ['that day', 'day 0'],
    ['the same day', 'day 0'],
    ['Earlier that day', 'day 0'],
    ['later that year', 'year 0'],
    ['that same month', 'month 0'],
    ['The following month', 'month 1'],
    ['the next day', 'day 1'],
    ['the previous year', 'year -1'],
    ['the day after', 'day 1'],
    ['the day before', 'day -1'],
    ['the next morning', 'day 1 MO'],
    ['that night', 'day 0 NI'],
    // Deictic or durative: not anaphoric.
    ['the next year', null],
    ['last year', null],
    ['yesterday', null],
    ['this month', null],
  ]
  for (const [text, want] of rows) {
    const a = anaphorOf(text)
    assert.equal(a ? `${a.unit} ${a.shift}${a.pod ? ` ${a.pod}` : ''}` : null, want, `"${text}"`)
  }
})

test('referenceOf: dated DATE/TIME values set the reference; others do not', () => {
  assert.deepEqual(referenceOf('DATE', '1998-10-23'), { year: 1998, month: 10, day: 23 })
  assert.deepEqual(referenceOf('TIME', '1998-10-23TNI'), { year: 1998, month: 10, day: 23 })
  assert.deepEqual(referenceOf('DATE', '1998-06'), { year: 1998, month: 6, day: null })
  assert.equal(referenceOf('DATE', 'PAST_REF'), null)
  assert.equal(referenceOf('DATE', '1998-W12'), null)
  assert.equal(referenceOf('DURATION', 'P3Y'), null)
})

test('resolveAnaphor: a coarse reference leaves the day unknown, or resolves nothing', () => {
  const year = { year: 1998, month: null, day: null }
  assert.equal(resolveAnaphor({ unit: 'day', shift: 0 }, year)?.value, '1998-XX-XX')
  assert.equal(resolveAnaphor({ unit: 'day', shift: 0, pod: 'NI' }, year), null)
  const month = { year: 1998, month: 10, day: null }
  assert.equal(resolveAnaphor({ unit: 'day', shift: 0 }, month)?.value, '1998-10-XX')
  assert.equal(resolveAnaphor({ unit: 'month', shift: 1 }, year), null)
  assert.equal(resolveAnaphor({ unit: 'year', shift: 1 }, year)?.value, '1999')
  const day = { year: 1998, month: 12, day: 31 }
  assert.equal(resolveAnaphor({ unit: 'day', shift: 1 }, day)?.value, '1999-01-01')
  assert.equal(resolveAnaphor({ unit: 'month', shift: 1 }, day)?.value, '1999-01')
})

test('anchorAnaphora: the reference moves with each date and after each anaphor', () => {
  const t = (text: string, value: string, type: 'DATE' | 'DURATION' = 'DATE') => ({
    start: 0,
    end: 0,
    text,
    type,
    value,
    resolution: 'day' as const,
  })
  const out = anchorAnaphora([
    t('that day', '2024-11-06'), // no reference yet: the document-date value stands
    t('Oct. 23, 1998', '1998-10-23'),
    t('three years', 'P3Y', 'DURATION'), // durations do not move the reference
    t('the next day', '2024-11-07'),
    t('the following day', '2024-11-07'),
    t('later that year', '2024'), // keeps the finer reference
    t('the same day', '2024-11-06'),
  ])
  assert.deepEqual(
    out.map((x) => x.value),
    ['2024-11-06', '1998-10-23', 'P3Y', '1998-10-24', '1998-10-25', '1998', '1998-10-25'],
  )
})
