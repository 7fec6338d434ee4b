import assert from 'node:assert/strict'
import { test } from 'node:test'
import { LEX_NONE, LEX_PROPN, LEX_VERB, lexClass } from './vocab.js'

// Lower-case words and the class wink's English lexicon gives them.
const CASES: [string, number][] = [
  ['said', LEX_VERB],
  ['zelensky', LEX_NONE],
  ['merkel', LEX_NONE],
  ['washington', LEX_PROPN],
  ['france', LEX_PROPN],
]

for (const [word, expected] of CASES) {
  test(`vocab.test.ts: ${word}`, () => {
    assert.equal(lexClass(word), expected)
  })
}

test('vocab.test.ts: ordinary nouns are in the lexicon, not as names', () => {
  for (const w of ['budget', 'offer', 'forecast']) {
    const c = lexClass(w)
    assert.ok(c !== LEX_NONE && c !== LEX_PROPN, w)
  }
})
