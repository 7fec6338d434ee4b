import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { spanProblems } from '../core/invariants.js'
import { readBody, summarise } from './testkit.js'

/**
 * The whole stage with the learned tagger (src/nlp/ner), on news sentences with tricky names.
 * A failure here may come from the tagger's model as well as from the rules: compare with the
 * rule tables (entities.test.ts, coref.test.ts), which use fixed taggers.
 */
const ROWS: readonly (readonly [string, readonly string[]])[] = [
  [
    "Ukraine's Foreign Minister Dmytro Kuleba met U.S. Secretary of State Antony Blinken in Kyiv on Tuesday.",
    [
      'LOC Ukraine : Ukraine',
      'PERSON Dmytro Kuleba [Foreign Minister of Ukraine] : Dmytro Kuleba',
      'LOC U.S. : U.S.',
      'PERSON Antony Blinken [Secretary of State of United States] : Antony Blinken',
      'LOC Kyiv : Kyiv',
    ],
  ],
  [
    'Turkish President Recep Tayyip Erdoğan hosted European Commission President Ursula von der Leyen in Ankara. Erdoğan said von der Leyen had agreed.',
    [
      'PERSON Recep Tayyip Erdoğan [President of Turkey] : Recep Tayyip Erdoğan, Erdoğan',
      'ORG European Commission : European Commission',
      'PERSON Ursula von der Leyen [President of European Commission] : Ursula von der Leyen, von der Leyen',
      'LOC Ankara : Ankara',
    ],
  ],
  [
    'Andriy Yermak, head of the Presidential Office, said Kyiv would not cede territory.',
    [
      'PERSON Andriy Yermak [Head of Presidential Office] : Andriy Yermak',
      'ORG Presidential Office : Presidential Office',
      'LOC Kyiv : Kyiv',
    ],
  ],
  [
    'Morgan Stanley analysts said on Monday that the bank expected rates to fall.',
    ['ORG Morgan Stanley : Morgan Stanley, the bank/n'],
  ],
  ['The president said on Monday that he would sign the bill.', []],
  [
    'KYIV, Ukraine (AP) — Russian drones struck Kyiv overnight, Mayor Vitali Klitschko said.',
    ['LOC Kyiv : Kyiv', 'PERSON Vitali Klitschko [Mayor] : Vitali Klitschko'],
  ],
]

describe('entities: end to end with the learned tagger', () => {
  for (const [i, [text, expected]] of ROWS.entries()) {
    test(`case ${i + 1}: ${text.slice(0, 60)}`, () => {
      const doc = readBody(text)
      assert.deepEqual(spanProblems(doc), [], `e2e.test.ts case ${i + 1}: spans`)
      assert.deepEqual(summarise(doc), expected, `e2e.test.ts case ${i + 1}: ${text}`)
    })
  }
})
