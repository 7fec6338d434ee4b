import type { Token } from '../core/doc.js'
import type { Span } from '../core/schema.js'
import { nonBodySpans } from '../entities/dateline.js'
import {
  ACT_CUES,
  CLAIM_CUES,
  COGNITION_CUES,
  CUE_PARTICLES,
  INFINITIVE_CUES,
  NOUN_CUES,
  PARTIAL_CUES,
  PARTICLE_CUES,
  SPEECH_CUES,
  STANCE_CUES,
} from './data/cues.js'
import type { QuoteMark } from './marks.js'
import type { TokRange } from './np.js'

/** What the attribution rules read: the text, its tokens and the quotation marks found in it. */
export interface QuoteContext {
  readonly text: string
  readonly toks: readonly Token[]
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly marks: readonly QuoteMark[]
  /** Per token: the index of the mark whose content holds it, else -1. */
  readonly inMark: Int32Array
  /** Per token: the index of the mark it opens or closes, else -1. */
  readonly markTok: Int32Array
  /** Datelines, bylines and credits ("KYIV (Reuters) — "): never part of a quote's content. */
  readonly nonBody: readonly Span[]
}

/** A quote before ids, entities and channels are settled. Token ranges index `toks`. */
export interface Draft {
  start: number
  end: number
  type: 'direct' | 'partial' | 'indirect' | 'mixed'
  speaker: TokRange | null
  cue: TokRange | null
  /** The token range where the attribution was read (for the channel). */
  clause: TokRange | null
  /** The mark it came from, for quotes in quotation marks. */
  mark: number
  /** The speaker was carried over from an earlier quote (no attribution of its own). */
  carried: Draft | null
}

