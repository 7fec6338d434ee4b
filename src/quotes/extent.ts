/**
 * Where the content of reported speech ends: the extent of a reported clause ("said (that) ..."),
 * of a speech act's object ("announced his resignation") and of a clause coordinated with the
 * cue. One concern: boundaries. The readers (indirect.ts, frames.ts, learned.ts) find where a
 * content starts and who speaks; they ask here where it stops.
 */
import type { Token } from '../core/doc.js'
import { endsClause, isAccording, isCue, isReportingCue, type QuoteContext } from './context.js'
import { SUBJECT_PRONOUNS } from './data/grammar.js'
import { npAfter } from './np.js'

/** Participles that go on with the attribution after a comma (", adding that ..."). */
const GERUND_CUES =
  /^(adding|saying|noting|arguing|claiming|explaining|insisting|warning|citing|calling)$/

/**
 * True when token `i` is a participle that goes on with an attribution (", adding that ...",
 * ", citing ..."): a reported clause ends before it ({@link contentEnd}); the first test of
 * {@link participleAt}.
 */
export function gerundCueAt(ctx: QuoteContext, i: number): boolean {
  const t = ctx.toks[i]
  return t !== undefined && GERUND_CUES.test(t.norm)
}

/**
 * True when token `i` is a participle opening an adjunct ("adding", "speaking on condition of
 * anonymity because ..."), not a gerund subject whose verb follows ("replacing the board would take").
 * After a closing attribution (", Lenz said, speaking ...") any such adjunct is the
 * attribution's; {@link contentEnd} asks only {@link gerundCueAt}, as an adjunct inside reported
 * content is mostly the source's (asking this there lowers the quotes dev figures).
 */
export function participleAt(ctx: QuoteContext, i: number, hi: number): boolean {
  if (gerundCueAt(ctx, i)) return true
  const t = ctx.toks[i]
  if (t === undefined || t.pos !== 'VERB' || !/ing$/.test(t.norm)) return false
  for (let k = i + 1; k < hi; k++) {
    const x = ctx.toks[k] as Token
    if (x.pos === 'PUNCT' || x.pos === 'SCONJ' || /^(that|who|which)$/.test(x.norm)) return true
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed|en)$/.test(x.norm))) return false
  }
  return true
}

/** True when a clause starts at `i`: a subject (pronoun or noun phrase) right before a verb. */
export function clauseStarts(ctx: QuoteContext, i: number, hi: number): boolean {
  return clauseVerb(ctx, i, hi) !== -1
}

/** The verb of a clause starting at `i` (a subject right before it), else -1. */
function clauseVerb(ctx: QuoteContext, i: number, hi: number): number {
  const { toks, text } = ctx
  const t = toks[i]
  if (!t || i >= hi) return -1
  let j: number
  if (t.pos === 'PRON' || SUBJECT_PRONOUNS.has(t.norm) || t.norm === 'there') {
    if (!SUBJECT_PRONOUNS.has(t.norm) && t.norm !== 'there' && t.norm !== 'this') return -1
    j = i + 1
  } else {
    const np = npAfter(toks, text, i, hi)
    if (!np) return -1
    j = np.to
  }
  while (j < hi && (toks[j] as Token).pos === 'ADV') j++
  // "did not say", "has repeatedly asked": the auxiliaries before the verb.
  const v = toks[j]
  return v !== undefined && j < hi && (v.pos === 'VERB' || v.pos === 'AUX') ? j : -1
}

/**
 * The verb of a new clause starting at `i` (after a comma or a conjunction), else -1. A word in
 * -ing opens a participle, not a clause, even when the tagger reads it as a noun (", voicing/NOUN
 * hopes/VERB for ...").
 */
function newClauseVerb(ctx: QuoteContext, i: number, hi: number): number {
  const t = ctx.toks[i]
  if (!t || (t.pos !== 'PROPN' && t.norm.endsWith('ing'))) return -1
  return clauseVerb(ctx, i, hi)
}

/**
 * True when another attribution starts at `i` ("but Brody did not say why", "and Varga said
 * ..."): a clause whose verb, past its auxiliaries and adverbs, is a reporting cue.
 */
function attributionStarts(ctx: QuoteContext, i: number, hi: number): boolean {
  let v = newClauseVerb(ctx, i, hi)
  if (v === -1) return false
  while (v + 1 < hi && /^(AUX|ADV|PART)$/.test((ctx.toks[v] as Token).pos)) v++
  return isReportingCue(ctx, v)
}

const ACT_ADJUNCTS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'because',
  'despite',
  'during',
  'until',
  'at',
])

