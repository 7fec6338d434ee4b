import type { Token } from '../core/doc.js'
import type { EventStatus } from '../core/schema.js'
import type { Sent } from './clause.js'
import {
  CONDITIONAL,
  CONTROL_STATUS,
  FUTURE,
  HABITUAL,
  HYPOTHETICAL,
  NEGATION,
  ONGOING,
  REPORTING_VERBS,
} from './data/cues.js'

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", "'m", 'am'])
/** Nouns that report an act as decided or done: "the decision to suspend talks", "the move to". */
const DECIDED_NOUNS = new Set(['decision', 'move', 'vote', 'order', 'ruling', 'step'])
const EVIDENTIAL = new Set(['seem', 'appear', 'prove', 'happen', 'tend'])
const ASPECTUAL = new Set(['resume', 'continue', 'begin', 'start', 'keep'])
const INTENT = new Set(['willing', 'ready', 'prepared', 'plan', 'intend', 'decide'])
const PLANNED_ADJ = new Set([
  'planned',
  'upcoming',
  'proposed',
  'future',
  'scheduled',
  'expected',
  'possible',
  'potential',
])

/** Why a status was chosen: `future` and `would` decide the recoding of a future act. */
export interface StatusReading {
  readonly status: EventStatus
  /** A modal or `will` future on the verb itself ("will visit", "said it would boycott"). */
  readonly modalFuture: boolean
  /** "will not", "would not": a refusal when the actor is the subject. */
  readonly futureNegated: boolean
  /** The lemma of a controlling verb of the `to` complement ("plans to visit" → plan), if any. */
  readonly control?: string | null
}

/**
 * The status of the event whose verb group ends at token `v` (the trigger verb, or the light verb
 * of a noun trigger). Reads, in order: a conditional clause (`if`, `unless`) → hypothetical;
 * negation (`not`, `never`, `has yet to`) → negated; a habitual adverb → habitual; `will`, `going
 * to`, `is to`, `plans to`, reported `would` → planned; other modals → hypothetical; a progressive
 * or `still` → ongoing; else happened.
 *
 * @example
 * statusAt(sent, indexOf('criticized')) // "Novak has repeatedly criticized ..." → habitual
 */
