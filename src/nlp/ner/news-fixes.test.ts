import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenizeText } from '../tokenizer.js'
import { GAZ_CLASSES, gazetteer } from './gazetteer.js'
import type { TokenSpan } from './labels.js'
import { newsFixes } from './news-fixes.js'
import { nerSpans } from './tagger.js'
import { toWords } from './words.js'

/** Tags `text` (lines as sentences) with the tagger; spans as `TYPE:text`. */
function tag(text: string): string[] {
  const { tokens, sentences } = tokenizeText(text)
  return nerSpans(text, tokens, sentences).map((s) => `${s.type}:${text.slice(s.start, s.end)}`)
}

// News sentences the repairs after tagging are for; every name of the sentence is listed.
const CASES: [string, string[]][] = [
  // A well-known organisation the tagger reads as a place.
  [
    'The gunman had sworn loyalty to Islamic State.\nPolice said he acted alone.\nThe attack shocked France.',
    ['ORG:Islamic State', 'LOC:France'],
  ],
  // ... or covers in part with a MISC span ("Islamic").
  [
    'Police said the man unfurled an Islamic State banner outside the embassy in London.',
    ['ORG:Islamic State', 'LOC:London'],
  ],
  // Two organisations joined by "and the".
  [
    'The European Council and the Council of Europe met in Strasbourg on Monday.',
    ['ORG:European Council', 'ORG:Council of Europe', 'LOC:Strasbourg'],
  ],
  // Title of an office, then the person: the person's name only.
  [
    'U.S. Secretary of Defense Ash Carter condemned the raid on the base.',
    ['LOC:U.S.', 'PERSON:Ash Carter'],
  ],
  // A place or a storm named by its class word, which the tagger reads as an organisation.
  [
    'Storm Ingrid flooded farms along the River Severn on Sunday.',
    ['MISC:Storm Ingrid', 'LOC:River Severn'],
  ],
  // A one-word name in apposition after a kind of organisation; a given name stays a person.
  ['The airline, Skyvela, cancelled forty flights on Monday.', ['ORG:Skyvela']],
  ['The union, Maria said, would not strike.', ['PERSON:Maria']],
  ['The new chairwoman of the club, Maria, thanked the players.', ['PERSON:Maria']],
  ['His lawyer, Brenwick, said the charges were false.', ['PERSON:Brenwick']],
  // A broadcaster's regional station, which the tagger splits into the brand and a place.
  ['The farmer told BBC Radio Devon that half of the flock had drowned.', ['ORG:BBC Radio Devon']],
]

for (const [text, expected] of CASES) {
  test(`news-fixes.test.ts: ${text.replace(/\n/g, ' ')}`, () => {
    assert.deepEqual(tag(text), expected)
  })
}

/** newsFixes on hand-made spans over `text` (word indices), as `TYPE:words`. */
function fix(text: string, spans: TokenSpan[]): string[] {
  const { tokens } = tokenizeText(text)
  const words = toWords(text, tokens)
  const gaz = new Uint8Array(words.text.length * GAZ_CLASSES.length)
  gazetteer().match(words.fold, words.sentence, gaz)
  const types = ['PERSON', 'ORG', 'LOC', 'MISC']
  return newsFixes(words, gaz, spans).map(
    (s) => `${types[s.type]}:${words.text.slice(s.start, s.end).join(' ')}`,
  )
}

test('news-fixes.test.ts: a known organisation that reaches out of a span is left alone', () => {
  // "Islamic State Council" (words 0–2) tagged as one LOC: the span holds more than the name.
  assert.deepEqual(fix('Islamic State Council met .', [{ start: 0, end: 3, type: 2 }]), [
    'LOC:Islamic State Council',
  ])
})

test('news-fixes.test.ts: no split without a title before "of"', () => {
  // "Bank of England Andrew Bailey": "of" is inside the span, no "<title> of" before it.
  const text = 'The Bank of England Andrew Bailey said .'
  assert.deepEqual(fix(text, [{ start: 1, end: 6, type: 1 }]), [
    'ORG:Bank of England Andrew Bailey',
  ])
})

test('news-fixes.test.ts: an office of two words stays an ORG beside the person', () => {
  const text = 'Secretary of Homeland Security Alejandro Mayorkas visited .'
  assert.deepEqual(fix(text, [{ start: 2, end: 6, type: 1 }]), [
    'ORG:Homeland Security',
    'PERSON:Alejandro Mayorkas',
  ])
})

test('news-fixes.test.ts: an office ending in an organisation word is no person', () => {
  const text = 'Minister of Foreign Affairs Council met .'
  assert.deepEqual(fix(text, [{ start: 2, end: 5, type: 1 }]), ['ORG:Foreign Affairs Council'])
})
