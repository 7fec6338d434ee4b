import type { Token } from '../core/doc.js'
import { MATERIAL_ACT_VERBS } from '../events/data/lexicon.js'
import {
  clauseAround,
  type Draft,
  endsClause,
  isAccording,
  isCue,
  type QuoteContext,
} from './context.js'
import { CLAIM_CUES } from './data/cues.js'
import { NP_OPENERS, OBJECT_PRONOUNS, TIME_WORDS } from './data/grammar.js'
import { nounClauseEnd } from './extent.js'
import {
  actEnd,
  clauseStarts,
  contentEnd,
  coordinationEnd,
  draft,
  infinitiveAt,
  isNegated,
  isPassive,
} from './indirect.js'
import { npAfter, ownerOf, possessorOf, purposeSubject, subjectOf, type TokRange } from './np.js'

/** Prepositions that belong to a cue when they follow it ("warned against", "called for"). */
const CUE_PREPOSITIONS = new Set(['for', 'against', 'about', 'on', 'of', 'over', 'with'])
/** Prepositions that belong to a cue other than a verb of saying ("pointed to", "balked at"). */
const LINK_PREPOSITIONS = new Set(['at', 'to', 'from', 'toward', 'towards'])
/** Adverb particles before a cue's preposition ("doubled down on", "lashed out at"). */
const PHRASAL_ADVERBS = new Set(['down', 'up', 'out', 'back', 'away', 'off'])
const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who'])

/**
 * Reported speech around a cue the learned detector found (a verb the rule lexicons do not
 * know, or know in another use: "attacked Novak", "urges members to watch the ballot
 * boxes", "Polls show a tight contest"). A cascade over what follows the cue:
 * 1. "that", a wh-word or a clause: the clause, as for a verb of saying;
 * 2. an infinitive or a noun phrase (a pronoun, a name): it and what hangs on it, up to a clause
 *    of its own; for a verb of saying, only a noun phrase a determiner opens ("tweeted her
 *    thanks", not "told reporters").
 * Content with quotation marks in it is left to the rules (partial quotes), and so are requests
 * ("urged Congress to act") and negated cues ("asked not to be quoted").
 * The speaker is the cue's subject; without one (or with a passive or negated cue) there is no
 * quote: never a guess.
 */