export function statusAt(s: Sent, v: number): StatusReading {
  const toks = s.toks
  const group: Token[] = []
  let control: string | null = null
  let i = v - 1
  // the verb group: auxiliaries, adverbs, negation, and a `to` complement's controlling verb
  while (i >= s.lo) {
    const t = toks[i] as Token
    // "prepared to resume shelling": an aspectual verb passes the group on
    if (
      i === v - 1 &&
      t.pos === 'VERB' &&
      ASPECTUAL.has(t.lemma) &&
      (s.toks[v] as Token).norm.endsWith('ing')
    ) {
      i--
      continue
    }
    if (t.norm === 'to' && (toks[i + 1] as Token).pos !== 'PROPN') {
      const c = toks[i - 1]
      // "it was wrong to deny ...": an extraposed infinitive is a judgement, not an act
      if (c && c.pos === 'ADJ' && extraposed(s, i - 1))
        return { status: 'hypothetical', modalFuture: false, futureNegated: false, control }
      // the controlling verb, before any time expression ("failed on Wednesday to agree")
      const ci = beforeTime(s, i - 1)
      const cv = toks[ci]
      if (cv && CONTROL_STATUS[cv.lemma] !== undefined && control === null) {
        control = cv.lemma
        group.push(t)
        i = ci - 1
        continue
      }
      if (c && (c.norm === 'going' || c.lemma === 'be' || c.norm === 'yet')) {
        group.push(t)
        i--
        continue
      }
    }
    if (
      t.pos === 'AUX' ||
      t.pos === 'ADV' ||
      t.pos === 'PART' ||
      NEGATION.has(t.norm) ||
      t.norm === 'yet'
    ) {
      group.push(t)
      i--
      continue
    }
    break
  }
  const after = toks[v + 1]
  const words = new Set(group.map((t) => t.norm))
  const vt = toks[v] as Token
  // a condition before the event, in its clause or fronted ("If the talks fail, the union will strike")
  let conditional = false
  for (let j = s.lo; j < v; j++) if (CONDITIONAL.has((toks[j] as Token).norm)) conditional = true
  const negated =
    [...words].some((w) => NEGATION.has(w)) ||
    (words.has('yet') && words.has('to')) ||
    (control !== null && CONTROL_STATUS[control] === 'negated')
  const futureAux = [...words].some((w) => FUTURE.has(w)) || (words.has('going') && words.has('to'))
  const would = words.has('would') || words.has("'d")
  const reported = would && reportedBefore(s, v)
  if (conditional)
    return { status: 'hypothetical', modalFuture: false, futureNegated: false, control }
  if (negated)
    return {
      status: 'negated',
      modalFuture: futureAux || reported,
      futureNegated: futureAux || reported,
      control,
    }
  if ([...words].some((w) => HABITUAL.has(w)) || (after !== undefined && HABITUAL.has(after.norm)))
    return { status: 'habitual', modalFuture: false, futureNegated: false, control }
  if (futureAux || reported)
    return { status: 'planned', modalFuture: true, futureNegated: false, control }
  const cs = control === null ? undefined : CONTROL_STATUS[control]
  // "is willing to withdraw", "plans to visit": the subject's stated intent
  if (cs === 'planned')
    return {
      status: 'planned',
      modalFuture: control !== null && INTENT.has(control),
      futureNegated: false,
      control,
    }
  if ([...words].some((w) => BE.has(w)) && words.has('to') && control === null)
    return { status: 'planned', modalFuture: false, futureNegated: false, control }
  // "working to extend the truce", "talks are under way to free more hostages", "a deal to
  // release prisoners": an infinitive of purpose is intended, not done
  if (
    words.has('to') &&
    control === null &&
    !['have', 'has', 'had'].some((w) => words.has(w)) &&
    purposeBefore(s, i)
  )
    return { status: 'planned', modalFuture: false, futureNegated: false, control }
  if ([...words].some((w) => HYPOTHETICAL.has(w)) || cs === 'hypothetical')
    return { status: 'hypothetical', modalFuture: false, futureNegated: false, control }
  if (
    (vt.norm.endsWith('ing') && [...words].some((w) => BE.has(w))) ||
    [...words].some((w) => ONGOING.has(w) && w !== 'now') ||
    cs === 'ongoing'
  )
    return { status: 'ongoing', modalFuture: false, futureNegated: false, control }
  return { status: 'happened', modalFuture: false, futureNegated: false, control }
}

/**
 * The index before the time expression (and its preposition) that ends at token `j` ("on
 * Wednesday", "last week"); `j` itself when token `j` is no time word.
 */
function beforeTime(s: Sent, j: number): number {
  let k = j
  while (k >= s.lo && s.isTime(k)) k--
  if (k === j) return j
  const p = s.toks[k]
  return p && p.pos === 'ADP' ? k - 1 : k
}

/**
 * True when the word at `i`, just before an infinitive's verb group, makes it one of purpose: a
 * noun or an -ing verb of effort, not a word of evidence or report ("a report to ...", "appearing
 * to"), nor "the first to" (a record, told as done).
 */
function purposeBefore(s: Sent, i: number): boolean {
  const t = s.toks[i]
  if (!t || i < s.lo || EVIDENTIAL.has(t.lemma) || REPORTING_VERBS.has(t.lemma)) return false
  for (let j = i; j >= s.lo && j > i - 3; j--) {
    if (/^(first|last|only|second|third)$/.test((s.toks[j] as Token).norm)) return false
  }
  // "a deal to free", "under way to extend", "working to extend"; not "called Zelensky to
  // congratulate him", whose purpose the call fulfilled, nor "the decision to suspend talks",
  // which reports the act as decided
  if (t.pos === 'NOUN') return !DECIDED_NOUNS.has(t.lemma)
  return t.pos === 'VERB' && t.norm.endsWith('ing')
}

/** "it was wrong and dangerous [to ...]": expletive `it` and a form of `be` before the adjective at `a`. */
function extraposed(s: Sent, a: number): boolean {
  for (let j = a - 1; j >= s.lo && j >= a - 5; j--) {
    const t = s.toks[j] as Token
    if (BE.has(t.norm)) return s.toks[j - 1]?.norm === 'it'
    if (t.pos !== 'ADJ' && t.pos !== 'CCONJ' && t.pos !== 'ADV' && t.norm !== ',') return false
  }
  return false
}

