import assert from 'node:assert/strict'
import { test } from 'node:test'
import { nameKey } from './names.js'

// Spellings of one name in English-language news: each row's names must share one key.
const SAME: readonly (readonly string[])[] = [
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskii'],
  ['Zelensky', 'Zelenskyy', 'Zelenskiy'],
  ['Mikhail Khodorkovsky', 'Mikhail Khodorkovskiy', 'Mikhail Khodorkovskii'],
  ['Dmitry Medvedev', 'Dmitriy Medvedev', 'Dmitrii Medvedev'],
  ['Yulia Tymoshenko', 'Yuliya Tymoshenko', 'Iulia Tymoshenko'],
  ['Muammar Gaddafi', 'Muammar Gadafi'],
  ['José Mourinho', 'Jose Mourinho'],
  ['Mr. Biden', 'Biden'],
]

// Different names that must stay apart.
const DIFFERENT: readonly (readonly [string, string])[] = [
  ['Donald Trump', 'Ivanka Trump'],
  ['Japan', 'Apan'],
  ['Yemen', 'Emen'],
  ['Ed Miliband', 'David Miliband'],
  ['Kim Jong Un', 'Kim Jong Il'],
]

test('transliteration variants share one key', () => {
  for (const row of SAME) {
    const keys = new Set(row.map(nameKey))
    assert.equal(keys.size, 1, `${row.join(' / ')} → ${[...keys].join(' / ')}`)
  }
})

test('different names keep different keys', () => {
  for (const [a, b] of DIFFERENT) assert.notEqual(nameKey(a), nameKey(b), `${a} / ${b}`)
})
