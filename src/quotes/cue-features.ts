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
    ctx.inMark[i] === -1 &&
    ctx.markTok[i] === -1 &&
    CANDIDATE_POS.has(t.pos) &&
    !CLAIM_CUES.has(t.lemma) &&
    !DIRECT_ONLY_CUES.has(t.lemma) &&
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

/** Weights of the features made of the lemma and one more piece (see {@link CueTable}). */
interface LemmaWeights {
  l: number
  lp: Map<string, number>
  n1: Map<string, number>
  n1p: Map<string, number>
  p1p: Map<string, number>
  sfx: Map<string, number>
  q: number
  that: number
  commaBefore: number
  inf: number
  clause: number
  subject: number
  be: number
  det: number
  lexicon: number
}

/**
 * The weights of the feature strings of {@link cueFeatures}, keyed by template, then value (and by
 * lemma first for the templates joined with the lemma), so a token is scored without building a
 * string. Missing features weigh 0, as in a lookup of the string.
 */
export interface CueTable {
  readonly bias: number
  readonly quoteAfter: number
  readonly commaAfter: number
  readonly commaBefore: number
  readonly clauseAfter: number
  readonly subjectBefore: number
  readonly beBefore: number
  readonly sentenceFirst: number
  readonly sentenceEarly: number
  readonly sentenceLate: number
  readonly lexicon: number
  readonly w: ReadonlyMap<string, number>
  readonly p: ReadonlyMap<string, number>
  readonly sfx: ReadonlyMap<string, number>
  readonly p1: ReadonlyMap<string, number>
  readonly p1p: ReadonlyMap<string, number>
  readonly p2p: ReadonlyMap<string, number>
  readonly n1: ReadonlyMap<string, number>
  readonly n1p: ReadonlyMap<string, number>
  readonly n2: ReadonlyMap<string, number>
  readonly n2p: ReadonlyMap<string, number>
  readonly lemmas: ReadonlyMap<string, LemmaWeights>
}

/** Feature templates of one value → the field of {@link CueTable} holding them. */
const VALUE_TEMPLATES = {
  w: 'w',
  p: 'p',
  sfx: 'sfx',
  p1: 'p1',
  p1p: 'p1p',
  p2p: 'p2p',
  n1: 'n1',
  n1p: 'n1p',
  n2: 'n2',
  n2p: 'n2p',
} as const
/** Templates "lemma|piece" → the field of {@link LemmaWeights}. */
const PAIR_TEMPLATES = {
  lp: 'lp',
  'l+n1': 'n1',
  'l+n1p': 'n1p',
  'l+p1p': 'p1p',
  'l+sfx': 'sfx',
} as const
/** Templates of the lemma alone → the field of {@link LemmaWeights}. */
const LEMMA_TEMPLATES = {
  l: 'l',
  'l+q': 'q',
  'l+that': 'that',
  'l+comma-before': 'commaBefore',
  'l+inf': 'inf',
  'l+clause': 'clause',
  'l+subject': 'subject',
  'l+be': 'be',
  'l+det': 'det',
  'l+lexicon': 'lexicon',
} as const
/** Features without a value → the field of {@link CueTable}. */
const FLAGS = {
  bias: 'bias',
  'quote-after': 'quoteAfter',
  'comma-after': 'commaAfter',
  'comma-before': 'commaBefore',
  'clause-after': 'clauseAfter',
  'subject-before': 'subjectBefore',
  'be-before': 'beBefore',
  'sentence-first': 'sentenceFirst',
  'sentence-early': 'sentenceEarly',
  'sentence-late': 'sentenceLate',
  lexicon: 'lexicon',
} as const

function lemmaWeights(): LemmaWeights {
  return {
    l: 0,
    lp: new Map(),
    n1: new Map(),
    n1p: new Map(),
    p1p: new Map(),
    sfx: new Map(),
    q: 0,
    that: 0,
    commaBefore: 0,
    inf: 0,
    clause: 0,
    subject: 0,
    be: 0,
    det: 0,
    lexicon: 0,
  }
}

/**
 * The table of a model's feature weights. A "lemma|piece" value is split at each "|" in it, so a
 * lemma or piece with a "|" of its own is still found (no feature string matches two splits that
 * a token could produce).
 */
export function cueTable(weights: ReadonlyMap<string, number>): CueTable {
  const flags: Record<(typeof FLAGS)[keyof typeof FLAGS], number> = {
    bias: 0,
    quoteAfter: 0,
    commaAfter: 0,
    commaBefore: 0,
    clauseAfter: 0,
    subjectBefore: 0,
    beBefore: 0,
    sentenceFirst: 0,
    sentenceEarly: 0,
    sentenceLate: 0,
    lexicon: 0,
  }
  const values = Object.fromEntries(
    Object.values(VALUE_TEMPLATES).map((k) => [k, new Map<string, number>()]),
  ) as Record<(typeof VALUE_TEMPLATES)[keyof typeof VALUE_TEMPLATES], Map<string, number>>
  const lemmas = new Map<string, LemmaWeights>()
  const of = (lemma: string): LemmaWeights => {
    const known = lemmas.get(lemma)
    if (known) return known
    const e = lemmaWeights()
    lemmas.set(lemma, e)
    return e
  }
  for (const [f, weight] of weights) {
    const eq = f.indexOf('=')
    if (eq < 0) {
      if (Object.hasOwn(FLAGS, f)) flags[FLAGS[f as keyof typeof FLAGS]] = weight
      continue
    }
    const template = f.slice(0, eq)
    const value = f.slice(eq + 1)
    if (Object.hasOwn(VALUE_TEMPLATES, template)) {
      values[VALUE_TEMPLATES[template as keyof typeof VALUE_TEMPLATES]].set(value, weight)
    } else if (Object.hasOwn(LEMMA_TEMPLATES, template)) {
      of(value)[LEMMA_TEMPLATES[template as keyof typeof LEMMA_TEMPLATES]] = weight
    } else if (Object.hasOwn(PAIR_TEMPLATES, template)) {
      const field = PAIR_TEMPLATES[template as keyof typeof PAIR_TEMPLATES]
      for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
        of(value.slice(0, bar))[field].set(value.slice(bar + 1), weight)
      }
    }
  }
  return { ...flags, ...values, lemmas }
}