export function readLearned(ctx: QuoteContext, v: number): Draft | null {
  const { toks, text } = ctx
  const clause = clauseAround(ctx, v)
  const hi = clause.to
  if (isPassive(ctx, v) || isNegated(ctx, v)) return null
  // "Russia withdrew its troops from Kherson": a verb of a material act reports no statement.
  if (MATERIAL_ACT_VERBS.has((toks[v] as Token).lemma) || signsAnAct(toks, v, hi)) return null
  // A noun's speaker is who holds it ("his criticism of", "voiced concerns about").
  const noun = (toks[v] as Token).pos === 'NOUN'
  // "appreciation for the United States' support of Ukraine": a noun phrase inside a
  // prepositional phrase is part of the phrase that holds it, no statement of its own.
  if (noun && possessedInPhrase(ctx, v, clause.from)) return null
  const subject =
    (noun ? ownerOf(toks, text, v, clause.from) : null) ?? subjectOf(toks, text, v, clause.from)
  // "went on the radio to talk about taxes": a purpose infinitive's speaker is the clause's.
  const purpose = subject ? null : purposeSubject(toks, text, v - 1, clause.from)
  const speaker = subject ?? purpose
  // "what Trump deemed too much aid": a free relative's verb qualifies a noun phrase of the
  // sentence; it reports no statement.
  if (!speaker || toks[speaker.from - 1]?.norm === 'what') return null
  let i = v + 1
  // A particle of a phrasal cue goes with it ("lay out", "warned against"); the prepositions of
  // LINK_PREPOSITIONS too, except after a verb of saying, where they are adjuncts ("said at the
  // time", "talked to her"): "pointed to", "balked at", "doubled down on", "lashed out at".
  const phrasal = !isAccording(ctx, v) && !isCue(ctx, v, ['speech'])
  const prep = (k: number) => {
    const t = toks[k]
    if (t?.pos !== 'ADP') return false
    if (CUE_PREPOSITIONS.has(t.norm)) return true
    return phrasal && LINK_PREPOSITIONS.has(t.norm) && !infinitiveAt(ctx, k, hi)
  }
  if (phrasal && PHRASAL_ADVERBS.has(toks[i]?.norm ?? '') && prep(i + 1)) i += 2
  else if (prep(i)) i++
  else if (toks[i]?.pos === 'PART' && !/^(to|not|n't|n’t)$/.test((toks[i] as Token).norm)) i++
  const cue: TokRange = { from: v, to: i }
  while (i < hi && (toks[i] as Token).pos === 'ADV') {
    // "asked not to be quoted": a negated act says nothing.
    if (/^(not|never|n't|n’t)$/.test((toks[i] as Token).norm)) return null
    i++
  }
  const n = toks[i]
  if (!n || i >= hi || endsClause(ctx, i) || ctx.inMark[i] !== -1) return null
  // "his criticism of the president grew sharper": a noun before the main verb has a complement
  // that ends where that verb comes in.
  let end = hi
  if (noun && !toks.slice(clause.from, v).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
    // after a preposition ("criticism of the president grew") no clause of its own starts
    const clauseOwn =
      cue.to === v + 1 && (n.norm === 'that' || WH.has(n.norm) || clauseStarts(ctx, i, hi))
    end = nounClauseEnd(ctx, i, hi, clauseOwn ? 1 : 0)
  }
  const d = complement(ctx, v, i, end, speaker, cue, clause, purpose !== null)
  // Quoted words inside are read by the rules (a partial quote of a cue they know).
  if (!d || hasMark(ctx, i, d.end)) return null
  return d
}

/** Documents whose signing is a statement ("signed a letter saying", "signed a pledge to"). */
const SIGNED_STATEMENTS = new Set([
  'letter',
  'petition',
  'pledge',
  'statement',
  'declaration',
  'appeal',
  'op-ed',
])

/**
 * "Finland and Estonia signed an agreement to build a cable": signing anything but a statement
 * (an agreement, a treaty, a deal, a bill) is an act, not a report of what someone said. True
 * for the verb "sign" whose first noun after it is not a statement's.
 */
function signsAnAct(toks: readonly Token[], v: number, hi: number): boolean {
  if ((toks[v] as Token).lemma !== 'sign' || (toks[v] as Token).pos !== 'VERB') return false
  for (let i = v + 1; i < Math.min(hi, v + 5); i++) {
    const t = toks[i] as Token
    if (t.pos === 'NOUN') return !SIGNED_STATEMENTS.has(t.lemma)
  }
  return false
}

/**
 * True when the noun at `v` has a possessor inside a prepositional phrase ("appreciation for the
 * United States' support of Ukraine").
 */
function possessedInPhrase(ctx: QuoteContext, v: number, lo: number): boolean {
  const own = possessorOf(ctx.toks, ctx.text, v, lo)
  return own !== null && ctx.toks[own.from - 1]?.pos === 'ADP'
}

function hasMark(ctx: QuoteContext, from: number, end: number): boolean {
  for (let k = from; k < ctx.toks.length && (ctx.toks[k] as Token).start < end; k++) {
    if (ctx.markTok[k] !== -1) return true
  }
  return false
}

/** The content after the learned cue at `v`, starting at token `i` (see {@link readLearned}). */
function complement(
  ctx: QuoteContext,
  v: number,
  i: number,
  hi: number,
  speaker: TokRange,
  cue: TokRange,
  clause: TokRange,
  purpose: boolean,
): Draft | null {
  const { toks, text } = ctx
  const n = toks[i] as Token
  if (n.norm === 'that' || WH.has(n.norm) || clauseStarts(ctx, i, hi)) {
    const end = coordinationEnd(ctx, v, i, contentEnd(ctx, i, hi))
    return draft(ctx, i, end, speaker, cue, clause)
  }
  // A verb of saying whose object is a bare noun, a name or a pronoun names the act or its
  // addressee ("reiterated appreciation for ...", "told reporters", "asked him"): the seed's
  // convention. With a determiner the object is what was said ("tweeted her thanks",
  // "reiterated his anger over ..."). Other lexicon cues (acts, stances: "endorsing John
  // Kasich", "pointed to Cruz's capabilities") are read here when the rules found no reading.
  if (isCue(ctx, v, ['speech']) && !NP_OPENERS.has(n.norm)) return null
  // "to show signs of", "forced him to discuss their ideas": an infinitive's object reports an
  // intention or an obligation, not a statement; a purpose infinitive's reports what was done
  // ("went on the radio to talk about taxes").
  if (toks[v - 1]?.norm === 'to' && !purpose) return null
  const pronoun = OBJECT_PRONOUNS.has(n.norm) && n.pos === 'PRON'
  const np = pronoun ? { from: i, to: i + 1 } : npAfter(toks, text, i, hi)
  // "urged Congress to act": a request made of someone else is an event, not a quote (the
  // convention of the rules, see INFINITIVE_CUES).
  if (np && infinitiveAt(ctx, np.to, hi)) return null
  // "laid the blame on Biden": a claim named by its noun is an act, as the rules read a claim
  // cue with a bare object.
  for (let k = np?.from ?? i; k < (np?.to ?? i); k++) {
    if (CLAIM_CUES.has((toks[k] as Token).lemma) && (toks[k] as Token).pos === 'NOUN') return null
  }
  // "spoke on Sunday": a day is when, not what.
  if (np && np.to - np.from === 1 && TIME_WORDS.has((toks[np.from] as Token).norm)) return null
  if (infinitiveAt(ctx, i, hi) || np) {
    const end = actEnd(ctx, i, contentEnd(ctx, i, hi))
    const one = end === i + 1 && /^(PROPN|NOUN|PRON)$/.test(n.pos)
    return draft(ctx, i, end, speaker, cue, clause, one ? 1 : 2)
  }
  return null
}
