import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Entity } from '../core/schema.js'
import { entityAt, mentionIndex } from './lookup.js'

const TEXT = 'President Volodymyr Zelensky said he spoke to the Ukrainian president.'

function span(text: string, kind: 'name' | 'nominal' | 'pronoun', from = 0) {
  const start = TEXT.indexOf(text, from)
  return { start, end: start + text.length, text, kind }
}

const ENTITIES: Entity[] = [
  {
    id: 'E1',
    type: 'PERSON',
    name: 'Volodymyr Zelensky',
    roles: [{ title: 'President', of: 'Ukraine' }],
    mentions: [
      span('Volodymyr Zelensky', 'name'),
      span('he', 'pronoun', 29),
      span('the Ukrainian president', 'nominal'),
    ],
  },
]

describe('entities: entityAt', () => {
  const rows: [string, number, number, string | null][] = [
    ['the exact name span', 10, 28, 'Volodymyr Zelensky'],
    ['a speaker span wider than the name (with the title)', 0, 28, 'Volodymyr Zelensky'],
    ['a part of the name', 20, 28, 'Volodymyr Zelensky'],
    ['the pronoun', 34, 36, 'he'],
    ['the nominal', 50, 73, 'the Ukrainian president'],
    ['a span with no mention', 37, 42, null],
  ]
  for (const [what, start, end, mention] of rows) {
    test(what, () => {
      const hit = entityAt(ENTITIES, start, end)
      assert.equal(hit?.mention.text ?? null, mention, `lookup.test.ts: ${what}`)
      if (mention) assert.equal(hit?.entity.id, 'E1')
    })
  }

  test('within lists every overlapping mention in text order', () => {
    const index = mentionIndex(ENTITIES)
    assert.deepEqual(
      index.within(0, TEXT.length).map((h) => h.mention.text),
      ['Volodymyr Zelensky', 'he', 'the Ukrainian president'],
    )
  })
})
