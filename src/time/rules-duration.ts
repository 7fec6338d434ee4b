import {
  addDays,
  addMonths,
  type CalDate,
  dayValue,
  quarterOf,
  quarterValue,
  yearValue,
} from './calendar.js'
import { type Candidate, NUMBER, numberValue, type Rule, VAGUE } from './candidate.js'
import { UNITS } from './lexicon.js'
import { monthFrom, weekFrom, wordBefore } from './rule-kit.js'

/**
 * Durations ("for three years" → P3Y, "the past two months" → P2M, "a two-year truce"), offsets
 * counted from the document date ("two years ago"), "twice a year" sets, and the value helpers
 * the anchored rules share.
 */

/** A calendar unit word, singular or plural. */
export const UNIT =
  '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?|century|centuries'
const QUALIFIER =
  '(?:about|around|approximately|nearly|almost|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|just\\s+over|just\\s+under|no\\s+more\\s+than|another|an\\s+additional|a\\s+further|the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+final|the\\s+previous|the\\s+coming|the\\s+remaining|the\\s+latest|the\\s+following|past|last|next|first|final|previous|coming|the|each\\s+of\\s+the\\s+past|each\\s+of\\s+the\\s+last|recent)'
const FILLER =
  '(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar|school)'

/** The singular key of a unit word ("centuries" → "centurie" is in UNITS too). */
export function unitKey(word: string): string {
  const w = word.toLowerCase()
  if (w === 'centuries') return 'century'
  return w.endsWith('s') ? w.slice(0, -1) : w
}

/** A TIMEX3 duration of `n` units (`n` null: unknown count, PXY). */
export function durationValue(n: number | null, unit: string): string {
  const [letter, isTime, size] = UNITS[unitKey(unit)] ?? ['D', false, 1]
  const prefix = isTime ? 'PT' : 'P'
  if (n === null) {
    if (size === 10) return 'PXE'
    if (size === 100) return 'PXC'
    return `${prefix}X${letter}`
  }
  const count = n * size
  if (Number.isInteger(count)) return `${prefix}${count}${letter}`
  // Seconds have no smaller unit: ISO 8601 keeps the decimal fraction (7.58 seconds → PT7.58S).
  if (isTime && letter === 'S') return `PT${count}S`
  // A fraction goes into the next smaller unit: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
  const whole = Math.floor(count)
  const down: Record<string, [string, number, boolean]> = {
    Y: ['M', 12, false],
    M: ['D', 30, false],
    W: ['D', 7, false],
    D: ['H', 24, true],
    H: ['M', 60, true],
    S: ['S', 1, true],
  }
  const [small, per, time] = down[isTime && letter === 'M' ? 'H' : letter] ?? ['D', 1, false]
  const rest = Math.round((count - whole) * per)
  const head = whole > 0 ? `${whole}${isTime && letter === 'M' ? 'M' : letter}` : ''
  if (isTime && letter === 'M') return `PT${head}${Math.round((count - whole) * 60)}S`
  if (time && !isTime) return `P${head}T${rest}${small}`
  return `${prefix}${head}${rest}${small}`
}

/** The value `n` units before (n < 0) or after the document date, at the unit's granularity. */
export function shiftedValue(dct: CalDate | null, n: number, unit: string): string {
  const key = unitKey(unit)
  if (!dct) {
    return (
      { year: 'XXXX', month: 'XXXX-XX', week: 'XXXX-WXX', quarter: 'XXXX-QX' }[key] ?? 'XXXX-XX-XX'
    )
  }
  switch (key) {
    case 'year':
      return yearValue(dct.year + n)
    case 'decade':
      return String(Math.floor((dct.year + 10 * n) / 10))
    case 'century':
      return String(Math.floor((dct.year + 100 * n) / 100))
    case 'month':
      return monthFrom(dct, n)
    case 'quarter': {
      const q = addMonths(dct.year, (quarterOf(dct.month) - 1) * 3 + 1, 3 * n)
      return quarterValue(q.year, quarterOf(q.month))
    }
    case 'week':
    case 'fortnight':
      return weekFrom(dct, key === 'fortnight' ? 2 * n : n)
    default:
      if (key === 'hour' || key === 'minute' || key === 'second') return dayValue(dct)
      return dayValue(addDays(dct, n))
  }
}

