import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Token } from '../../core/doc.js'
import { tokenizeLine, tokenizeText } from '../tokenizer.js'
import { TYPES } from './labels.js'
import { nerSpans, tidy } from './tagger.js'
import { toWords } from './words.js'

/** Tokenizes `text` line by line as the tokenizer stage does, then tags it. */
function tag(text: string): string[] {
  const { tokens, sentences } = tokenizeText(text)
  return nerSpans(text, tokens, sentences).map((s) => {
    assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, 'span inside the text')
    return `${s.type}:${text.slice(s.start, s.end)}`
  })
}

// One real-world news sentence per row, with every name a tagger should find (CoNLL-2003
// conventions: titles are outside the name, nationality adjectives are MISC).
const CASES: [string, string[]][] = [
  [
    'Ukrainian Foreign Minister Dmytro Kuleba met his Polish counterpart in Warsaw on Tuesday.',
    ['MISC:Ukrainian', 'PERSON:Dmytro Kuleba', 'MISC:Polish', 'LOC:Warsaw'],
  ],
  [
    'Volodymyr Zelensky said Russia had launched more than 100 missiles overnight.',
    ['PERSON:Volodymyr Zelensky', 'LOC:Russia'],
  ],
  [
    'Turkish President Recep Tayyip Erdoğan spoke with Ursula von der Leyen by phone.',
    ['MISC:Turkish', 'PERSON:Recep Tayyip Erdoğan', 'PERSON:Ursula von der Leyen'],
  ],
  ['Morgan Stanley cut its forecast for the euro zone.', ['ORG:Morgan Stanley']],
  ['The company is based in Santa Clara, California.', ['LOC:Santa Clara', 'LOC:California']],
  ['Kuleba told reporters in Kyiv that talks would continue.', ['PERSON:Kuleba', 'LOC:Kyiv']],
  [
    'Shares of Apple Inc. rose 3% after the Federal Reserve held rates steady.',
    ['ORG:Apple Inc.', 'ORG:Federal Reserve'],
  ],
  [
    'The United Nations Security Council met in New York on Friday.',
    ['ORG:United Nations Security Council', 'LOC:New York'],
  ],
  [
    'Angela Merkel, the former German chancellor, visited the Mississippi River.',
    ['PERSON:Angela Merkel', 'MISC:German', 'LOC:Mississippi River'],
  ],
  [
    'Xi Jinping and Narendra Modi met in Johannesburg.',
    ['PERSON:Xi Jinping', 'PERSON:Narendra Modi', 'LOC:Johannesburg'],
  ],
  // A headline in capitals, then the body: the body's spelling helps read the headline.
  [
    'BIDEN VISITS KYIV AS WAR ENTERS SECOND YEAR\nPresident Joe Biden arrived in Kyiv on Monday.',
    ['PERSON:BIDEN', 'LOC:KYIV', 'PERSON:Joe Biden', 'LOC:Kyiv'],
  ],
  // Document consistency: the bare surname later in the article stays a PERSON.
  [
    'Rishi Sunak spoke in London.\nSunak later flew to Washington.',
    ['PERSON:Rishi Sunak', 'LOC:London', 'PERSON:Sunak', 'LOC:Washington'],
  ],
  ['Nothing here is a name: prices rose again in the spring.', []],
  // A city in the news is a place; on a sports page (its slug names the sport) it is the club.
  [
    'Police in Marseille arrested two men on Sunday.\nThe mayor of Marseille said the port would reopen on Monday.\nMarseille has been on alert since the attack.',
    ['LOC:Marseille', 'LOC:Marseille', 'LOC:Marseille'],
  ],
  [
    'SOCCER - MARSEILLE BEAT LYON\nMarseille beat Lyon 2-1 on Saturday.\nLyon stay second in the league.',
    ['ORG:MARSEILLE', 'ORG:LYON', 'ORG:Marseille', 'ORG:Lyon', 'ORG:Lyon'],
  ],
  // Honorifics stay outside the name, also without a full stop (British style).
  [
    'Mr Whitelaw and Lord Carrington flew back to Belfast on Friday.',
    ['PERSON:Whitelaw', 'PERSON:Carrington', 'LOC:Belfast'],
  ],
  ['Dr. Anthony Fauci spoke to CNN on Sunday.', ['PERSON:Anthony Fauci', 'ORG:CNN']],
  // A capitalised sentence opener is not part of the name after it.
  ["Is France's strategy missing the point?", ['LOC:France']],
]

for (const [text, expected] of CASES) {
  test(`tagger.test.ts: ${text.slice(0, 60)}`, () => {
    assert.deepEqual(tag(text), expected)
  })
}

test('tagger.test.ts: no tokens, no spans', () => {
  assert.deepEqual(nerSpans('', [], []), [])
})

test('tagger.test.ts: tidy trims what a name never holds at its edges', () => {
  const text = 'He said: “Is there doubt?” asked Justice Department prosecutor Mr Scott Mendeloff.”'
  const tokens: Token[] = []
  tokenizeLine(text, 0, text.length, [], tokens)
  const words = toWords(text, tokens)
  const at = (w: string): number => words.text.indexOf(w)
  const spans = tidy(words, [
    { start: at('asked'), end: at('Department') + 1, type: TYPES.indexOf('ORG') },
    { start: at('Mr'), end: words.text.length, type: TYPES.indexOf('PERSON') },
  ])
  assert.deepEqual(
    spans.map((s) => text.slice(words.start[s.start], words.end[s.end - 1])),
    ['Justice Department', 'Scott Mendeloff'],
  )
})