/** Words that open a subordinate clause ("Although ...", "As ...", "Despite ..."). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'although',
  'though',
  'while',
  'because',
  'if',
  'when',
  'after',
  'since',
  'before',
  'once',
  'unless',
  'whereas',
  'even',
  'despite',
])

/** True when a line break separates token `j` from the token before it. */
function lineBreakBefore(ctx: QuoteContext, j: number): boolean {
  const prev = ctx.toks[j - 1]
  const t = ctx.toks[j]
  return prev !== undefined && t !== undefined && ctx.text.slice(prev.end, t.start).includes('\n')
}

/**
 * True when the sentence holding token `i` opens with a subordinator before `i` ("Although he
 * said that ..."): a content starting at `i` sits in that subordinate clause.
 */
function opensSubordinate(ctx: QuoteContext, i: number): boolean {
  let s = i
  // Sentences are rarely longer than 80 tokens: the bound keeps the walk cheap.
  while (s > 0 && i - s < 80 && !endsClause(ctx, s - 1) && !lineBreakBefore(ctx, s)) s--
  return s < i && SUBORDINATORS.has((ctx.toks[s] as Token).norm)
}

/** Where the reported clause starting at `i` ends (exclusive token index). */
export function contentEnd(ctx: QuoteContext, i: number, hi: number): number {
  const { toks } = ctx
  // "Though he said that X, Y did ...": reported inside a subordinate clause, the content ends
  // where the main clause comes in; a subordinate clause of its own in the content ("said that
  // if elected, he would ...") keeps the comma inside.
  let subordinate = opensSubordinate(ctx, i)
  let j = i
  while (j < hi) {
    const t = toks[j] as Token
    if (ctx.inMark[j] === -1 && ctx.markTok[j] === -1) {
      if (t.norm === ';' || (t.pos === 'PUNCT' && /^[.?!]+$/.test(t.norm))) break
      // A line break ends a headline or a paragraph the reader did not split.
      if (j > i && lineBreakBefore(ctx, j)) break
      if (j > i && SUBORDINATORS.has(t.norm)) subordinate = false
      if (j > i && t.pos === 'CCONJ' && attributionStarts(ctx, j + 1, hi)) break
      if (t.norm === ',') {
        const n = toks[j + 1]
        if (subordinate && newClauseVerb(ctx, j + 1, hi) !== -1) break
        // ", compared with 40 percent a year ago": the writer's comparison, not the source's.
        if (n?.norm === 'compared') break
        if (attributionStarts(ctx, n?.pos === 'CCONJ' ? j + 2 : j + 1, hi)) break
        if (n && /^(while)$/.test(n.norm)) break
        if (n && (gerundCueAt(ctx, j + 1) || isAccording(ctx, j + 1))) break
        // ", he said." closing the sentence: a parenthetical attribution, not content.
        if (n && SUBJECT_PRONOUNS.has(n.norm) && isCue(ctx, j + 2, ['speech'])) break
        // ", said one candidate", ", and added that": the next attribution.
        if (n && isCue(ctx, j + 1, ['speech'])) break
        if (
          n?.pos === 'CCONJ' &&
          (isCue(ctx, j + 2, ['speech']) || isCue(ctx, j + 3, ['speech']))
        ) {
          break
        }
      }
    }
    if (endsClause(ctx, j)) {
      j++
      break
    }
    j++
  }
  // Leave the final full stop out (PolNeAR's convention) but keep a closing quotation mark.
  while (j > i && /^[.,;:!?]$/.test((toks[j - 1] as Token).norm) && ctx.inMark[j - 1] === -1) j--
  return j
}

/**
 * Where the content of a speech act or attitude (a noun phrase or an infinitive) ends: before a
 * clause of its own joins in (", while about 3 in 10 prefer ...", "and waved to the crowd").
 */
export function actEnd(ctx: QuoteContext, i: number, end: number): number {
  const { toks } = ctx
  for (let j = i + 1; j < end; j++) {
    if (ctx.inMark[j] !== -1 || ctx.markTok[j] !== -1) continue
    const t = toks[j] as Token
    const n = toks[j + 1]
    if (
      t.norm === ',' &&
      n &&
      (/^(while|but|although|though|who|which|whereas|as|because)$/.test(n.norm) ||
        newClauseVerb(ctx, j + 1, end) !== -1)
    )
      return j
    // "praised Okafor during a radio phone-in", "mentioned her when ...": an adjunct of the act.
    if (ACT_ADJUNCTS.has(t.norm) && toks[j - 1]?.pos !== 'ADP')
      return toks[j - 1]?.norm === ',' ? j - 1 : j
    if (
      t.pos === 'CCONJ' &&
      n &&
      (n.pos === 'AUX' || (n.pos === 'VERB' && !n.norm.endsWith('ing')))
    ) {
      return toks[j - 1]?.norm === ',' ? j - 1 : j
    }
  }
  return end
}

