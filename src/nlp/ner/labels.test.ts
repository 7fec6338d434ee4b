import assert from 'node:assert/strict'
import { test } from 'node:test'
import { allowed, canEnd, decode, encode, LABEL_NAMES, N_LABELS } from './labels.js'

test('labels.test.ts: BILOU encode then decode gives the spans back', () => {
  const spans = [
    { start: 0, end: 2, type: 0 },
    { start: 3, end: 4, type: 2 },
    { start: 4, end: 7, type: 1 },
  ]
  const labels = new Uint8Array(8)
  encode(spans, labels)
  assert.deepEqual(
    [...labels].map((l) => LABEL_NAMES[l]),
    ['B-PERSON', 'L-PERSON', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O'],
  )
  assert.deepEqual(decode(labels), spans)
})

test('labels.test.ts: transitions follow BILOU', () => {
  const id = (name: string): number => LABEL_NAMES.indexOf(name)
  assert.equal(N_LABELS, 17)
  assert.ok(allowed(-1, id('B-ORG')))
  assert.ok(!allowed(-1, id('I-ORG')))
  assert.ok(allowed(id('B-ORG'), id('L-ORG')))
  assert.ok(!allowed(id('B-ORG'), id('L-LOC')))
  assert.ok(!allowed(id('B-ORG'), id('O')))
  assert.ok(allowed(id('U-LOC'), id('B-PERSON')))
  assert.ok(!canEnd(id('I-MISC')))
  assert.ok(canEnd(id('L-MISC')))
})
