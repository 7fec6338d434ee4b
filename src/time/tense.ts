import type { Token } from '../core/doc.js'
import type { Tense } from './candidate.js'

/**
 * The tense around a time expression, from the token layer (wink-nlp's UPOS tags and lemmas):
 * the nearest tense-bearing word decides. "will", "'ll", "shall", "going to" mark the future;
 * a verb whose form is not its lemma, nor its -s or -ing form ("said", "held", "was") marks the
 * past; "has"/"have" + participle counts as past (the present perfect reports what happened);
 * "is", "are" and -s forms mark the present. With no such word (a headline fragment), past.
 */

const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'would'])
// Participles that, before "to", announce what is to come ("is scheduled to reopen Monday").
const PLANNED = new Set([
  'scheduled',
  'expected',
  'set',
  'due',
  'slated',
  'planned',
  'plans',
  'plan',
  'poised',
  'going',
  'planning',
  'preparing',
])
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re'])
// Modals: "can" speaks of the present ("they can now take part in April's summit"); the others
// of what may come ("may resign Friday"), unless a perfect follows ("may have left Friday").
const MODAL_FUTURE = new Set(['may', 'might', 'should', 'must'])
// Parts of speech a finite verb's subject ends on ("talks resume", "they meet").
const SUBJECT = new Set(['NOUN', 'PROPN', 'PRON'])

type Mark = {
  readonly at: number
  readonly tense: Tense
  /** How many clause boundaries precede the mark (its clause's index in the sentence). */
  readonly clause: number
  readonly report?: boolean
}

/** The tense marks of a sentence and where its clauses begin (UTF-16, document text). */
export interface TenseMarks {
  readonly marks: readonly Mark[]
  /** Starts of subordinate clauses ("that", "because", a semicolon), in text order. */
  readonly boundaries: readonly number[]
}

// Verbs that report speech: their tense is the report's, not the reported event's ("Cuba said it
// would rally on Saturday"), so they govern only a date right beside them ("said Friday").
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'announced',
  'reported',
  'stated',
  'predicted',
  'warned',
])

// Verbs whose past form is their base form: alone they read as past in news copy ("set Friday").
const SAME_PAST = new Set([
  'set',
  'read',
  'put',
  'hit',
  'cut',
  'let',
  'quit',
  'spread',
  'cast',
  'cost',
  'hurt',
  'shut',
  'bet',
  'burst',
  'upset',
  'split',
  'shed',
  'bid',
  'broadcast',
  'forecast',
])

// Words right before a date that point ahead ("effective Feb. 1", "as soon as Tuesday",
// "a deadline of Monday").
const AHEAD_CUE =
  /\b(?:effective|payable|due|until|till|starting|beginning|expires?|expiring|ahead\s+of|as\s+(?:soon|early)\s+as|deadline(?:\s+(?:of|is))?)\s+(?:on\s+)?$/i

// A day something is meant for ("a flood warning for Thursday and Friday", "the vote is
// scheduled for Monday"): the warning, forecast or plan looks ahead.
const MEANT_FOR =
  /\b(?:warnings?|alerts?|forecasts?|scheduled|slated|planned|pencil+ed\s+in|set|due)\b[^.;,]{0,30}?\bfor\s+(?:on\s+)?(?:\p{L}+\s+(?:and|or)\s+)?$/iu

// A past perfect or "previously" near the date: the plan or the span it ends lies before a past
// moment ("had held until Friday", "Until Monday, the club had not named her captain").
const PAST_PERFECT = /\b(?:had|previously)\b/i

/**
 * The tense a date's own surroundings give it, before any verb: a cue ahead of it ("effective",
 * "until", "as soon as", "a warning for") → future; "since" → past; a possessive ("Wednesday's ruling") → past (it names what
 * already happened). Null when there is no such cue. `offset` is relative to `sentence`.
 */