/**
 * Where a reported clause ends before a verb coordinated with the cue ("said she respects him and
 * thanked the crowd", "denies that the dam leaks and points to the new survey"): "and"
 * or "but", then a verb in the cue's own tense (-ed after -ed, -s after -s).
 */
export function coordinationEnd(ctx: QuoteContext, v: number, i: number, end: number): number {
  const { toks } = ctx
  const cue = toks[v] as Token
  const form =
    /ed$/.test(cue.norm) || cue.norm === 'said' || cue.norm === 'told'
      ? 'ed'
      : /s$/.test(cue.norm)
        ? 's'
        : ''
  if (!form) return end
  for (let j = i + 1; j < end - 1; j++) {
    if (ctx.inMark[j] !== -1 || ctx.markTok[j] !== -1) continue
    const t = toks[j] as Token
    const n = toks[j + 1] as Token
    if (t.pos !== 'CCONJ' || n.pos !== 'VERB') continue
    const past = n.lemma !== n.norm && !/(ing|s)$/.test(n.norm)
    const same = form === 'ed' ? past : /[^s]s$/.test(n.norm)
    if (same) return toks[j - 1]?.norm === ',' ? j - 1 : j
  }
  return end
}

/** Parts of speech that go on a phrase ("no one", "so many", "yes votes"). */
const PHRASE_GOES_ON = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM', 'VERB', 'AUX'])

/**
 * Where a one-word answer ends ("said yes, but ...", "said so at the first hearing"): the word
 * alone, unless a phrase goes on from it ("said no one would ...").
 */
export function answerEnd(ctx: QuoteContext, i: number, end: number): number {
  const n = ctx.toks[i + 1]
  return n && i + 1 < end && PHRASE_GOES_ON.has(n.pos) ? end : Math.min(end, i + 1)
}

/**
 * Where a content told before its attribution starts, given the sentence's start `lo` and the
 * content's end: after the last line break (a label line before it: "João Silva, 62"). An opening
 * phrase set off by a comma stays: PolNeAR keeps settings ("In 2014, ...") and drops discourse
 * connectives ("In fact, ..."), and a rule cutting at the comma lost more than it won on train.
 */
export function contentStart(ctx: QuoteContext, lo: number, end: number): number {
  let from = lo
  for (let j = lo + 1; j < end; j++) if (lineBreakBefore(ctx, j)) from = j
  return from
}

/** Words that open a clause inside a noun's complement ("the claim that ... who ..."). */
const CLAUSE_OPENERS = new Set([
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

/** An auxiliary, or a verb with a tense ending ("surprised", "angers"), not a bare infinitive. */
const tensed = (t: Token) => t.pos === 'AUX' || /(?:ed|s)$/.test(t.norm)

/**
 * Where a noun's complement ends ("the claim that he can win | would depend on ...", "his
 * criticism of the president | grew sharper"): at a comma, or where the main clause's verb
 * follows a noun phrase or, tensed, the complement's own verb ("that the vote was rigged |
 * angered"), unless a clause opened inside. `ownVerbs` is how many finite verbs the complement
 * has of its own: 1 for a that-clause, 0 for a phrase or an infinitive.
 */
export function nounClauseEnd(ctx: QuoteContext, i: number, end: number, ownVerbs: number): number {
  const { toks } = ctx
  let verbs = 0
  let open = false
  for (let j = i + 1; j < end; j++) {
    if (ctx.inMark[j] !== -1 || ctx.markTok[j] !== -1) continue
    const x = toks[j] as Token
    const prev = toks[j - 1] as Token
    if (x.norm === ',') return j
    if (CLAUSE_OPENERS.has(x.norm)) open = true
    const finite = x.pos === 'AUX' || (x.pos === 'VERB' && !x.norm.endsWith('ing'))
    if (!finite || prev.norm === 'to' || prev.pos === 'AUX') continue
    if (verbs >= ownVerbs && !open && /^(NOUN|PROPN|PRON|NUM)$/.test(prev.pos)) return j
    // "that the vote was rigged | angered the judges": a tensed verb right after the
    // complement's own verb is the main clause's (not "helped build").
    if (verbs >= 1 && verbs >= ownVerbs && !open && prev.pos === 'VERB' && tensed(x)) return j
    verbs++
  }
  return end
}
