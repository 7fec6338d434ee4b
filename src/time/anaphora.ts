import type { Resolution, TimexType } from '../core/schema.js'
import {
  addDays,
  addMonths,
  type CalDate,
  dayValue,
  isoWeekday,
  monthValue,
  yearValue,
} from './calendar.js'
import { PARTS_OF_DAY, WEEKDAYS } from './lexicon.js'

/**
 * Anaphoric time expressions ("that day", "the following year", "later that month") name a time
 * counted from the last date the story mentioned, not from the document date: a reference time
 * that moves through the text, as in HeidelTime's "last mentioned" anchoring and the TimeML
 * guidelines. Deictic expressions ("yesterday", "last week") stay on the document date.
 *
 * The tracker reads the timexes of a document in text order: each dated DATE or TIME moves the
 * reference (to its day, month or year, whichever it names); each anaphoric one is re-valued
 * against the reference of the granularity it needs, and moves it in turn. With no compatible
 * reference (a "that day" after only a year), the value counted from the document date stands.
 */

/**
 * The day of a clock time not yet placed ("at about 8:20 a.m." → `XXXX-XX-XXT08:20`): the
 * tracker gives it the day of a reference mentioned shortly before, else the document date.
 */
export const FLOATING_DAY = 'XXXX-XX-XX'

// How far back (UTF-16 units, about three sentences) a day still dates a clock time.
const CLOCK_REACH = 400

/** The reference time: the last date mentioned, as precise as the mention was. */
export interface Reference {
  readonly year: number
  readonly month: number | null
  readonly day: number | null
}

type Unit = 'day' | 'month' | 'year'

// "that day", "the same day", "earlier that day", "later that year", "that same month",
// "the following year", "the next day", "the day after", "the previous month".
const ANAPHOR =
  /^(?:(?:earlier|later)\s+(?:in\s+)?)?(?:(that(?:\s+same)?|the\s+same)|the\s+(following|next|previous|preceding))\s+(day|month|year)$|^the\s+(day|month|year)\s+(after|before)$/i

// "that night", "the next morning", "the previous evening": a part of the day of the reference day.
const POD_ANAPHOR =
  /^(?:(that(?:\s+same)?|the\s+same)|the\s+(following|next|previous|preceding))\s+(morning|afternoon|evening|night)$/i

// "the previous Friday", "the following Monday": that weekday before or after the reference day.
const WEEKDAY_ANAPHOR =
  /^the\s+(previous|preceding|following)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i

/**
 * An anaphor: its unit, its shift from the reference, a part of the day ("TMO") if any, and the
 * ISO weekday (1–7) it steps to, if any ("the previous Friday": shift -1 to weekday 5).
 */
export interface Anaphor {
  readonly unit: Unit
  readonly shift: number
  readonly pod?: string
  readonly weekday?: number
}

/** The anaphor a timex text is, or null: its unit and its shift from the reference. */
export function anaphorOf(text: string): Anaphor | null {
  const clean = text.trim().replace(/\s+/g, ' ')
  const w = WEEKDAY_ANAPHOR.exec(clean)
  if (w) {
    const weekday = WEEKDAYS[(w[2] as string).toLowerCase()] as number
    return { unit: 'day', shift: (w[1] as string).toLowerCase() === 'following' ? 1 : -1, weekday }
  }
  const p = POD_ANAPHOR.exec(clean)
  if (p) {
    const pod = PARTS_OF_DAY[(p[3] as string).toLowerCase()] as string
    const dir = (p[2] ?? '').toLowerCase()
    return { unit: 'day', shift: p[1] ? 0 : dir === 'following' || dir === 'next' ? 1 : -1, pod }
  }
  // "the day" only comes from a day in apposition to a date ("Nov. 5, the day before ...").
  if (/^the day$/i.test(clean)) return { unit: 'day', shift: 0 }
  const m = ANAPHOR.exec(clean)
  if (!m) return null
  if (m[5]) {
    const unit = (m[4] as string).toLowerCase() as Unit
    return { unit, shift: m[5].toLowerCase() === 'after' ? 1 : -1 }
  }
  const unit = (m[3] as string).toLowerCase() as Unit
  // "the next year" alone is deictic as often as not ("over the next year"): only the day.
  const dir = (m[2] ?? '').toLowerCase()
  if (dir === 'next' && unit !== 'day') return null
  const shift = m[1] ? 0 : dir === 'following' || dir === 'next' ? 1 : -1
  return { unit, shift }
}