/** A candidate over `[start, end)` of a match. */
export function span(
  m: RegExpExecArray,
  start: number,
  end: number,
  c: Omit<Candidate, 'start' | 'end'>,
): Candidate {
  return { start: m.index + start, end: m.index + end, ...c }
}

/** A candidate over a whole match. */
export function whole(m: RegExpExecArray, c: Omit<Candidate, 'start' | 'end'>): Candidate {
  return span(m, 0, (m[0] as string).length, c)
}

/** Durations, offsets ("two years ago") and "twice a year". */
export const durationRule: Rule = {
  name: 'duration',
  trigger: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
  // "three years", "the past two months", "nearly 40 years", "two-year", "a few days", "years",
  // "two years ago" (a date), "twice a year" (a set), "a year and a half" (P1Y6M).
  re: new RegExp(
    `\\b(?:(${QUALIFIER})\\s+)?(?:(${NUMBER}|${VAGUE})(?:\\s+(?:to|or)\\s+(?:${NUMBER}))?[\\s-]+)?(?:${FILLER}[\\s-]+)?(${UNIT})(-(?:long|old))?(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?(?:\\s+(ago|earlier|later|from\\s+now|hence|before|after))?\\b`,
    'gi',
  ),
  make(m, ctx) {
    const qualifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const count = m[2]
    const unit = m[3] as string
    const relation = (m[6] ?? '').toLowerCase()
    // A capitalised unit inside a sentence is a title ("CBS's 60 Minutes").
    if (/^\p{Lu}/u.test(unit) && m.index + (m[0] as string).indexOf(unit) > 0) return null
    // A fraction ("three-quarters of the vote") is not a time expression.
    if (
      /^quarters?$/i.test(unit) &&
      /^\s+of\b/i.test(ctx.text.slice(m.index + (m[0] as string).length))
    )
      return null
    // An age ("a 7-year-old girl", "11 year olds") is not a time expression.
    if (m[4]?.toLowerCase() === '-old') return null
    const rest = ctx.text.slice(
      m.index + (m[0] as string).length,
      m.index + (m[0] as string).length + 6,
    )
    if (/^[\s-]olds?\b/i.test(rest)) return null
    // "a quarter-century low", "quarter-to-quarter": a compound, no quarter of a year.
    if (/^quarters?$/i.test(unit) && /^-\p{L}/u.test(rest) && !/^-long/i.test(rest)) return null
    // "in some quarters" means among some people.
    if (/^quarters$/i.test(unit) && /^some$/i.test(m[2] ?? '')) return null
    const plural = /s$/i.test(unit) && unitKey(unit) !== unit.toLowerCase()
    // "a minute and a half": the half follows the unit.
    const n = count ? numberValue(count) + (m[5] ? 0.5 : 0) : Number.NaN
    const vague = count !== undefined && Number.isNaN(n)
    // "a second round", "a second term": an ordinal, not a duration.
    if (/^seconds?$/i.test(unit) && (count === undefined || /^an?$/i.test(count))) return null
    if (count === undefined && !plural) {
      // "last week", "the year": anchored units are the next rule's; "the past year" is P1Y.
      if (!/^the (?:past|last|next|coming)$/.test(qualifier)) return null
      if (relation === 'ago') return null
      return whole(m, {
        type: 'DURATION',
        value: durationValue(1, unit),
        resolution: 'duration',
        kind: 'other',
      })
    }
    if (count === undefined && !qualifier) {
      // A bare plural ("for years", "months of talks"): an unknown count.
      const prev = wordBefore(ctx.text, m.index).toLowerCase()
      if (['the', 'those', 'these', 'early', 'many', 'a', 'per'].includes(prev) && !relation) {
        if (prev !== 'the') return null
      }
    }
    if (/^(?:before|after)$/.test(relation)) {
      // "two days before the vote": a duration; the relation word is a signal, not part of it.
      const len = (m[0] as string).length - (m[0] as string).match(/\s+\w+$/)![0].length
      const value = count && !vague ? durationValue(n, unit) : durationValue(null, unit)
      if (!count && !plural) return null
      return span(m, 0, len, { type: 'DURATION', value, resolution: 'duration', kind: 'other' })
    }
    const small = /^(?:second|minute|hour|day|night|week|fortnight)$/.test(unitKey(unit))
    if (relation === 'later' || (relation === 'earlier' && small)) {
      // "three days later", "a day earlier": a stretch of time from an event the text names,
      // not a date counted from the document's; the relation word is a signal, out of the span.
      const len = (m[0] as string).length - (m[0] as string).match(/\s+\w+$/)![0].length
      const value = count && !vague ? durationValue(n, unit) : durationValue(null, unit)
      if (!count && !plural) return null
      return span(m, 0, len, { type: 'DURATION', value, resolution: 'duration', kind: 'other' })
    }
    if (relation) {
      if (vague || count === undefined) {
        const value = /later|from now|hence/.test(relation) ? 'FUTURE_REF' : 'PAST_REF'
        return whole(m, { type: 'DATE', value, resolution: 'ref', kind: 'other' })
      }
      const sign = /later|from now|hence/.test(relation) ? 1 : -1
      const key = unitKey(unit)
      if (key === 'year' && ctx.lastQuarter && n === 1) {
        // Earnings copy: "a year ago" beside a quarter is that quarter a year before.
        const q = ctx.lastQuarter
        return whole(m, {
          type: 'DATE',
          value: quarterValue(q.year - 1, q.quarter),
          resolution: 'quarter',
          kind: 'other',
        })
      }
      const value = shiftedValue(ctx.dct, sign * Math.round(n), unit)
      const resolution = resolutionOf(key)
      const day =
        resolution === 'day' && ctx.dct
          ? { day: addDays(ctx.dct, sign * Math.round(n)), kind: 'day' as const }
          : {}
      return whole(m, { type: 'DATE', value, resolution, kind: 'other', ...day })
    }
    // "twice a year", "once a week", "three times a day": a set.
    const before = ctx.text.slice(Math.max(0, m.index - 16), m.index)
    if (/\b(?:once|twice|times|thrice)\s+$/i.test(before) && /^(?:a|an|per)$/i.test(count ?? '')) {
      const lead =
        /(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?(?:once|twice|times|thrice)\s+$/i.exec(
          before,
        )![0]
      return {
        start: m.index - lead.length,
        end: m.index + (m[0] as string).length,
        type: 'SET',
        value: durationValue(1, unit),
        resolution: 'set',
        kind: 'other',
      }
    }
    if (/\bper\s+$/i.test(before)) return null
    // "Cricket will one day win...": "one day" after a modal is an indefinite future, not a length.
    if (
      /^one$/i.test(count ?? '') &&
      /^day$/i.test(unit) &&
      !qualifier &&
      /\b(?:will|would|could|may|might|can|should|shall|must)\s+$/i.test(before)
    )
      return whole(m, { type: 'DATE', value: 'FUTURE_REF', resolution: 'ref', kind: 'other' })
    // "$33 million a year", "50,000 CDs a year": a rate after an amount is a set (TimeBank).
    if (
      /^an?$/i.test(count ?? '') &&
      !qualifier &&
      /(?:\d|\b(?:hundred|thousand|million|billion|trillion))(?:\s*\p{L}+)?(?:\s+|-)$/iu.test(
        before,
      )
    )
      return whole(m, {
        type: 'SET',
        value: durationValue(1, unit),
        resolution: 'set',
        kind: 'other',
      })
    const value = count === undefined || vague ? durationValue(null, unit) : durationValue(n, unit)
    const out = whole(m, { type: 'DURATION', value, resolution: 'duration', kind: 'other' })
    // "the two-week truce", "the weeks before": the article stays out of an adjective's span.
    if (qualifier === 'the' && (count === undefined || /-/.test((m[0] as string).slice(4)))) {
      const skip = (m[0] as string).search(/\s\S/) + 1
      return { ...out, start: out.start + skip }
    }
    return out
  },
}

/** What a value at the granularity of `unit` can claim. */
export function resolutionOf(unit: string): Candidate['resolution'] {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return 'year'
  if (unit === 'month') return 'month'
  if (unit === 'quarter') return 'quarter'
  if (unit === 'week' || unit === 'fortnight') return 'week'
  return 'day'
}
