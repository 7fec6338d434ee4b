import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compatibleDates, daySpan } from './resolve.js'
import { chooseStory, keyCosine, minhash, minhashAgreement, STORY_DEFAULTS } from './stories.js'

const TEXT =
  'Thousands of dairy farmers drove tractors into Brussels on Monday to protest falling milk prices, spraying milk at police lines near the European Parliament.'

test('MinHash: a near-duplicate agrees much more than an unrelated text', () => {
  const copy = `${TEXT} The protest ended in the evening.`
  const other =
    'The central bank raised interest rates by a quarter point on Thursday, citing persistent inflation in services and a tight labour market.'
  assert.ok(minhashAgreement(minhash(TEXT), minhash(copy)) >= 0.5)
  assert.ok(minhashAgreement(minhash(TEXT), minhash(other)) < 0.2)
})

test('key cosine weighs rare keys more', () => {
  const weight = (k: string) => (k === 'brussels' ? 5 : 1)
  const a = ['brussels', 'farmers', 'milk']
  assert.ok(keyCosine(a, ['brussels', 'tax'], weight) > keyCosine(a, ['farmers', 'tax'], weight))
  assert.equal(keyCosine(a, a, weight), 1)
  assert.equal(keyCosine(a, [], weight), 0)
})

test('a document joins the best story above the threshold, never across distant dates', () => {
  const doc = {
    keys: ['brussels', 'farmers', 'milk', 'tractors'],
    minhash: [1, 2, 3],
    date: '2009-10-06',
  }
  const near = {
    docId: 'a',
    storyId: 'S1',
    keys: ['brussels', 'farmers', 'milk'],
    minhash: [9, 9, 9],
    date: '2009-10-05',
  }
  const far = { ...near, docId: 'b', storyId: 'S0', date: '2011-03-01' }
  const weak = {
    docId: 'c',
    storyId: 'S2',
    keys: ['milk', 'bank', 'rates', 'inflation'],
    minhash: [8, 8, 8],
    date: '2009-10-06',
  }
  // The logic, with a threshold of its own (the default is tuned by eval/stories.ts).
  const options = { ...STORY_DEFAULTS, threshold: 0.3, maxDays: 30 }
  assert.equal(
    chooseStory(doc, [weak, near, far], () => 1, options),
    'S1',
  )
  assert.equal(
    chooseStory(doc, [far], () => 1, options),
    null,
  )
  assert.equal(
    chooseStory(doc, [weak], () => 1, options),
    null,
  )
})

test('event dates: overlapping ranges within a day are compatible', () => {
  const rows: readonly [string | null, string | null, boolean][] = [
    ['2024-11-05', '2024-11-05', true],
    ['2024-11-05', '2024-11-06', true],
    ['2024-11-05', '2024-11-09', false],
    ['2024-11', '2024-11-20', true],
    ['2024', '2024-06-01', true],
    ['2023', '2024-06-01', false],
    [null, null, true],
    [null, '2024-11-05', false],
    ['2024-W39', '2024-09-23', true],
    ['2024-W39', '2024-10-01', false],
    ['2024-Q4', '2024-12-31', true],
    ['2024-SU', '2024-09-15', false],
    ['202', '2025-06-01', true],
  ]
  for (const [a, b, want] of rows) assert.equal(compatibleDates(a, b), want, `${a} ~ ${b}`)
})

test('TIMEX3 values cover their days: weeks (ISO), quarters, halves, seasons, decades', () => {
  const rows: readonly [string, string | null, string | null][] = [
    ['2024-11-06T21:00', '2024-11-06', '2024-11-06'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-W39', '2024-09-23', '2024-09-29'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2024-W39-WE', '2024-09-28', '2024-09-29'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-WI', '2024-12-01', '2025-02-28'],
    ['199', '1990-01-01', '1999-12-31'],
    ['PAST_REF', null, null],
  ]
  for (const [value, from, to] of rows) assert.deepEqual(daySpan(value), [from, to], value)
})
