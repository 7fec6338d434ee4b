import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createDoc } from '../core/doc.js'
import { createPipeline } from '../core/pipeline.js'
import { entities } from '../entities/entities.js'
import { tokenizer } from '../nlp/tokenizer.js'
import { reader } from '../reader/reader.js'
import { clauseAround, makeContext } from './context.js'
import { cueFeatures, cueScoreAt } from './cue-features.js'
import {
  type CueModel,
  type CueModelFile,
  cueModelFrom,
  cueScore,
  loadCueModel,
} from './cue-model.js'
import { findQuoteMarks } from './marks.js'
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
  const text = 'Polls show a close contest in the state.'
  assert.deepEqual(quotesWith(text, null), [])
  assert.deepEqual(quotesWith(text, loadCueModel()), ['a close contest in the state'])
})

/** The quote context of a text, as the quotes stage builds it. */
function contextOf(text: string) {
  const pipeline = createPipeline([reader(), tokenizer()])
  const raw = { id: null, path: null, url: null, format: 'text', content: text } as const
  const doc = pipeline.run(createDoc('t', { ...raw, date: null, title: null, bodyOnly: true }))
  const paragraphs = doc.layers.paragraphs ?? []
  const toks = doc.layers.tokens ?? []
  const marks = findQuoteMarks(text, paragraphs)
  return makeContext(text, toks, paragraphs, doc.layers.sentences ?? [], marks)
}

/**
 * Asserts that the table scores every token of `text` as the feature strings do, to the bit, and
 * that a score cut short at the threshold is one under it.
 */
function assertSameScores(model: CueModel, text: string): number {
  const ctx = contextOf(text)
  for (let i = 0; i < ctx.toks.length; i++) {
    const fromStrings = cueScore(model, cueFeatures(ctx, i))
    const at = `token ${i} (${ctx.toks[i]?.norm})`
    assert.equal(cueScoreAt(model.table, ctx, i), fromStrings, at)
    // Cut short below the threshold: -Infinity only for a score that is indeed under it.
    const cut = cueScoreAt(model.table, ctx, i, clauseAround(ctx, i), model.threshold)
    if (cut === Number.NEGATIVE_INFINITY) assert.ok(fromStrings < model.threshold, at)
    else assert.equal(cut, fromStrings, at)
  }
  return ctx.toks.length
}

test('cue-model.test.ts: the weight table scores every token as the feature strings do', () => {
  const text = [
    'Polls show a close contest in the state, and the senator urged voters to turn out.',
    'Smith, who attacked the plan on Monday, said that "it will fail". Critics argue it is costly.',
    'They were warned against it. The criticism of the mayor grew: 3 officials resigned.',
    '"We will win," she insists. He is expected to announce that he runs, aides confirm.',
  ].join('\n\n')
  assert.ok(assertSameScores(loadCueModel(), text) > 60)
})

const SEED = new URL('../../../../shared/examples/seed-article.txt', import.meta.url)
const NO_SEED = existsSync(SEED) ? false : '../shared/examples/seed-article.txt absent'

test('cue-model.test.ts: the table scores the seed article as the strings do', {
  skip: NO_SEED,
}, () => {
  assert.ok(assertSameScores(loadCueModel(), readFileSync(SEED, 'utf8')) > 100)
})

test('cue-model.test.ts: the table finds "lemma|piece" features whatever "|" the pieces hold', () => {
  const file: CueModelFile = {
    format: 'chronicle-quote-cues/1',
    settings: {},
    threshold: 0,
    lemmas: ['show'],
    weights: { bias: 0.25, 'l=show': 1, 'lp=show|VERB': 2, 'l+n1=show|a': 4, 'l+n1=a|b|c': 8 },
  }
  const model = cueModelFrom(file)
  assert.equal(model.table.bias, 0.25)
  assert.equal(model.table.lemmas.get('show')?.lp.get('VERB'), 2)
  assert.equal(model.table.lemmas.get('show')?.n1.get('a'), 4)
  assert.equal(model.table.lemmas.get('a')?.n1.get('b|c'), 8)
  assert.equal(model.table.lemmas.get('a|b')?.n1.get('c'), 8)
  assert.equal(model.table.lemmas.get('show')?.n1p.get('DET'), undefined)
  assertSameScores(model, 'Polls show a close contest.')
})