const CANCEL = new Set([
  'cancel',
  'scrap',
  'shelve',
  'postpone',
  'abandon',
  'scrub',
  'axe',
  'delay',
])
const CANCEL_PARTICLE = new Set(['call', 'put'])

/** A verb of cancelling at `j`: "cancelled", "scrapped", "called off", "put off". */
function cancelsAt(s: Sent, j: number): boolean {
  const t = s.toks[j]
  if (!t || j >= s.hi) return false
  if (CANCEL.has(t.lemma) || CANCEL.has(t.norm.replace(/l?ed$/, ''))) return true
  return CANCEL_PARTICLE.has(t.lemma) && s.toks[j + 1]?.norm === 'off'
}

/**
 * The verb that calls off the event noun at tokens `[first, last]`, or -1: "the signing was called
 * off", "a planned summit has been postponed" (after the event), "Trump cancelled the visit"
 * (before it). A cancelled event did not take place: its status is negated.
 */
export function cancelledBy(s: Sent, first: number, last: number): number {
  // the event is the subject: "... was called off" within its clause
  for (let j = last + 1; j < s.hi && j <= last + 10; j++) {
    const t = s.toks[j] as Token
    if (BE.has(t.norm) || t.norm === 'has' || t.norm === 'have') {
      let k = j + 1
      while (k < s.hi && ((s.toks[k] as Token).pos === 'ADV' || BE.has((s.toks[k] as Token).norm)))
        k++
      return cancelsAt(s, k) ? k : -1
    }
    if (t.pos === 'VERB' || t.norm === ',' || t.norm === ';') break
  }
  // the event is the object: "cancelled the visit", "called off the planned signing"
  for (let j = first - 1; j >= s.lo && j >= first - 5; j--) {
    const t = s.toks[j] as Token
    if (t.pos === 'VERB' || t.norm === 'off') {
      const v = t.norm === 'off' ? j - 1 : j
      return cancelsAt(s, v) ? v : -1
    }
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(t.pos)) return -1
  }
  return -1
}

/** True when an adjective before the noun at `n` marks it as planned ("the upcoming summit"). */
export function plannedNoun(s: Sent, n: number): boolean {
  for (let j = n - 1; j >= s.lo && j >= n - 3; j--) {
    const t = s.toks[j] as Token
    if (PLANNED_ADJ.has(t.norm) || t.norm === 'next') return true
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'VERB') break
  }
  return false
}

/** Nouns that fix when an event is to happen: "the date for the talks". */
const SCHEDULE_NOUNS = new Set(['date', 'time', 'timetable', 'timeline', 'schedule', 'venue'])

/**
 * True when the event noun at `n` is what a date or timetable is (or is not yet) fixed for: "no
 * firm date was fixed for a summit between ...", "a date is still to be agreed for the visit",
 * "the two sides agreed a timetable for talks". A meeting still to be scheduled has not taken place.
 */
export function scheduledFor(s: Sent, n: number): boolean {
  let j = n - 1
  while (
    j >= s.lo &&
    j >= n - 4 &&
    /^(DET|ADJ|NUM|NOUN|PROPN|PART)$/.test((s.toks[j] as Token).pos)
  )
    j--
  if (s.toks[j]?.norm !== 'for' || j < s.lo) return false
  let verbs = 0
  for (let k = j - 1; k >= s.lo && k >= j - 7; k--) {
    const t = s.toks[k] as Token
    if (t.pos === 'NOUN') return SCHEDULE_NOUNS.has(t.lemma)
    if (t.pos === 'VERB' && ++verbs > 1) return false
    if (!/^(AUX|ADV|PART|VERB)$/.test(t.pos)) return false
  }
  return false
}

/** True when a reporting verb precedes `v` in the sentence ("said they would boycott"). */
export function reportedBefore(s: Sent, v: number): boolean {
  for (let j = v - 1; j >= s.lo; j--) {
    const t = s.toks[j] as Token
    if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) return true
  }
  return false
}
