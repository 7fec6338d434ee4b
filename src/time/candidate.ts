import type { Resolution, TimexType } from '../core/schema.js'
import { addDays, type CalDate, isoWeekday, toDayNumber } from './calendar.js'
import { NUMBER_WORDS, VAGUE_QUANTITIES } from './lexicon.js'

/** The tense that governs a time expression: it decides "on Tuesday" and a bare "May". */
export type Tense = 'past' | 'present' | 'future'

/** What a rule knows about the sentence it reads. */
export interface RuleContext {
  /** The sentence (offsets of candidates are relative to it). */
  readonly text: string
  /** The document date, or null when unknown (then relative values stay underspecified). */
  readonly dct: CalDate | null
  /** The tense nearest a sentence offset (UTF-16). */
  tenseAt(offset: number): Tense
  /** The last quarter the document named ("the third quarter"), which "the quarter" refers to. */
  lastQuarter: { year: number; quarter: number } | null
}

/** What kind of thing a candidate names, for the merges ("Tuesday" + "10 p.m."). */
export type CandidateKind = 'day' | 'clock' | 'other'

/** A time expression found by a rule, offsets relative to the sentence. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly type: TimexType
  readonly value: string
  readonly resolution: Resolution
  readonly kind: CandidateKind
  /** The calendar day of a `day` candidate, when known. */
  readonly day?: CalDate
  /** The clock time `HH:MM` of a `clock` candidate. */
  readonly clock?: string
}

/** A rule: a global regular expression and what a match means (null: not a time expression). */
export interface Rule {
  readonly name: string
  readonly re: RegExp
  /** A cheap test a sentence must pass before `re` runs over it (speed). */
  readonly trigger: RegExp
  make(m: RegExpExecArray, ctx: RuleContext): Candidate | Candidate[] | null
}

/** Alternation of words, longest first, for a regular expression. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
}

/** A count in words or digits: "three", "twenty-four", "14", "2 1/2", "a couple of". */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b|${alternation(Object.keys(NUMBER_WORDS))})(?:\\s+and\\s+a\\s+half)?`

/** A vague count: "several", "a few". */
export const VAGUE = alternation(VAGUE_QUANTITIES)

/** The value of a {@link NUMBER} match; NaN when it is not a number. */
export function numberValue(raw: string): number {
  let s = raw.toLowerCase().replace(/\s+/g, ' ').trim()
  let extra = 0
  if (s.endsWith(' and a half')) {
    extra = 0.5
    s = s.slice(0, -' and a half'.length)
  }
  if (s.endsWith(' 1/2')) {
    extra = 0.5
    s = s.slice(0, -4)
  }
  if (/^\d/.test(s)) return Number(s.replace(/,/g, '')) + extra
  const direct = NUMBER_WORDS[s]
  if (direct !== undefined) return direct + extra
  const parts = s.split(/[-\s]/)
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0] as string]
    const ones = NUMBER_WORDS[parts[1] as string]
    if (tens !== undefined && ones !== undefined) return tens + ones + extra
  }
  return Number.NaN
}

/**
 * The day a weekday names, by the tense of its sentence (the news past bias): past → the latest
 * such day on or before the document date; future and present → the next on or after it. `shift` forces the previous (-1) or next (+1) week ("last/next Tuesday").
 */
export function weekdayDate(dct: CalDate, weekday: number, tense: Tense, shift: number): CalDate {
  const today = isoWeekday(dct)
  const back = (today - weekday + 7) % 7
  const ahead = (weekday - today + 7) % 7
  if (shift < 0) return addDays(dct, back === 0 ? -7 : -back)
  if (shift > 0) return addDays(dct, ahead === 0 ? 7 : ahead)
  if (tense === 'past') return addDays(dct, -back)
  if (tense === 'future') return addDays(dct, ahead)
  return back <= ahead ? addDays(dct, -back) : addDays(dct, ahead)
}

/**
 * The year of a month (and day) given without one. A day ("Nov. 21") takes the nearer of its
 * occurrences before and after the document date, unless the tense says otherwise: a past tense
 * takes the one before unless the one after is within 45 days ("had been due to end Nov. 6"),
 * a future the one after unless the one before is within 7 days. A bare month ("in March") in a
 * past-tense sentence is the last such month unless the next is at most two months away; in a
 * future one the next; otherwise the nearer.
 */
export function yearForMonth(
  dct: CalDate,
  month: number,
  day: number | null,
  tense: Tense,
): number {
  if (day !== null) {
    const today = toDayNumber(dct)
    let before = dct.year
    if (toDayNumber({ year: before, month, day: Math.min(day, 28) }) > today) before--
    const after = before + 1
    const back = today - toDayNumber({ year: before, month, day: Math.min(day, 28) })
    const ahead = toDayNumber({ year: after, month, day: Math.min(day, 28) }) - today
    if (back === 0) return before
    if (tense === 'past') return ahead < 45 ? after : before
    if (tense === 'future') return back < 7 ? before : after
    return back <= ahead ? before : after
  }
  // Months ahead of the document's month (mod 12, 0 for the same month).
  const ahead = (month - dct.month + 12) % 12
  const next = month > dct.month ? dct.year : dct.year + 1
  const last = month <= dct.month ? dct.year : dct.year - 1
  // Past tense: the last such month, unless the next is at most two months off (plans reported).
  if (tense === 'past') return ahead >= 1 && ahead <= 2 ? next : last
  if (tense === 'future') return month >= dct.month ? dct.year : dct.year + 1
  // The nearer of last year's, this year's and next year's (in months).
  const diff = month - dct.month
  if (diff > 6) return dct.year - 1
  if (diff < -6) return dct.year + 1
  return dct.year
}
