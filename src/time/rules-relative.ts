import {
  addDays,
  addMonths,
  type CalDate,
  dayValue,
  isoWeekday,
  monthValue,
  quarterOf,
  quarterValue,
  weekValue,
  yearValue,
} from './calendar.js'
import {
  alternation,
  type Candidate,
  NUMBER,
  numberValue,
  type Rule,
  type RuleContext,
  VAGUE,
} from './candidate.js'
import { MONTHS, REF_WORDS, SET_WORDS, UNITS, WEEKDAYS } from './lexicon.js'
import { monthFrom, weekFrom, wordBefore } from './rule-kit.js'

/**
 * Rules for durations ("for three years" → P3Y), offsets from the document date ("two years
 * ago", "last week", "earlier this month"), sets ("every Monday", "weekly") and the refs
 * ("now" → PRESENT_REF, "recently" → PAST_REF): values never borrow the clock of the reference.
 */

const UNIT =
  '(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?|century|centuries'
const QUALIFIER =
  '(?:about|around|approximately|nearly|almost|roughly|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|over|just\\s+over|just\\s+under|no\\s+more\\s+than|another|an\\s+additional|a\\s+further|the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+final|the\\s+previous|the\\s+coming|the\\s+remaining|the\\s+latest|the\\s+following|past|last|next|first|final|previous|coming|the|each\\s+of\\s+the\\s+past|each\\s+of\\s+the\\s+last|recent)'
const FILLER =
  '(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar|school)'

