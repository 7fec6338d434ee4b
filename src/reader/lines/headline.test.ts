import assert from 'node:assert/strict'
import { test } from 'node:test'
import { NO_SLUG } from '../url-slug.js'
import { lineFeatures } from './features.js'
import { findHeadline, fullerHeadline } from './headline.js'
import type { ClassifiedLine } from './line.js'

const body = (text: string): ClassifiedLine => ({
  text,
  kind: 'body',
  reason: '',
  features: lineFeatures(text),
})

/** [candidate, next line, the next line is the headline] */
const CASES: readonly [string, string, boolean][] = [
  ['Wurmkiste', 'Wurmkiste selber bauen', true],
  ['Sport', 'Schul-Sport bei großer Hitze', true],
  ['Mozilla Firefox', 'Mozilla Firefox aufräumen und Lesezeichen retten', true],
  ['Ischgl', 'Ischgl Home', false],
  ['Baumgutachten', 'Einleitung - Baumgutachten - Fortbildung - Baumbeschreibungen', false],
  ['Politik', 'Die Koalition streitet weiter über den Haushalt', false],
  [
    'Rente',
    'Die Rente steigt im Juli um gut vier Prozent, wie das Arbeitsministerium am Montag mitteilte.',
    false,
  ],
]

for (const [line, next, fuller] of CASES) {
  test(`fullerHeadline: ${line} / ${next}`, () => {
    assert.equal(fullerHeadline([body(line), body(next)], 0), fuller ? 1 : 0)
  })
}

test('findHeadline: the headline over its standfirst, though the standfirst echoes more', () => {
  const page = [
    'US news',
    'Judge blocks order to end birthright citizenship for second time',
    'Federal judge in Maryland says executive order ‘runs counter’ to the constitution and a century of precedent',
    'A second federal judge in Maryland has blocked the executive order seeking to end birthright citizenship, calling it unconstitutional and counter to a century of precedent.',
    'On Wednesday, the judge issued a nationwide injunction against the order, which the president signed in the first week of his term.',
    'The constitution has been read this way for more than a century, the judge wrote in her ruling.',
  ].map(body)
  // A byline under the standfirst, as pages print it.
  page.splice(3, 0, { ...body('Maya Yang'), kind: 'byline', reason: 'byline' })
  const scores = [0, 0, 0, 0, 3, 3, 3]
  const chosen = findHeadline(page, scores, { start: 4, end: 7 }, NO_SLUG, '')
  assert.equal(chosen?.candidate.index, 1)
})
