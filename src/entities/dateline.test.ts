import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { nonBodySpans } from './dateline.js'

/** Each row: a body, and the texts of the byline/dateline/credit spans it holds. */
const ROWS: [string, string[]][] = [
  ['By John Smith\nThe talks ended.', ['By John Smith']],
  ['By Jane Doe and John Roe, Reuters\nThe talks ended.', ['By Jane Doe and John Roe, Reuters']],
  ['KYIV, Ukraine (Reuters) - Drones hit the city.', ['KYIV, Ukraine (Reuters) - ']],
  // Reuters writes the day after the place.
  ['BRUSSELS, March 12 (Reuters) - Ministers met.', ['BRUSSELS, March 12 (Reuters) - ']],
  ['WASHINGTON — The Senate voted.', ['WASHINGTON — ']],
  ['ATLANTA, GEORGIA - OCTOBER 28: Donald Trump speaks.', ['ATLANTA, GEORGIA - ']],
  ['The talks ended.\nAuthor: Dmytro Basmat', ['Author: Dmytro Basmat']],
  [
    '(Reporting by Tom Balmforth; Editing by Alex Richardson)',
    ['(Reporting by Tom Balmforth; Editing by Alex Richardson)'],
  ],
  ['TAVILDARA, Tajikistan - Fighting resumed.', ['TAVILDARA, Tajikistan - ']],
  // Not bylines or datelines: a section head, a dash deep in the story.
  ['RUGBY UNION - LYNAGH SEALS VICTORY', []],
  ['One.\nTwo.\nThree.\nWASHINGTON - the fourth line is not a dateline.', []],
  ['By Tuesday, the talks had ended.', []],
  ['Trump - who won - spoke.', []],
  ['US-China talks resumed on Monday.', []],
  ['President Biden said the bill would pass.', []],
]

describe('entities: bylines and datelines', () => {
  for (const [text, expected] of ROWS) {
    test(text.slice(0, 50), () => {
      const got = nonBodySpans(text).map((s) => text.slice(s.start, s.end))
      assert.deepEqual(got, expected, `dateline.test.ts: ${JSON.stringify(text)}`)
    })
  }
})
