import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc } from '../core/doc.js'
import { createPipeline } from '../core/pipeline.js'
import { entities } from '../entities/entities.js'
import { tokenizer } from '../nlp/tokenizer.js'
import { reader } from '../reader/reader.js'
import { type CueModelFile, cueModelFrom, cueScore, loadCueModel } from './cue-model.js'
import { quotes } from './quotes.js'

test('cue-model.test.ts: the committed model loads with a finite threshold and weights', () => {
  const model = loadCueModel()
  assert.ok(Number.isFinite(model.threshold))
  assert.ok(model.weights.size > 1000)
  assert.ok(model.weights.has('bias'))
})

test('cue-model.test.ts: a score is the sum of the known features, unknown ones weigh nothing', () => {
  const file: CueModelFile = {
    format: 'chronicle-quote-cues/1',
    settings: {},
    threshold: 0.5,
    lemmas: ['show'],
    weights: { bias: -1, 'l=show': 2.5 },
  }
  const model = cueModelFrom(file)
  assert.equal(cueScore(model, ['bias', 'l=show', 'l=unseen']), 1.5)
  assert.throws(() => cueModelFrom({ ...file, format: 'other' } as unknown as CueModelFile))
})

function quotesWith(text: string, cueModel: ReturnType<typeof loadCueModel> | null) {
  const pipeline = createPipeline([reader(), tokenizer(), entities(), quotes({ cueModel })])
  const raw = { id: null, path: null, url: null, format: 'text', content: text } as const
  const doc = pipeline.run(createDoc('t', { ...raw, date: null, title: null, bodyOnly: true }))
  return (doc.layers.quotes ?? []).map((q) => q.text)
}

test('cue-model.test.ts: without the model only the rules read ("show" is no lexicon cue)', () => {
  const text = 'Polls show a tight contest for the county.'
  assert.deepEqual(quotesWith(text, null), [])
  assert.deepEqual(quotesWith(text, loadCueModel()), ['a tight contest for the county'])
})
