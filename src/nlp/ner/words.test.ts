import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Token } from '../../core/doc.js'
import type { Span } from '../../core/schema.js'
import { tokenizeLine } from '../tokenizer.js'
import { GAZ_CLASSES, gazetteer } from './gazetteer.js'
import { toWords } from './words.js'

function words(text: string) {
  const tokens: Token[] = []
  const sentences: Span[] = []
  tokenizeLine(text, 0, text.length, sentences, tokens)
  return toWords(text, tokens)
}

test('words.test.ts: letters split inside a word are joined; clitics and hyphens are not', () => {
  const w = words("Erdoğan's visit to Deir ez-Zor")
  assert.deepEqual(w.text, ['Erdoğan', "'s", 'visit', 'to', 'Deir', 'ez', '-', 'Zor'])
  assert.equal(w.fold[0], 'erdogan')
})

test('words.test.ts: the gazetteer marks multi-word places B/I/L and countries U', () => {
  const w = words('Protests spread from Deir ez-Zor to Syria and São Paulo')
  const out = new Uint8Array(w.text.length * GAZ_CLASSES.length)
  gazetteer().match(w.fold, w.sentence, out)
  const at = (word: string, cls: string): number =>
    out[w.text.indexOf(word) * GAZ_CLASSES.length + GAZ_CLASSES.indexOf(cls as never)] ?? 0
  assert.deepEqual(
    ['Deir', 'ez', '-', 'Zor'].map((x) => at(x, 'city')),
    [1, 2, 2, 3],
  )
  assert.equal(at('Syria', 'country'), 4)
  assert.deepEqual([at('São', 'city'), at('Paulo', 'city')], [1, 3])
  assert.equal(at('spread', 'city'), 0)
})
