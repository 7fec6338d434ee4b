import assert from 'node:assert/strict'
import { test } from 'node:test'
import { spanProblems } from '../core/invariants.js'
import { extractText } from '../extract.js'

interface Row {
  /** One sentence (or two) whose reported content has a boundary to find. */
  readonly text: string
  /** Every quote expected, in text order: [type, content, speaker, cue]. */
  readonly quotes: readonly (readonly [string, string, string | null, string | null])[]
}

// Where a content stops (extent.ts): hand-written sentences in the styles of news copy, one
// boundary rule each.
const CASES: readonly Row[] = [
  // Reported inside a subordinate clause: the main clause after the comma is the writer's.
  {
    text: 'Although the mayor said the budget was balanced, the city ended the year with a deficit.',
    quotes: [['indirect', 'the budget was balanced', 'the mayor', 'said']],
  },
  // Another attribution after ", but": the content ends before it.
  {
    text: 'Brody said the coach had dropped the drills, but Brody did not say why.',
    quotes: [['indirect', 'the coach had dropped the drills', 'Brody', 'said']],
  },
  // "and" with a clause of another speaker: two quotes, side by side.
  {
    text: 'The governor said the bridge would reopen in May and the engineers said it would take longer.',
    quotes: [
      ['indirect', 'the bridge would reopen in May', 'The governor', 'said'],
      ['indirect', 'it would take longer', 'the engineers', 'said'],
    ],
  },
  // A statement noun's that-clause ends where the main clause's tensed verb follows its verb.
  {
    text: 'Her claim that the vote was rigged angered the judges.',
    quotes: [['indirect', 'that the vote was rigged', 'Her', 'claim']],
  },
  {
    text: 'His promise that rents would fall was broken within a year.',
    quotes: [['indirect', 'that rents would fall', 'His', 'promise']],
  },
  // The writer's comparison after the source's figure.
  {
    text: 'The ministry said unemployment fell to 4 percent, compared with 5 percent a year earlier.',
    quotes: [['indirect', 'unemployment fell to 4 percent', 'The ministry', 'said']],
  },
  // An act's object without the circumstances of the act.
  {
    text: 'The senator mentioned the new stadium during a radio interview on Tuesday.',
    quotes: [['indirect', 'the new stadium', 'The senator', 'mentioned']],
  },
  {
    text: 'The mayor announced the new budget at a press briefing on Monday.',
    quotes: [['indirect', 'the new budget', 'The mayor', 'announced']],
  },
  // A one-word answer is the word alone.
  {
    text: 'The delegates said yes, but the chairman abstained.',
    quotes: [['indirect', 'yes', 'The delegates', 'said']],
  },
  // A quotation right after reported speech, with no attribution of its own, goes on with it.
  {
    text: 'Smith said he would serve if asked. "I am ready to help in any way I can."',
    quotes: [
      ['indirect', 'he would serve if asked', 'Smith', 'said'],
      ['direct', 'I am ready to help in any way I can.', 'Smith', null],
    ],
  },
  // A participle that goes on with the attribution (gerundCueAt) ends the content.
  {
    text: 'The harbour master said ferry fares would double, citing the cost of fuel.',
    quotes: [
      ['indirect', 'ferry fares would double', 'The harbour master', 'said'],
      ['indirect', 'the cost of fuel', 'The harbour master', 'citing'],
    ],
  },
]

for (const [n, row] of CASES.entries()) {
  test(`extent.test.ts case ${n + 1}: ${row.text.slice(0, 60)}`, () => {
    const doc = extractText(row.text, { bodyOnly: true })
    assert.deepEqual(spanProblems(doc), [])
    const got = doc.quotes.map((q) => [
      q.type,
      q.text,
      q.speaker?.text ?? null,
      q.cue?.text ?? null,
    ])
    assert.deepEqual(got, row.quotes, `case ${n + 1}: ${row.text}`)
  })
}
