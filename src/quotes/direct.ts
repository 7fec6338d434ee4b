import type { Token } from '../core/doc.js'
import {
  clauseAround,
  endsClause,
  isAccording,
  isCue,
  type QuoteContext,
  tokAt,
} from './context.js'
import { DIRECT_ONLY_CUES, NOUN_CUES } from './data/cues.js'
import { WORK_NOUNS } from './data/grammar.js'
import { isPassive } from './indirect.js'
import { npAfter, npBefore, subjectOf, type TokRange } from './np.js'

/** What one quoted stretch turned out to be. */
export interface MarkReading {
  /** direct: a quotation that stands as speech; embedded: a phrase inside a clause; skip: scare quotes or a title. */
  readonly kind: 'direct' | 'embedded' | 'skip'
  readonly speaker: TokRange | null
  readonly cue: number | null
  readonly clause: TokRange | null
  /** Where the attribution was read: after the closing mark, before the opening one, or none. */
  readonly via: 'after' | 'before' | null
  /** Token index just past the attribution that follows the quote (for continuation rules). */
  readonly afterEnd: number
}

const SMALL_WORDS = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'for',
  'to',
  'with',
  'at',
  'by',
  'or',
  'from',
  'is',
])

function isTitle(text: string): boolean {
  if (/[.,!?;:]["'’”]?$/.test(text)) return false
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length === 0 || words.length > 8) return false
  return words.every((w, i) => /^[\p{Lu}\d#@]/u.test(w) || (i > 0 && SMALL_WORDS.has(w)))
}

function wordCount(ctx: QuoteContext, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (/\p{L}/u.test((ctx.toks[i] as Token).norm)) n++
  return n
}

/** The tokens of an attribution that follows a closing mark: up to the sentence end or the next quote. */
function afterRange(ctx: QuoteContext, c: number, paraEnd: number): TokRange {
  let k = c + 1
  if (ctx.markTok[k] === ctx.markTok[c] && ctx.markTok[k] !== -1) k++
  if (ctx.toks[k]?.norm === ',') k++
  let hi = k
  while (hi < ctx.toks.length && hi < k + 40) {
    const t = ctx.toks[hi] as Token
    if (t.start >= paraEnd || ctx.markTok[hi] !== -1 || ctx.inMark[hi] !== -1) break
    hi++
    if (endsClause(ctx, hi - 1)) break
  }
  return { from: k, to: hi }
}

/** Reads the attribution after a closing mark: "..., Zelensky wrote", "..., said the official". */
function attributionAfter(
  ctx: QuoteContext,
  r: TokRange,
): { cue: number | null; speaker: TokRange | null } | null {
  const { toks, text } = ctx
  const k = r.from
  if (k >= r.to) return null
  // An epigraph or a reader's comment signed with a dash: "“...” ― Steve Quinlan."
  if (/^[―—–]$/.test((toks[k] as Token).norm)) {
    const np = npAfter(toks, text, k + 1, r.to)
    const after = np ? toks[np.to] : undefined
    if (
      np &&
      toks[np.to - 1]?.pos === 'PROPN' &&
      (!after || after.norm === ',' || endsClause(ctx, np.to))
    ) {
      return { cue: null, speaker: np }
    }
  }
  // Right after a quotation any cue verb attributes it ("..., he mocks").
  const kinds = ['speech', 'thought', 'partial'] as const
  if (isCue(ctx, k, kinds)) {
    return { cue: k, speaker: npAfter(toks, text, k + 1, r.to) }
  }
  if (isAccording(ctx, k)) return { cue: k, speaker: npAfter(toks, text, k + 2, r.to) }
  for (let v = k + 1; v < r.to && v < k + 30; v++) {
    if (!isCue(ctx, v, kinds)) continue
    const s = subjectOf(toks, text, v, k)
    if (s && s.from === k) return { cue: v, speaker: s }
  }
  return null
}

/** Reads the attribution before an opening mark: "Zelensky wrote on Telegram: ...", "He added, ...". */
function attributionBefore(
  ctx: QuoteContext,
  ps: number,
  o: number,
): { cue: number; speaker: TokRange | null } | 'that' | null {
  const { toks, text } = ctx
  let last = o - 1
  if (last < ps) return null
  const lt = toks[last] as Token
  if (lt.norm === 'that' || lt.norm === 'if' || lt.norm === 'whether') return 'that'
  // After a colon or comma the cue may have a recipient or a channel before it ("told CNN:");
  // with no punctuation it must touch the quote ("said “...”").
  const punct = lt.norm === ':' || lt.norm === ',' || lt.norm === '—' || lt.norm === '–'
  if (punct) last--
  for (let v = last; v >= ps && v >= (punct ? last - 8 : last); v--) {
    const t = toks[v] as Token
    if (isAccording(ctx, v)) return { cue: v, speaker: npAfter(toks, text, v + 2, o) }
    // "the extension was agreed “in the same terms”": a passive verb attributes nothing; nor
    // does a sequence verb as an infinitive touching the quote ("wanted the pause to continue
    // “as long as ...”": the quote belongs to the clause, see the embedded reading).
    const infinitive = !punct && toks[v - 1]?.norm === 'to' && DIRECT_ONLY_CUES.has(t.lemma)
    if (isCue(ctx, v, ['speech']) && !isPassive(ctx, v) && !infinitive) {
      const speaker = subjectOf(toks, text, v, ps) ?? npAfter(toks, text, v + 1, o)
      return { cue: v, speaker }
    }
    // A verb or a clause boundary between the cue and the quote: not an attribution of it.
    if (t.pos === 'VERB' || t.norm === ';' || t.norm === '.') return null
  }
  return null
}

/** A name right before a colon ("pollster Daron Shaw: “...”", a headline "John Bolton: ‘...’"). */
function nameBeforeColon(ctx: QuoteContext, ps: number, colon: number): TokRange | null {
  const np = npBefore(ctx.toks, ctx.text, colon - 1, ps)
  const last = ctx.toks[colon - 1]
  return np && last?.pos === 'PROPN' ? np : null
}

/**
 * The lead-in of a quote that opens its paragraph: the previous paragraph ends with a colon after
 * a cue ("In a 1971 speech, he declared:") or a name.
 */
function leadIn(
  ctx: QuoteContext,
  paragraph: number,
  o: number,
): { cue: number | null; speaker: TokRange | null; clause: TokRange } | null {
  const para = ctx.paragraphs[paragraph]
  const prev = ctx.paragraphs[paragraph - 1]
  const t = ctx.toks[o]
  if (!para || !prev || !t || t.start - para.start > 1) return null
  const j = o - 1
  if (ctx.toks[j]?.norm !== ':' || (ctx.toks[j] as Token).start < prev.start) return null
  const clause = clauseAround(ctx, j)
  const before = attributionBefore(ctx, clause.from, o)
  if (before && before !== 'that') return { ...before, clause }
  const name = nameBeforeColon(ctx, clause.from, j)
  return name ? { cue: null, speaker: name, clause } : null
}

/**
 * Reads one quoted stretch: direct (it starts its sentence, or follows a cue and a colon or
 * comma), embedded (a phrase inside a clause: a partial quote, a scare quote or a title), and its
 * attribution. A cascade: 1. the attribution after the closing mark; 2. the one before the opening
 * mark; 3. none (continuation rules come later, in the stage).
 */
export function readMark(ctx: QuoteContext, mi: number): MarkReading {
  const m = ctx.marks[mi]
  if (!m) throw new RangeError(`no mark ${mi}`)
  const { toks } = ctx
  const o = tokAt(toks, m.open)
  const para = ctx.paragraphs[m.paragraph]
  const paraEnd = para ? para.end : ctx.text.length
  const clause = clauseAround(ctx, o)
  // The prefix: this sentence's tokens before the opening mark, after any earlier quote.
  let ps = clause.from
  for (let j = o - 1; j >= clause.from; j--) {
    if (ctx.markTok[j] !== -1 || ctx.inMark[j] !== -1) {
      ps = j + 1
      break
    }
  }
  const c = m.close === null ? -1 : tokAt(toks, m.close)
  const after = c === -1 ? { from: toks.length, to: toks.length } : afterRange(ctx, c, paraEnd)
  // A quote that ends its sentence ('...appeal.”') is not attributed by the next sentence.
  const closed =
    c !== -1 &&
    /\.$/.test(toks[c - 1]?.norm ?? '') &&
    !/^\p{Ll}/u.test(toks[c + 1]?.norm ?? '') &&
    !/^[―—–]$/.test(toks[c + 1]?.norm ?? '')
  const fromAfter = c === -1 || closed ? null : attributionAfter(ctx, after)
  const afterEnd = fromAfter ? after.to : c === -1 ? o : c + 1
  const direct = (
    speaker: TokRange | null,
    cue: number | null,
    via: 'after' | 'before' | null,
    lead?: TokRange,
  ) => ({
    kind: 'direct' as const,
    speaker,
    cue,
    clause:
      lead ??
      (via === 'after' ? { from: o, to: after.to } : { from: ps, to: c === -1 ? o : c + 1 }),
    via,
    afterEnd,
  })
  // After a colon the quote stands as speech even inside a sentence ("... husband did: “...”").
  const colon = toks[o - 1]?.norm === ':'
  if (fromAfter && (ps === o || m.continued || colon)) {
    return direct(fromAfter.speaker, fromAfter.cue, 'after')
  }
  if (ps === o || m.continued) {
    const lead = m.continued ? null : leadIn(ctx, m.paragraph, o)
    if (lead) return direct(lead.speaker, lead.cue, 'before', lead.clause)
    return direct(null, null, null)
  }
  const before = attributionBefore(ctx, ps, o)
  if (before && before !== 'that') return direct(before.speaker, before.cue, 'before')
  if (colon) {
    const name = nameBeforeColon(ctx, ps, o - 1)
    if (name) return direct(name, null, 'before')
  }
  // Embedded in a clause: a partial quote when a cue frames it, else scare quotes or a title.
  const content = ctx.text.slice(m.start, m.end)
  const prev = toks[o - 1]
  if (isTitle(content.replace(/[,.]$/, '')) || (prev && WORK_NOUNS.has(prev.norm))) {
    return { kind: 'skip', speaker: null, cue: null, clause: null, via: null, afterEnd }
  }
  for (let v = o - 1; v >= clause.from && v >= o - 25; v--) {
    if (isAccording(ctx, v)) {
      return {
        kind: 'embedded',
        speaker: npAfter(toks, ctx.text, v + 2, o),
        cue: v,
        clause,
        via: 'before',
        afterEnd,
      }
    }
    // A sequence verb as an infinitive ("the pause to continue") reports no clause around it.
    const sequence = toks[v - 1]?.norm === 'to' && DIRECT_ONLY_CUES.has(toks[v]?.lemma ?? '')
    if (isCue(ctx, v, ['speech', 'thought', 'partial']) && !sequence) {
      // "voicing hopes for": the statement noun belongs to the verb before it.
      const w = toks[v - 1]
      if (w && (NOUN_CUES.has(w.lemma) || NOUN_CUES.has(w.norm))) v--
      const speaker = subjectOf(toks, ctx.text, v, clause.from)
      return { kind: 'embedded', speaker, cue: v, clause, via: 'before', afterEnd }
    }
  }
  if (fromAfter)
    return {
      kind: 'embedded',
      speaker: fromAfter.speaker,
      cue: fromAfter.cue,
      clause,
      via: 'after',
      afterEnd,
    }
  const words = wordCount(ctx, tokAt(toks, m.start), c === -1 ? tokAt(toks, m.end) : c)
  if (words >= 5) return { kind: 'embedded', speaker: null, cue: null, clause, via: null, afterEnd }
  return { kind: 'skip', speaker: null, cue: null, clause: null, via: null, afterEnd }
}