/** Rounding a sum of weights in another order is far smaller than this. */
const ROUNDING = 1e-9

/**
 * The score of token `i`: the sum of the weights of {@link cueFeatures}`(ctx, i, clause)`, added in
 * the same order (so the same number to the last bit), read from the table without building the
 * feature strings. With `below`, returns -Infinity instead as soon as the score is sure to stay
 * under it, before the costlier tests (a clause after, a lexicon cue) are made.
 */
export function cueScoreAt(
  table: CueTable,
  ctx: QuoteContext,
  i: number,
  clause: TokRange = clauseAround(ctx, i),
  below = Number.NEGATIVE_INFINITY,
): number {
  const { toks } = ctx
  const t = toks[i] as Token
  const p1 = toks[i - 1]
  const p2 = toks[i - 2]
  const n1 = toks[i + 1]
  const n2 = toks[i + 2]
  const lw = table.lemmas.get(t.lemma)
  const sfx = suffix(t.norm)
  const wordN1 = word(n1)
  const posP1 = p1?.pos ?? '<none>'
  const posN1 = n1?.pos ?? '<none>'
  let s = 0
  s += table.bias
  s += lw?.l ?? 0
  s += table.w.get(t.norm) ?? 0
  s += table.p.get(t.pos) ?? 0
  s += table.sfx.get(sfx) ?? 0
  s += lw?.lp.get(t.pos) ?? 0
  s += table.p1.get(word(p1)) ?? 0
  s += table.p1p.get(posP1) ?? 0
  s += table.p2p.get(p2?.pos ?? '<none>') ?? 0
  s += table.n1.get(wordN1) ?? 0
  s += table.n1p.get(posN1) ?? 0
  s += table.n2.get(word(n2)) ?? 0
  s += table.n2p.get(n2?.pos ?? '<none>') ?? 0
  s += lw?.n1.get(wordN1) ?? 0
  s += lw?.n1p.get(posN1) ?? 0
  s += lw?.p1p.get(posP1) ?? 0
  s += lw?.sfx.get(sfx) ?? 0
  if (ctx.markTok[i + 1] !== -1 || ctx.markTok[i + 2] !== -1) {
    s += table.quoteAfter
    s += lw?.q ?? 0
  }
  if (n1?.norm === 'that') s += lw?.that ?? 0
  if (n1?.norm === ',') s += table.commaAfter
  if (p1?.norm === ',') {
    s += table.commaBefore
    s += lw?.commaBefore ?? 0
  }
  if (n1?.norm === 'to' && (n2?.pos === 'VERB' || n2?.pos === 'AUX')) s += lw?.inf ?? 0
  const subject = p1 !== undefined && (p1.pos === 'PROPN' || SUBJECT_PRONOUNS.has(p1.norm))
  const be = p1 !== undefined && BE.has(p1.norm)
  const det = p1?.pos === 'DET' || p1?.pos === 'ADJ'
  const place =
    i === clause.from ? table.sentenceFirst : i - clause.from <= 3 ? table.sentenceEarly : 0
  const late = clause.to - i <= 3 ? table.sentenceLate : 0
  if (below > Number.NEGATIVE_INFINITY) {
    // The most the features left can add: those known now, and the two costly ones if positive.
    let most = Math.max(0, table.clauseAfter + (lw?.clause ?? 0))
    if (subject) most += table.subjectBefore + (lw?.subject ?? 0)
    if (be) most += table.beBefore + (lw?.be ?? 0)
    if (det) most += lw?.det ?? 0
    most += place + late + Math.max(0, table.lexicon + (lw?.lexicon ?? 0))
    if (s + most < below - ROUNDING) return Number.NEGATIVE_INFINITY
  }
  if (clauseStarts(ctx, i + 1, clause.to)) {
    s += table.clauseAfter
    s += lw?.clause ?? 0
  }
  if (subject) {
    s += table.subjectBefore
    s += lw?.subject ?? 0
  }
  if (be) {
    s += table.beBefore
    s += lw?.be ?? 0
  }
  if (det) s += lw?.det ?? 0
  if (i === clause.from) s += table.sentenceFirst
  else if (i - clause.from <= 3) s += table.sentenceEarly
  if (clause.to - i <= 3) s += table.sentenceLate
  if (isReportingCue(ctx, i)) {
    s += table.lexicon
    s += lw?.lexicon ?? 0
  }
  return s
}
