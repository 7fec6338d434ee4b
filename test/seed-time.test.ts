import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { spanProblems } from '../src/core/invariants.js'
import type { DocumentJSON, Timex } from '../src/core/schema.js'
import { extractText } from '../src/extract.js'
import { NO_SHARED, SHARED } from './helpers/shared.js'

/**
 * Golden test of the time layer on the seed article, against `seed-article.expected.md`
 * ("Time (document date 2024-11-06)"). The full default pipeline runs; the date is passed as
 * `--date` would pass it. Each expectation names the sentence context it lives in, so the test
 * holds whether or not the reader keeps the header and byline lines.
 */

function seed(): DocumentJSON {
  const content = readFileSync(`${SHARED}/examples/seed-article.txt`, 'utf8')
  return extractText(content, { date: '2024-11-06' })
}

/** The timexes inside the first occurrence of `context` in the text. */
function within(doc: DocumentJSON, context: string): Timex[] {
  const at = doc.text.indexOf(context)
  assert.notEqual(at, -1, `context "${context}" is in the text`)
  return doc.timexes.filter((t) => t.start >= at && t.end <= at + context.length)
}

const EXPECTED: readonly [context: string, text: string, value: string, resolution: string][] = [
  ['Donald Trump on Nov. 6 to congratulate', 'Nov. 6', '2024-11-06', 'day'],
  ['Earlier on Nov. 6, immediately', 'Nov. 6', '2024-11-06', 'day'],
  ['election on Nov. 5 handily', 'Nov. 5', '2024-11-05', 'day'],
  ['inaugurated into office on Jan. 20, 2025.', 'Jan. 20, 2025', '2025-01-20', 'day'],
  ['around a 2019 phone call', '2019', '2019', 'year'],
  ['won the 2024 U.S. presidential election', '2024', '2024', 'year'],
]

test('seed article: the time expressions of seed-article.expected.md', { skip: NO_SHARED }, () => {
  const doc = seed()
  assert.equal(doc.meta.documentDate, '2024-11-06')
  assert.deepEqual(spanProblems(doc), [])
  for (const [context, text, value, resolution] of EXPECTED) {
    const found = within(doc, context).filter((t) => t.text === text)
    assert.equal(found.length, 1, `one timex "${text}" in "${context}"`)
    assert.equal(found[0]?.value, value, `value of "${text}" in "${context}"`)
    assert.equal(found[0]?.type, 'DATE', `type of "${text}" in "${context}"`)
    assert.equal(found[0]?.resolution, resolution, `resolution of "${text}" in "${context}"`)
  }
})

test('seed article: "his evening address" is the evening of the day or nothing, never a clock time', {
  skip: NO_SHARED,
}, () => {
  const evening = within(seed(), 'In his evening address')
  for (const t of evening) assert.equal(t.value, '2024-11-06TEV', `"${t.text}"`)
})

test('seed article: "now" is not a date, no clock time is invented, "2 min read" is no timex', {
  skip: NO_SHARED,
}, () => {
  const doc = seed()
  for (const t of within(doc, 'Trump now becomes president-elect')) {
    if (t.text === 'now') assert.equal(t.value, 'PRESENT_REF')
  }
  for (const t of doc.timexes) {
    // Only the byline's stated "1:09 AM" may carry a clock time, if the reader keeps that line.
    if (/T\d\d:\d\d/.test(t.value)) assert.match(t.text, /1:09\s*AM/i, `clock time in "${t.text}"`)
    assert.doesNotMatch(t.text, /min read/i)
  }
})