/** The singular key of a unit word ("centuries" → "centurie" is in UNITS too). */
function unitKey(word: string): string {
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

function span(
  m: RegExpExecArray,
  start: number,
  end: number,
  c: Omit<Candidate, 'start' | 'end'>,
): Candidate {
  return { start: m.index + start, end: m.index + end, ...c }
}

function whole(m: RegExpExecArray, c: Omit<Candidate, 'start' | 'end'>): Candidate {
  return span(m, 0, (m[0] as string).length, c)
}

const durationRule: Rule = {
  name: 'duration',
  trigger: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
  // "three years", "the past two months", "nearly 40 years", "two-year", "a few days", "years",
  // "two years ago" (a date), "twice a year" (a set).
  re: new RegExp(
    `\\b(?:(${QUALIFIER})\\s+)?(?:(${NUMBER}|${VAGUE})(?:\\s+(?:to|or)\\s+(?:${NUMBER}))?[\\s-]+)?(?:${FILLER}[\\s-]+)?(${UNIT})(-(?:long|old))?(?:\\s+or\\s+so)?(?:\\s+(ago|earlier|later|from\\s+now|hence|before|after))?\\b`,
    'gi',
  ),
  make(m, ctx) {
    const qualifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const count = m[2]
    const unit = m[3] as string
    const relation = (m[5] ?? '').toLowerCase()
    // A capitalised unit inside a sentence is a title ("CBS's 60 Minutes").
    if (/^\p{Lu}/u.test(unit) && m.index + (m[0] as string).indexOf(unit) > 0) return null
    // A fraction ("three-quarters of the vote") is not a time expression.
    if (
      /^quarters?$/i.test(unit) &&
      /^\s+of\b/i.test(ctx.text.slice(m.index + (m[0] as string).length))
    )
      return null
    // An age ("a 6-year-old boy") is not a time expression.
    if (m[4]?.toLowerCase() === '-old') return null
    const plural = /s$/i.test(unit) && unitKey(unit) !== unit.toLowerCase()
    const n = count ? numberValue(count) : Number.NaN
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

function resolutionOf(unit: string): Candidate['resolution'] {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return 'year'
  if (unit === 'month') return 'month'
  if (unit === 'quarter') return 'quarter'
  if (unit === 'week' || unit === 'fortnight') return 'week'
  return 'day'
}

const SAME_DAY = /^(?:the same day|that day)$/
const PHRASES = [
  'year-end',
  'month-end',
  "year['’]s end",
  'year end',
  'year-earlier',
  'year-ago',
  'the same day',
  'that day',
  'the previous day',
  'the following day',
  'the next day',
  'the day before',
  'the day after',
]

const anchoredRule: Rule = {
  name: 'anchored',
  trigger: /week|month|year|decade|century|day/i,
  // "last week", "this month", "next year", "earlier this month", "early next year", "the end of
  // the year", "this weekend", "the weekend", "the current fiscal year", "the following year",
  // "earlier in the year", "the day before", "year-end", "year-earlier".
  re: new RegExp(
    `\\b(?:(?:(early|late|mid|earlier|later)[\\s-]+)|(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+))?(this|last|next|past|coming|current|the\\s+current|the\\s+following|the\\s+previous|the\\s+same|that|the\\s+full|the\\s+latest|the|in\\s+the)\\s+(?:(fiscal|calendar)\\s+)?(week|weekend|month|year|decade|century)\\b(?:\\s+or\\s+so)?|\\b(?:around\\s+)?(${PHRASES.join('|').replace(/ /g, '\\s+')})\\b`,
    'gi',
  ),
  make(m, ctx) {
    const dct = ctx.dct
    if (m[5]) {
      const phrase = m[5].toLowerCase().replace(/\s+/g, ' ').replace('’', "'")
      if (/^year(?:-end|'s end| end)$/.test(phrase))
        return whole(m, {
          type: 'DATE',
          value: dct ? yearValue(dct.year) : 'XXXX',
          resolution: 'year',
          kind: 'other',
        })
      if (phrase === 'month-end')
        return whole(m, {
          type: 'DATE',
          value: dct ? monthValue(dct.year, dct.month) : 'XXXX-XX',
          resolution: 'month',
          kind: 'other',
        })
      if (phrase === 'year-earlier' || phrase === 'year-ago') {
        // Earnings copy compares a quarter with the same quarter a year before.
        const q = ctx.lastQuarter
        if (q)
          return whole(m, {
            type: 'DATE',
            value: quarterValue(q.year - 1, q.quarter),
            resolution: 'quarter',
            kind: 'other',
          })
        return whole(m, {
          type: 'DATE',
          value: dct ? yearValue(dct.year - 1) : 'XXXX',
          resolution: 'year',
          kind: 'other',
        })
      }
      const shift = SAME_DAY.test(phrase) ? 0 : /previous|before/.test(phrase) ? -1 : 1
      const day = dct ? addDays(dct, shift) : null
      return whole(m, {
        type: 'DATE',
        value: day ? dayValue(day) : 'XXXX-XX-XX',
        resolution: 'day',
        kind: 'day',
        ...(day ? { day } : {}),
      })
    }
    const deictic = (m[2] as string).toLowerCase().replace(/\s+/g, ' ')
    const unit = (m[4] as string).toLowerCase()
    const edge = m[1] !== undefined || /^the\s+(?:end|beginning|start|middle)/i.test(m[0] as string)
    const after = ctx.text.slice(m.index + (m[0] as string).length)
    if (deictic === 'in the') {
      // "earlier in the year", "later in the day" (the day is not a unit here: see PHRASES).
      if (!m[1] || !/^(?:earlier|later)$/i.test(m[1])) return null
    }
    if (deictic === 'past') {
      // "past week" alone reads as a stretch of time.
      return whole(m, {
        type: 'DURATION',
        value: durationValue(1, unit === 'weekend' ? 'day' : unit),
        resolution: 'duration',
        kind: 'other',
      })
    }
    if (deictic === 'the' && !edge) {
      if (unit === 'year' && /^\s+(?:ended|ending|to)\b/i.test(after))
        return whole(m, { type: 'DURATION', value: 'P1Y', resolution: 'duration', kind: 'other' })
      if (unit !== 'weekend' && unit !== 'week' && unit !== 'year') return null
      if (unit === 'year' && !m[3] && !/^\s*(?:[,.;]|$)/.test(after)) return null
    }
    const n = /^(?:last|the previous)$/.test(deictic)
      ? -1
      : /^(?:next|coming|the following)$/.test(deictic)
        ? 1
        : 0
    if (unit === 'weekend') {
      if (!dct)
        return whole(m, { type: 'DATE', value: 'XXXX-WXX-WE', resolution: 'week', kind: 'other' })
      // This weekend: the one of this ISO week; a past-tense "the weekend" is the one just gone.
      let base = addDays(dct, 7 * n)
      if (n === 0 && deictic === 'the' && isoWeekday(dct) < 6 && ctx.tenseAt(m.index) !== 'future')
        base = addDays(dct, -7)
      return whole(m, {
        type: 'DATE',
        value: `${weekValue(base)}-WE`,
        resolution: 'week',
        kind: 'other',
      })
    }
    return whole(m, {
      type: 'DATE',
      value: shiftedValue(dct, n, unit),
      resolution: resolutionOf(unit),
      kind: 'other',
    })
  },
}

const setRule: Rule = {
  name: 'set',
  trigger: /every|each|ly\b/i,
  // "every Monday", "each year", "every two weeks", "each July", "weekly", "annually".
  re: new RegExp(
    `\\b(?:every|each)\\s+(?:other\\s+)?(?:(${NUMBER})\\s+)?(${UNIT}|${alternation(Object.keys(WEEKDAYS))}|${alternation(Object.keys(MONTHS).filter((k) => k.length > 3))})\\b|\\b(${alternation(Object.keys(SET_WORDS))})\\b`,
    'gi',
  ),
  make(m, ctx) {
    if (m[3]) {
      // "quarterly earnings", "the annual meeting": an adjective before a noun is not a set.
      const after = ctx.text.slice(m.index + (m[0] as string).length)
      const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1]
      if (next && !FUNCTION_WORDS.has(next) && !ADJECTIVE_SETS.has(m[3].toLowerCase())) return null
      return whole(m, {
        type: 'SET',
        value: SET_WORDS[m[3].toLowerCase()] as string,
        resolution: 'set',
        kind: 'other',
      })
    }
    const word = (m[2] as string).toLowerCase()
    const weekday = WEEKDAYS[word]
    if (weekday !== undefined)
      return whole(m, {
        type: 'SET',
        value: `XXXX-WXX-${weekday}`,
        resolution: 'set',
        kind: 'other',
      })
    const month = MONTHS[word]
    if (month !== undefined)
      return whole(m, {
        type: 'SET',
        value: `XXXX-${String(month).padStart(2, '0')}`,
        resolution: 'set',
        kind: 'other',
      })
    const n = m[1] ? numberValue(m[1]) : 1
    const other = /\bother\b/i.test(m[0] as string) ? 2 : 1
    return whole(m, {
      type: 'SET',
      value: durationValue((Number.isNaN(n) ? 1 : n) * other, word),
      resolution: 'set',
      kind: 'other',
    })
  },
}

// Words after "the past"/"the future" that leave it a noun ("the future of Ukraine").
const FUNCTION_WORDS = new Set([
  'of',
  'in',
  'after',
  'before',
  'and',
  'or',
  'but',
  'is',
  'was',
  'will',
  'has',
  'had',
  'that',
  'when',
  'as',
  'for',
  'to',
  'with',
  'at',
  'on',
  'by',
  'from',
  'than',
  'the',
  'a',
  'are',
  'were',
  'would',
  'could',
  'may',
  'might',
  'can',
  'looks',
  'holds',
  'remains',
  'seems',
])

// Frequency words that stay sets before a noun ("a daily rally", "his weekly radio address").
const ADJECTIVE_SETS = new Set(['daily', 'weekly', 'hourly', 'nightly'])

const refRule: Rule = {
  name: 'ref',
  trigger: /now|current|present|recent|lately|past|future|moment|days|term|time being/i,
  // "now", "currently", "recently", "the past", "the future", "soon": refs, never a clock time.
  re: new RegExp(`\\b(${alternation(Object.keys(REF_WORDS))})\\b`, 'gi'),
  make(m, ctx) {
    const word = (m[1] as string).toLowerCase().replace(/\s+/g, ' ')
    const after = ctx.text.slice(
      m.index + (m[0] as string).length,
      m.index + (m[0] as string).length + 12,
    )
    // "now that" is a conjunction; "the past/future" before "of"/a noun is usually a name.
    if (word === 'current' && !/^\s+\p{Ll}/u.test(after)) return null
    // "the past tensions", "the future king": an adjective, not the past or the future itself.
    if ((word === 'the past' || word === 'the future') && /^\s+\p{Ll}/u.test(after)) {
      const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? ''
      if (!FUNCTION_WORDS.has(next)) return null
    }
    return whole(m, {
      type: 'DATE',
      value: REF_WORDS[word] as string,
      resolution: 'ref',
      kind: 'other',
    })
  },
}

/** The relative rules, in no particular order (the longest match wins). */
export const RELATIVE_RULES: readonly Rule[] = [durationRule, anchoredRule, setRule, refRule]

/** For tests: a rule context with a fixed tense. */
export function fixedContext(text: string, dct: CalDate | null): RuleContext {
  return { text, dct, tenseAt: () => 'past', lastQuarter: null }
}
