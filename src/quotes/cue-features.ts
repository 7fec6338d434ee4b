import type { Token } from '../core/doc.js'
import { clauseAround, isReportingCue, type QuoteContext } from './context.js'
import { CLAIM_CUES, DIRECT_ONLY_CUES } from './data/cues.js'
import { SUBJECT_PRONOUNS } from './data/grammar.js'
import { clauseStarts } from './indirect.js'
import type { TokRange } from './np.js'

/**
 * Features of the learned attribution-cue detector (models/quotes, scripts/train-quotes.ts): one
 * string per feature, the template name before the "=". The same function feeds training and
 * tagging, so the two never drift apart.
 */

/** Parts of speech a learned cue may have: verbs ("attacked", "urges") and nouns ("criticism"). */
const CANDIDATE_POS = new Set(['VERB', 'NOUN'])

/**
 * True when token `i` is worth scoring: a verb or noun outside quotation marks. Claim cues
 * ("criticized X for Y") and cues of direct quotes only ("he continued") are left to the rules,
 * which read them by convention: a bare object ("criticized the president") names an act, not a
 * statement.
 */
export function isCueCandidate(ctx: QuoteContext, i: number): boolean {
  const t = ctx.toks[i]
  return (
    t !== undefined &&
    CANDIDATE_POS.has(t.pos) &&
    !CLAIM_CUES.has(t.lemma) &&
    !DIRECT_ONLY_CUES.has(t.lemma) &&
    ctx.inMark[i] === -1 &&
    ctx.markTok[i] === -1 &&
    /\p{L}/u.test(t.norm)
  )
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got'])

function word(t: Token | undefined): string {
  if (!t) return '<none>'
  return t.pos === 'PROPN' ? '<name>' : t.pos === 'NUM' ? '<num>' : t.norm
}

function suffix(norm: string): string {
  if (norm.endsWith('ing')) return 'ing'
  if (norm.endsWith('ed')) return 'ed'
  if (norm.endsWith('s')) return 's'
  return '-'
}

/**
 * The features of token `i`: its lemma, form, part of speech and suffix; its neighbours (two on
 * each side); what follows it (a "that", a clause, an infinitive, a quotation, a comma, a noun
 * phrase); what precedes it (a name, a pronoun, a form of "be", a comma); its place in the sentence.
 */
export function cueFeatures(
  ctx: QuoteContext,
  i: number,
  clause: TokRange = clauseAround(ctx, i),
): string[] {
  const { toks } = ctx
  const t = toks[i] as Token
  const p1 = toks[i - 1]
  const p2 = toks[i - 2]
  const n1 = toks[i + 1]
  const n2 = toks[i + 2]
  const lemma = t.lemma
  const f: string[] = [
    'bias',
    `l=${lemma}`,
    `w=${t.norm}`,
    `p=${t.pos}`,
    `sfx=${suffix(t.norm)}`,
    `lp=${lemma}|${t.pos}`,
    `p1=${word(p1)}`,
    `p1p=${p1?.pos ?? '<none>'}`,
    `p2p=${p2?.pos ?? '<none>'}`,
    `n1=${word(n1)}`,
    `n1p=${n1?.pos ?? '<none>'}`,
    `n2=${word(n2)}`,
    `n2p=${n2?.pos ?? '<none>'}`,
    `l+n1=${lemma}|${word(n1)}`,
    `l+n1p=${lemma}|${n1?.pos ?? '<none>'}`,
    `l+p1p=${lemma}|${p1?.pos ?? '<none>'}`,
    `l+sfx=${lemma}|${suffix(t.norm)}`,
  ]
  if (ctx.markTok[i + 1] !== -1 || ctx.markTok[i + 2] !== -1) f.push('quote-after', `l+q=${lemma}`)
  if (n1?.norm === 'that') f.push(`l+that=${lemma}`)
  if (n1?.norm === ',') f.push('comma-after')
  if (p1?.norm === ',') f.push('comma-before', `l+comma-before=${lemma}`)
  if (n1?.norm === 'to' && (n2?.pos === 'VERB' || n2?.pos === 'AUX')) f.push(`l+inf=${lemma}`)
  if (clauseStarts(ctx, i + 1, clause.to)) f.push('clause-after', `l+clause=${lemma}`)
  const subj = p1 && (p1.pos === 'PROPN' || SUBJECT_PRONOUNS.has(p1.norm))
  if (subj) f.push('subject-before', `l+subject=${lemma}`)
  if (p1 && BE.has(p1.norm)) f.push('be-before', `l+be=${lemma}`)
  if (p1?.pos === 'DET' || p1?.pos === 'ADJ') f.push(`l+det=${lemma}`)
  if (i === clause.from) f.push('sentence-first')
  else if (i - clause.from <= 3) f.push('sentence-early')
  if (clause.to - i <= 3) f.push('sentence-late')
  if (isReportingCue(ctx, i)) f.push('lexicon', `l+lexicon=${lemma}`)
  return f
}
