import type { Token } from '../../core/doc.js'
import type { EntityType, Span } from '../../core/schema.js'
import { docLabelFeatures, extract, interleave } from './features.js'
import { gazetteer } from './gazetteer.js'
import { decode, TYPES } from './labels.js'
import { loadModels, type NerModels, tagSequences } from './model.js'
import { toWords, type Words } from './words.js'

/** A named-entity span found by the tagger (UTF-16 offsets into the document text). */
export interface NerSpan extends Span {
  readonly type: EntityType
}

let models: NerModels | null = null

/**
 * Tags the words of one document in two passes (Ratinov & Roth 2009): pass 1 with local
 * features (word, shape, affixes, POS, neighbours, gazetteer, capitalisation elsewhere in the
 * document); pass 2 adds the type pass 1 gave the same word elsewhere in the document, which makes
 * the labels of an article consistent. Returns one BILOU label per word.
 */
export function tagWords(words: Words, m: NerModels): Uint8Array {
  const gaz = gazetteer()
  const f1 = extract(words, gaz)
  const rows1 = new Int32Array(f1.hashes.length)
  m.table.rows(f1.hashes, rows1)
  const pass1 = tagSequences(rows1, f1.offsets, words.sentence, m.pass1)
  // Pass 2 shares the feature table: only the added features need looking up.
  const extra = docLabelFeatures(words, f1, pass1)
  const extraRows = new Int32Array(extra.hashes.length)
  m.table.rows(extra.hashes, extraRows)
  const f2 = interleave(rows1, f1.offsets, extraRows, extra.offsets, (n) => new Int32Array(n))
  return tagSequences(f2.values, f2.offsets, words.sentence, m.pass2)
}

/**
 * Tags named entities (PERSON, ORG, LOC, MISC) with the learned tagger (an averaged structured
 * perceptron with Viterbi decoding, trained on CoNLL-2003 by `npm run train:ner`; model in
 * models/ner/). Spans start and end on token boundaries and never cross a sentence.
 * `sentences` is accepted for the interface; the tokens' `sentence` index delimits sequences.
 *
 * @example
 * nerSpans(text, layer(doc, 'tokens'), layer(doc, 'sentences'))
 * // → [{ start: 0, end: 15, type: 'PERSON' }, ...]
 */
export function nerSpans(
  text: string,
  tokens: readonly Token[],
  _sentences: readonly Span[],
): NerSpan[] {
  if (tokens.length === 0) return []
  models ??= loadModels()
  const words = toWords(text, tokens)
  const labels = tagWords(words, models)
  return decode(labels).map((s) => ({
    start: words.start[s.start] as number,
    end: words.end[s.end - 1] as number,
    type: TYPES[s.type] as EntityType,
  }))
}
