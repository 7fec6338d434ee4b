import type { Token } from '../../core/doc.js'
import type { EntityType, Span } from '../../core/schema.js'
import { NAME_PARTICLES } from '../data/name-particles.js'
import { docLabelFeatures, extract, extractGrouped } from './features.js'
import { FormVectors } from './form-vectors.js'
import { gazetteer } from './gazetteer.js'
import { decode, N_LABELS, type TokenSpan, TYPES } from './labels.js'
import { CALENDAR_WORDS, HONORIFICS } from './lexicon.js'
import {
  addEmissions,
  addEmissionsPair,
  decodeAll,
  loadModels,
  type NerModels,
  SHORT_DOC,
} from './model.js'
import { newsFixes } from './news-fixes.js'
import { toWords, type Words } from './words.js'

/** A named-entity span found by the tagger (UTF-16 offsets into the document text). */
export interface NerSpan extends Span {
  readonly type: EntityType
}

let models: NerModels | null = null

/**
 * Tags the words of one document in two passes (Ratinov & Roth 2009): pass 1 with local
 * features (word, shape, affixes, POS, neighbours, gazetteer, capitalisation and contexts
 * elsewhere in the document); pass 2 adds the type pass 1 gave the same word elsewhere in the
 * document, which makes the labels of an article consistent. Documents of one or two sentences
 * are tagged in one pass by the model trained on single sentences. Returns the entity spans (word
 * indices).
 */
export function tagWords(words: Words, m: NerModels): TokenSpan[] {
  const n = words.sentence.length
  const L = N_LABELS
  // A one- or two-sentence document has no document context to read: the model trained on
  // single sentences tags it in one pass.
  if (m.short && n > 0 && words.sentence[n - 1]! - words.sentence[0]! < SHORT_DOC) {
    const f1 = extract(words, gazetteer())
    const rows1 = new Int32Array(f1.hashes.length)
    m.table.rows(f1.hashes, rows1)
    const s = m.short
    const emit = new Float64Array(n * L)
    addEmissions(rows1, f1.offsets, 0, n, s.weights, s.stride, s.column, emit, 0)
    const spans = decode(decodeAll(emit, words.sentence, s))
    return tidy(words, newsFixes(words, f1.gaz, capsConsistency(words, f1.caps, spans)))
  }
  // Pass 2 reads the pass-1 features too: both passes' sums come from one walk over them, most
  // of them as sums cached per word form.
  const f1 = extractGrouped(words, gazetteer())
  const rows1 = new Int32Array(f1.hashes.length)
  m.table.rows(f1.hashes, rows1)
  const emit1 = new Float64Array(n * L)
  const emit2 = new Float64Array(n * L)
  formVectors(m).addTo(f1, words.sentence, emit1, emit2)
  addEmissionsPair(rows1, f1.offsets, n, m.pass1.weights, emit1, emit2)
  const pass1 = decodeAll(emit1, words.sentence, m.pass1)
  // Pass 2 adds the document-level features of pass 1's labels.
  const extra = docLabelFeatures(words, f1, pass1)
  const extraRows = new Int32Array(extra.hashes.length)
  m.table.rows(extra.hashes, extraRows)
  const p2 = m.pass2
  addEmissions(extraRows, extra.offsets, 0, n, p2.weights, p2.stride, p2.column, emit2, 0)
  const pass2 = decodeAll(emit2, words.sentence, p2)
  return tidy(words, newsFixes(words, f1.gaz, capsConsistency(words, f1.caps, decode(pass2))))
}

const vectorCaches = new WeakMap<NerModels, FormVectors>()

/** The per-word-form weight sums of a model's two passes, made on first use. */
function formVectors(m: NerModels): FormVectors {
  let v = vectorCaches.get(m)
  if (!v) {
    v = new FormVectors(m.table, m.pass1.weights)
    vectorCaches.set(m, v)
  }
  return v
}

/**
 * Document consistency for all-capitals lines, where case gives no evidence: a name the article
 * spells in mixed case ("Joe Biden", and a PERSON's surname "Biden") is tagged with the same
 * type where it recurs untagged in a headline or dateline ("BIDEN VISITS KYIV").
 */
export function capsConsistency(
  words: Words,
  caps: Uint8Array,
  spans: readonly TokenSpan[],
): TokenSpan[] {
  if (!caps.includes(1)) return [...spans]
  const known = new Map<string, number>()
  let longest = 0
  for (const s of spans) {
    if (caps[s.start]) continue
    const key = words.norm.slice(s.start, s.end).join(' ')
    if (!known.has(key)) known.set(key, s.type)
    if (s.type === 0 && s.end - s.start > 1) {
      const last = words.norm[s.end - 1] as string
      if (!known.has(last)) known.set(last, 0)
    }
    longest = Math.max(longest, s.end - s.start)
  }
  const tagged = new Uint8Array(words.text.length)
  for (const s of spans) tagged.fill(1, s.start, s.end)
  const added: TokenSpan[] = []
  for (let i = 0; i < words.text.length; i++) {
    if (!caps[i] || tagged[i]) continue
    for (let len = Math.min(longest, words.text.length - i); len >= 1; len--) {
      const end = i + len
      if (words.sentence[end - 1] !== words.sentence[i] || tagged.subarray(i, end).includes(1))
        continue
      const type = known.get(words.norm.slice(i, end).join(' '))
      if (type === undefined) continue
      added.push({ start: i, end, type })
      tagged.fill(1, i, end)
      i = end - 1
      break
    }
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start)
}

const HONORIFIC = new Set(HONORIFICS)
const CALENDAR = new Set(CALENDAR_WORDS)
/** Parts of speech of a capitalised sentence opener that is no part of a name ("Is France's"). */
const FUNCTION_POS = new Set(['AUX', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'ADV'])
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
/** Punctuation that never ends a name (a closing bracket may: "Mladost ( BJ )"). */
const TRAILING_PUNCT = /^[^\p{L}\p{N})\]]+$/u

/**
 * Trims what CoNLL-style names never hold at their edges: trailing punctuation words (`state.”`),
 * leading lower-case words that are not name particles (`asked Justice Department`), a
 * sentence-opening function word (`Is France`), a leading month or weekday (`August Chicago
 * NAPM`), and, for
 * PERSON, leading honorifics and ranks (`Mr Whitelaw` → `Whitelaw`). Drops spans left empty.
 */
export function tidy(words: Words, spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = []
  for (const span of spans) {
    let { start, end } = span
    while (end > start && TRAILING_PUNCT.test(words.text[end - 1] as string)) end--
    while (end - start > 1) {
      const w = words.text[start] as string
      const norm = words.norm[start] as string
      const lowerWord = LOWER.test(w) && !UPPER.test(w) && !NAME_PARTICLES.has(norm)
      const title = span.type === 0 && HONORIFIC.has(norm)
      const punct = !LETTER_OR_DIGIT.test(w)
      const opener =
        FUNCTION_POS.has(words.pos[start] as string) &&
        (start === 0 || words.sentence[start - 1] !== words.sentence[start])
      const date = CALENDAR.has(norm) && UPPER.test(words.text[start + 1] as string)
      if (!lowerWord && !title && !punct && !opener && !date) break
      start++
    }
    if (end > start) out.push({ start, end, type: span.type })
  }
  return out
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
  return tagWords(words, models).map((s) => ({
    start: words.start[s.start] as number,
    end: words.end[s.end - 1] as number,
    type: TYPES[s.type] as EntityType,
  }))
}