export function cueTense(sentence: string, offset: number): Tense | null {
  const before = sentence.slice(Math.max(0, offset - 24), offset)
  if (AHEAD_CUE.test(before) || MEANT_FOR.test(sentence.slice(Math.max(0, offset - 60), offset))) {
    const around = sentence.slice(Math.max(0, offset - 60), offset + 60)
    return PAST_PERFECT.test(around) ? 'past' : 'future'
  }
  // "since March", "ever since Tuesday": what has already begun.
  if (/\bsince\s+$/i.test(before)) return 'past'
  if (/^[\p{L}.]+['’]s\b/u.test(sentence.slice(offset, offset + 16))) return 'past'
  return null
}

/** The tense marks of one sentence's tokens (offsets UTF-16 into the document text). */
export function tenseMarks(tokens: readonly Token[]): TenseMarks {
  const marks: Mark[] = []
  const boundaries: number[] = []
  const mark = (t: Token, tense: Tense) => {
    const clause = boundaries.length
    marks.push(
      REPORTING.has(t.norm)
        ? { at: t.start, tense, clause, report: true }
        : { at: t.start, tense, clause },
    )
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const norm = t.norm
    const prev = tokens[i - 1]
    if (t.pos === 'SCONJ' || norm === ';') boundaries.push(t.start)
    // "is to resume", "plans to", "scheduled a news conference": what is to come.
    const next = tokens[i + 1]?.norm
    // "had been scheduled to", "previously planned": a plan overtaken, its date gone by.
    const overtaken =
      prev?.norm === 'previously' ||
      prev?.norm === 'had' ||
      (prev?.norm === 'been' && tokens[i - 2]?.norm === 'had')
    const planned =
      PLANNED.has(norm) && (next === 'to' || norm === 'scheduled' || norm === 'planned')
    if (planned && overtaken) {
      mark(t, 'past')
      continue
    }
    // "were planning to drive", "was due to", "were set to learn by February": a plan told in
    // the past, which may have fallen due already: the nearer occurrence (present).
    const after = tokens[i + 2]?.norm
    const plannedPast =
      (norm === 'was' || norm === 'were') &&
      next !== undefined &&
      PLANNED.has(next) &&
      after === 'to'
    // "to be shown on Sunday": a passive infinitive looks ahead of its clause.
    const toBe = norm === 'to' && next === 'be' && tokens[i + 2]?.pos === 'VERB'
    if (plannedPast) {
      mark(t, 'present')
      i++
      continue
    }
    if (planned || toBe || ((norm === 'is' || norm === 'are') && next === 'to')) {
      mark(t, 'future')
      continue
    }
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue
    if (FUTURE.has(norm)) mark(t, 'future')
    else if (norm === 'can') mark(t, 'present')
    else if (MODAL_FUTURE.has(norm)) {
      if (next !== 'have') mark(t, 'future')
    } else if (norm === 'has' || norm === 'have' || norm === 'had') mark(t, 'past')
    else if (PRESENT.has(norm)) mark(t, 'present')
    else if (norm === 'was' || norm === 'were' || norm === 'did') mark(t, 'past')
    else if (norm.endsWith('ing')) continue
    else if (norm !== t.lemma) {
      if (norm === `${t.lemma}s` || norm === `${t.lemma}es` || /ies$/.test(norm)) mark(t, 'present')
      // A participle after "to be"/"has" is part of that verb group ("was held").
      else if (!prev || (prev.pos !== 'AUX' && prev.norm !== 'be' && prev.norm !== 'been'))
        mark(t, 'past')
    } else if (t.pos === 'VERB' && prev && (SUBJECT.has(prev.pos) || prev.pos === 'CCONJ')) {
      // A bare verb right after its subject (or "and"): a plural present ("talks resume Monday"), unless
      // its past is spelt the same ("set", "read"). Elsewhere a bare "verb" is more often a
      // mistagged noun ("enough evidence", "Roe vs. Wade").
      mark(t, SAME_PAST.has(norm) ? 'past' : 'present')
    }
  }
  return { marks, boundaries }
}

function markBetween(marks: readonly Mark[], from: number, to: number): boolean {
  // Marks are in text order: the first mark after `from`, by binary search.
  let lo = 0
  let hi = marks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((marks[mid] as Mark).at <= from) lo = mid + 1
    else hi = mid
  }
  const next = marks[lo]
  return next !== undefined && next.at < to
}

/**
 * The tense of the mark nearest `offset` (UTF-16, document text); `past` when there is none. A
 * mark in another clause than the date ("told reporters on Tuesday that aid might be delayed")
 * counts at twice its distance.
 */
export function tenseNear({ marks, boundaries }: TenseMarks, offset: number): Tense {
  // The clause of the date: boundaries before it, by binary search (sentences can be huge).
  let lo = 0
  let hi = boundaries.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((boundaries[mid] as number) <= offset) lo = mid + 1
    else hi = mid
  }
  const home = lo
  let best: Mark | null = null
  let distance = Number.POSITIVE_INFINITY
  for (const mark of marks) {
    // A future auxiliary governs what follows it in the sentence more than a verb nearby.
    let d = Math.abs(mark.at - offset) * (mark.tense === 'future' && mark.at < offset ? 0.5 : 1)
    if (mark.clause !== home) d *= 2
    // A reporting verb yields to the reported clause's verb unless the date is beside it or
    // follows it with no verb between ("told a press briefing on Tuesday that ...").
    if (
      mark.report &&
      d > 14 &&
      !(mark.at < offset && d <= 40 && !markBetween(marks, mark.at, offset))
    )
      d *= 3
    if (d < distance) {
      distance = d
      best = mark
    }
  }
  return best ? best.tense : 'past'
}
