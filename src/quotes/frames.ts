import type { Token } from '../core/doc.js'
import { clauseAround, type Draft, type QuoteContext } from './context.js'
import { FINDING_NOUNS, STATEMENT_NOUNS } from './data/cues.js'
import { nounClauseEnd } from './extent.js'
import { clauseStarts, contentEnd, draft } from './indirect.js'
import { npAfter, possessorOf } from './np.js'

/** True when token `i` may open a frame: "In" before a finding, or a statement noun before "that". */
export function isFrameCue(ctx: QuoteContext, i: number): boolean {
  const t = ctx.toks[i]
  if (!t || ctx.inMark[i] !== -1) return false
  if (t.norm === 'in') return true
  return t.pos === 'NOUN' && STATEMENT_NOUNS.has(t.lemma) && ctx.toks[i + 1]?.norm === 'that'
}

/**
 * Attributions framed by a noun, a cascade of
 * 1. a finding before its clause: "In the survey, Meyer leads Ortiz among women" (the survey is
 *    the source, "In" the cue);
 * 2. a statement noun with its possessor and a that-clause: "Sanders's claim that he can still
 *    win would depend on ..." (the content ends where the main clause goes on).
 */
export function readFrame(ctx: QuoteContext, v: number): Draft | null {
  const { toks, text } = ctx
  const clause = clauseAround(ctx, v)
  const t = toks[v] as Token
  if (t.norm === 'in') {
    if (v !== clause.from) return null
    const np = npAfter(toks, text, v + 1, clause.to)
    if (!np || toks[np.to]?.norm !== ',') return null
    if (!toks.slice(np.from, np.to).some((x) => FINDING_NOUNS.has(x.norm))) return null
    const s = np.to + 1
    return draft(ctx, s, contentEnd(ctx, s, clause.to), np, { from: v, to: v + 1 }, clause)
  }
  if (!clauseStarts(ctx, v + 2, clause.to)) return null
  const speaker = possessorOf(toks, text, v, clause.from)
  if (!speaker) return null
  const s = v + 1
  return draft(
    ctx,
    s,
    nounClauseEnd(ctx, s, contentEnd(ctx, s, clause.to), 1),
    speaker,
    {
      from: v,
      to: v + 1,
    },
    clause,
  )
}
