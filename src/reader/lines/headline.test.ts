import assert from 'node:assert/strict'
import { test } from 'node:test'
import { lineFeatures } from './features.js'
import { fullerHeadline } from './headline.js'
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
  ['Sport', 'US-Sport in Zeiten von Corona', true],
  ['Google Chrome', 'Google Chrome exportieren und alles sichern', true],
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
