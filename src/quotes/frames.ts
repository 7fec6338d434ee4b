import type { Token } from '../core/doc.js'
import { clauseAround, type Draft, type QuoteContext } from './context.js'
import { FINDING_NOUNS, STATEMENT_NOUNS } from './data/cues.js'
import { clauseStarts, contentEnd, draft } from './indirect.js'
import { npAfter, npBefore, type TokRange } from './np.js'

const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my'])
const SUBORDINATORS = new Set([
  'if',
  'when',
  'because',
  'that',
  'who',
  'which',
  'while',
  'as',
  'than',
  'whether',
  'since',
  'although',
  'though',
  'before',
  'after',
  'until',
  'unless',
])

/** True when token `i` may open a frame: "In" before a finding, or a statement noun before "that". */
export function isFrameCue(ctx: QuoteContext, i: number): boolean {
  const t = ctx.toks[i]
  if (!t || ctx.inMark[i] !== -1) return false
  if (t.norm === 'in') return true
  return t.pos === 'NOUN' && STATEMENT_NOUNS.has(t.lemma) && ctx.toks[i + 1]?.norm === 'that'
}

/**
 * Attributions framed by a noun, a cascade of
 * 1. a finding before its clause: "In the survey, Trump leads Clinton among men" (the survey is
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
  let p = v - 1
  if (toks[p]?.pos === 'ADJ') p--
  const owner = toks[p]
  let speaker: TokRange | null = null
  if (owner && POSSESSIVE_DETS.has(owner.norm)) speaker = { from: p, to: p + 1 }
  else if (owner && /^['’]s?$/.test(owner.norm)) speaker = npBefore(toks, text, p - 1, clause.from)
  if (!speaker || p < clause.from) return null
  const s = v + 1
  return draft(
    ctx,
    s,
    nounClauseEnd(ctx, s, contentEnd(ctx, s, clause.to)),
    speaker,
    {
      from: v,
      to: v + 1,
    },
    clause,
  )
}

/**
 * Where a noun's that-clause ends: at a comma, or where the main clause's verb follows a noun
 * phrase ("the claim that he can win | would depend on ..."), unless a subordinate clause opened.
 */
function nounClauseEnd(ctx: QuoteContext, i: number, end: number): number {
  const { toks } = ctx
  let verbs = 0
  let open = false
  for (let j = i + 1; j < end; j++) {
    if (ctx.inMark[j] !== -1 || ctx.markTok[j] !== -1) continue
    const x = toks[j] as Token
    const prev = toks[j - 1] as Token
    if (x.norm === ',') return j
    if (SUBORDINATORS.has(x.norm)) open = true
    const finite = x.pos === 'AUX' || (x.pos === 'VERB' && !x.norm.endsWith('ing'))
    if (!finite || prev.norm === 'to' || prev.pos === 'AUX') continue
    if (verbs > 0 && !open && /^(NOUN|PROPN|PRON|NUM)$/.test(prev.pos)) return j
    verbs++
  }
  return end
}