/** Index of the first token whose start is at or after `offset`. */
export function tokAt(toks: readonly Token[], offset: number): number {
  let lo = 0
  let hi = toks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((toks[mid] as Token).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Builds the context: marks every token inside a quote's content and every quotation mark. */
export function makeContext(
  text: string,
  toks: readonly Token[],
  paragraphs: readonly Span[],
  sentences: readonly Span[],
  marks: readonly QuoteMark[],
): QuoteContext {
  const inMark = new Int32Array(toks.length).fill(-1)
  const markTok = new Int32Array(toks.length).fill(-1)
  marks.forEach((m, mi) => {
    for (let i = tokAt(toks, m.start); i < toks.length && (toks[i] as Token).start < m.end; i++) {
      if (inMark[i] === -1 || !m.single) inMark[i] = mi
    }
    const o = tokAt(toks, m.open)
    if (toks[o]?.start === m.open) markTok[o] = mi
    // A two-character mark ('') may be two tokens: the second is a mark too.
    if (text[m.open] === "'" && text[m.open + 1] === "'" && toks[o + 1]?.start === m.open + 1) {
      markTok[o + 1] = mi
    }
    if (m.close !== null) {
      const c = tokAt(toks, m.close)
      if (toks[c]?.start === m.close) markTok[c] = mi
      if (
        text[m.close] === "'" &&
        text[m.close + 1] === "'" &&
        toks[c + 1]?.start === m.close + 1
      ) {
        markTok[c + 1] = mi
      }
    }
  })
  return { text, toks, paragraphs, sentences, marks, inMark, markTok, nonBody: nonBodySpans(text) }
}

// Every cue lemma, for a cheap first test on tokens the tagger did not read as verbs. Plural
// forms reduce to the lemma by dropping "s" ("says" → "say", "notes" → "note").
const ANY_CUE: ReadonlySet<string> = new Set([...SPEECH_CUES, ...COGNITION_CUES, ...PARTIAL_CUES])

/** Which lexicons a cue may come from. */
export type CueKind = 'speech' | 'thought' | 'partial'

/** True when token `i` is a cue verb of one of the kinds, outside any quote. */
export function isCue(ctx: QuoteContext, i: number, kinds: readonly CueKind[]): boolean {
  const t = ctx.toks[i]
  if (!t || ctx.inMark[i] !== -1) return false
  const after = ctx.toks[i + 1]?.norm
  if (after && (PARTICLE_CUES.get(t.lemma) === after || PARTICLE_CUES.get(t.norm) === after)) {
    return kinds.includes('speech')
  }
  let lemma = t.lemma
  if (t.pos !== 'VERB') {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false
    if (!ANY_CUE.has(t.norm) && !ANY_CUE.has(t.norm.slice(0, -1))) return false
    // "Jackson notes ...", "he argues ...": a present-tense cue the tagger read as a plural noun.
    const prev = ctx.toks[i - 1]
    // "Six in 10 say they ...": a bare "say" before its clause.
    const next = ctx.toks[i + 1]
    // "Flight records show ...", "Polls suggest ...": a plural subject before a base form.
    const plural =
      prev?.pos === 'NOUN' &&
      prev.norm.endsWith('s') &&
      /^(show|say|suggest|indicate)$/.test(t.norm)
    const subject = prev && (plural || prev.pos === 'PROPN' || /^(he|she|it|they)$/.test(prev.norm))
    const clause = next && /^(that|he|she|they|it|we|i)$/.test(next.norm) && prev?.pos !== 'DET'
    if (!(subject || clause) || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false
    // "The Washington Post that ...": a capitalised word is a name.
    if (/\p{Lu}/u.test(ctx.text[t.start] ?? '')) return false
    if (!clause && !plural && !t.norm.endsWith('s')) return false
    lemma = t.norm.endsWith('s') ? t.norm.replace(/(?<=[sxz]|sh|ch)es$|s$/, '') : t.norm
  }
  // "so-called": a scare-quote marker, not a cue.
  if (t.norm === 'called' && ctx.toks[i - 1]?.norm === '-' && ctx.toks[i - 2]?.norm === 'so') {
    return false
  }
  return (
    (kinds.includes('speech') && SPEECH_CUES.has(lemma)) ||
    (kinds.includes('thought') && COGNITION_CUES.has(lemma)) ||
    (kinds.includes('partial') && PARTIAL_CUES.has(lemma))
  )
}

/** True when token `i` can introduce reported speech: a speech or thought cue, or a speech act ("called for"). */
export function isReportingCue(ctx: QuoteContext, i: number): boolean {
  if (isCue(ctx, i, ['speech', 'thought'])) return true
  const t = ctx.toks[i]
  if (t === undefined) return false
  if (ACT_CUES.has(t.lemma) && isCue(ctx, i, ['partial'])) return true
  // "refused to give", "most voters want a change", "accused X of": attitudes and claims, as verbs
  // outside quotes only.
  return (
    t.pos === 'VERB' &&
    ctx.inMark[i] === -1 &&
    (INFINITIVE_CUES.has(t.lemma) ||
      STANCE_CUES.has(t.lemma) ||
      CLAIM_CUES.has(t.lemma) ||
      ACT_CUES.has(t.lemma))
  )
}

/** True when tokens `i, i+1` are "according to". */
export function isAccording(ctx: QuoteContext, i: number): boolean {
  return ctx.toks[i]?.norm === 'according' && ctx.toks[i + 1]?.norm === 'to' && ctx.inMark[i] === -1
}

/** The cue's token range: the verb with its particle ("referred to") or statement noun ("voicing hopes"). */
export function cueRange(ctx: QuoteContext, v: number): TokRange {
  const t = ctx.toks[v] as Token
  if (isAccording(ctx, v)) return { from: v, to: v + 2 }
  const next = ctx.toks[v + 1]
  if (next && CUE_PARTICLES.get(t.lemma)?.has(next.norm)) return { from: v, to: v + 2 }
  if (next && PARTICLE_CUES.get(t.lemma) === next.norm) return { from: v, to: v + 2 }
  if (
    next &&
    (NOUN_CUES.has(t.lemma) || NOUN_CUES.has(t.norm)) &&
    (next.pos === 'NOUN' || next.pos === 'VERB')
  ) {
    return { from: v, to: v + 2 }
  }
  return { from: v, to: v + 1 }
}

/** Token index range of the sentence-like clause around token `i`: stops at . ? ! outside quotes and at paragraph ends. */
export function clauseAround(ctx: QuoteContext, i: number): TokRange {
  const { toks } = ctx
  const p = ctx.paragraphs[paragraphOf(ctx, toks[i]?.start ?? 0)]
  let a = i
  while (a - 1 >= 0 && !(p && (toks[a - 1] as Token).start < p.start) && !endsClause(ctx, a - 1))
    a--
  let b = i
  while (b < toks.length && !(p && (toks[b] as Token).start >= p.end)) {
    b++
    if (endsClause(ctx, b - 1)) break
  }
  return { from: a, to: b }
}

/** True when token `i` ends a sentence: . ? ! outside quotes, or a closing mark right after one. */
export function endsClause(ctx: QuoteContext, i: number): boolean {
  const t = ctx.toks[i] as Token
  if (ctx.inMark[i] === -1 && ctx.markTok[i] === -1) {
    if (t.pos !== 'PUNCT' || !/^[.?!]+$/.test(t.norm)) return false
    // "(D-Wis.) said", "Inc., which": an abbreviation's full stop, not a sentence end.
    const next = ctx.toks[i + 1]
    if (t.norm === '.' && next && (next.norm === ')' || next.norm === ',')) return false
    // "(D-R.I.)": a full stop inside an abbreviation, with no space after it.
    if (t.norm === '.' && next && next.start === t.end && /\p{L}/u.test(ctx.text[t.end] ?? '')) {
      return false
    }
    return !(t.norm === '.' && next && /^\p{Ll}/u.test(ctx.text[next.start] ?? ''))
  }
  const mi = ctx.markTok[i] as number
  if (mi === -1) return false
  const m = ctx.marks[mi]
  if (!m || m.close !== t.start) return false
  return /[.?!]$/.test(ctx.toks[i - 1]?.norm ?? '')
}

/** Index of the paragraph holding `offset`. */
export function paragraphOf(ctx: QuoteContext, offset: number): number {
  const ps = ctx.paragraphs
  let lo = 0
  let hi = ps.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((ps[mid] as Span).start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