const DATED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\dA-Z:]+)?$/

/** The reference a timex value sets (a dated DATE or TIME), or null (durations, sets, refs). */
export function referenceOf(type: TimexType, value: string): Reference | null {
  if (type !== 'DATE' && type !== 'TIME') return null
  const m = DATED.exec(value)
  if (!m) return null
  return {
    year: Number(m[1]),
    month: m[2] ? Number(m[2]) : null,
    day: m[3] ? Number(m[3]) : null,
  }
}

/**
 * The value of an anaphor against a reference. A day against a month or a year is a day of it
 * left unknown ("1998-10-XX"); null when the reference is too coarse otherwise (a month of a year).
 */
export function resolveAnaphor(
  anaphor: Anaphor,
  ref: Reference,
): { type: TimexType; value: string; resolution: Resolution } | null {
  if (anaphor.unit === 'year')
    return { type: 'DATE', value: yearValue(ref.year + anaphor.shift), resolution: 'year' }
  // "that day" after "last October": a day of that month, which one unknown (1998-10-XX).
  if (anaphor.unit === 'day' && ref.day === null && !anaphor.pod && !anaphor.weekday)
    return {
      type: 'DATE',
      value:
        ref.month === null
          ? `${yearValue(ref.year)}-XX-XX`
          : `${monthValue(ref.year, ref.month)}-XX`,
      resolution: ref.month === null ? 'year' : 'month',
    }
  if (ref.month === null) return null
  if (anaphor.unit === 'month') {
    const m = addMonths(ref.year, ref.month, anaphor.shift)
    return { type: 'DATE', value: monthValue(m.year, m.month), resolution: 'month' }
  }
  if (ref.day === null) return null
  const refDay = { year: ref.year, month: ref.month, day: ref.day }
  if (anaphor.weekday) {
    // The nearest such weekday strictly before (after) the reference day.
    const gap = (anaphor.weekday - isoWeekday(refDay) + 7) % 7
    const steps = anaphor.shift > 0 ? gap || 7 : -((7 - gap) % 7 || 7)
    return { type: 'DATE', value: dayValue(addDays(refDay, steps)), resolution: 'day' }
  }
  const day = addDays(refDay, anaphor.shift)
  if (anaphor.pod)
    return { type: 'TIME', value: `${dayValue(day)}T${anaphor.pod}`, resolution: 'time' }
  return { type: 'DATE', value: dayValue(day), resolution: 'day' }
}

/** A timex as the tracker sees it. */
interface Valued {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: TimexType
  readonly value: string
  readonly resolution: Resolution
}

/**
 * Re-values the anaphoric timexes of a document (in text order) against the moving reference
 * time, and places each floating clock time ({@link FLOATING_DAY}) on the reference day when it
 * was mentioned within {@link CLOCK_REACH}, else on `dct` (null: left floating); every other
 * timex is returned as it is. `dct` seeds no reference: the first reference is the first dated
 * mention, so an anaphor before any date keeps its document-date value.
 */
export function anchorAnaphora<T extends Valued>(
  timexes: readonly T[],
  dct: CalDate | null = null,
): T[] {
  let ref: Reference | null = null
  let refEnd = 0
  const out: T[] = []
  for (const t of timexes) {
    const anaphor = anaphorOf(t.text)
    let next = t
    if (anaphor && ref) {
      const resolved = resolveAnaphor(anaphor, ref)
      if (resolved)
        next = { ...t, type: resolved.type, value: resolved.value, resolution: resolved.resolution }
    } else if (t.value.startsWith(`${FLOATING_DAY}T`)) {
      const near = ref?.month && ref.day && t.start - refEnd <= CLOCK_REACH ? ref : null
      const day = near?.month && near.day ? { ...near, month: near.month, day: near.day } : dct
      if (day) next = { ...t, value: `${dayValue(day)}${t.value.slice(FLOATING_DAY.length)}` }
    }
    out.push(next)
    const moved = referenceOf(next.type, next.value)
    if (moved && !(anaphor && moved.day === null && ref?.day != null && ref.year === moved.year)) {
      ref = moved
      refEnd = next.end
    }
  }
  return out
}
