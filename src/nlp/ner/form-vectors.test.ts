import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenizeText } from '../tokenizer.js'
import { extract, extractGrouped } from './features.js'
import { FormVectors } from './form-vectors.js'
import { gazetteer } from './gazetteer.js'
import { N_LABELS } from './labels.js'
import { addEmissions, addEmissionsPair, loadModels } from './model.js'
import { toWords } from './words.js'

const L = N_LABELS

const TEXTS = [
  'Ukrainian Foreign Minister Dmytro Kuleba met his Polish counterpart in Warsaw on Tuesday.\nKuleba said the talks would go on.',
  'SOCCER - LYON BEAT MARSEILLE 2-1.\nLyon beat Marseille 2-1 on Saturday in the French league.',
  'Erdoğan met Putin in Sochi.\n“We agreed,” he said.\nTurkey and Russia signed three deals.',
]

// The tagger sums most features as vectors cached per word form; the sums must equal the
// feature-by-feature walk over every feature, for both passes (sports pages included).
for (const text of TEXTS) {
  test(`form-vectors.test.ts: cached sums equal the full walk: ${text.slice(0, 40)}`, () => {
    const m = loadModels()
    const words = toWords(text, tokenizeText(text).tokens)
    const n = words.text.length
    const full = extract(words, gazetteer())
    const rows = new Int32Array(full.hashes.length)
    m.table.rows(full.hashes, rows)
    const wantA = new Float64Array(n * L)
    const wantB = new Float64Array(n * L)
    addEmissions(rows, full.offsets, 0, n, m.pass1.weights, 2 * L, 0, wantA, 0)
    addEmissions(rows, full.offsets, 0, n, m.pass1.weights, 2 * L, L, wantB, 0)
    const grouped = extractGrouped(words, gazetteer())
    const rest = new Int32Array(grouped.hashes.length)
    m.table.rows(grouped.hashes, rest)
    const gotA = new Float64Array(n * L)
    const gotB = new Float64Array(n * L)
    const vectors = new FormVectors(m.table, m.pass1.weights)
    // Twice: the second pass reads the vectors cached by the first.
    for (let k = 0; k < 2; k++) {
      gotA.fill(0)
      gotB.fill(0)
      vectors.addTo(grouped, words.sentence, gotA, gotB)
      addEmissionsPair(rest, grouped.offsets, n, m.pass1.weights, gotA, gotB)
      assert.deepEqual(gotA, wantA)
      assert.deepEqual(gotB, wantB)
    }
    assert.ok(grouped.hashes.length < full.hashes.length / 2, 'most features are grouped')
  })
}
