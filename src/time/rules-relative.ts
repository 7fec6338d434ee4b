import {
  addDays,
  dayValue,
  isoWeekday,
  monthValue,
  quarterValue,
  weekValue,
  yearValue,
} from './calendar.js'
import { alternation, NUMBER, numberValue, type Rule } from './candidate.js'
import { MONTHS, REF_WORDS, SET_WORDS, WEEKDAYS } from './lexicon.js'
import { isCapitalised } from './rule-kit.js'
import {
  durationRule,
  durationValue,
  resolutionOf,
  shiftedValue,
  span,
  UNIT,
  whole,
} from './rules-duration.js'

/**
 * Rules for offsets from the document date ("last week", "earlier this month", "the day
 * before"), sets ("every Monday", "weekly") and the refs ("now" → PRESENT_REF, "recently" →
 * PAST_REF): values never borrow the clock of the reference. Durations are in rules-duration.ts.
 */

const SAME_DAY = /^(?:the same day|that(?: same)? day)$/
const PHRASES = [
  'year-end',
  'month-end',
  "year['’]s end",
  'year end',
  'year-earlier',
  'year-ago',
  'the same day',
  'that same day',
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
    `\\b(?:(?:(early|late|mid|earlier|later)[\\s-]+)|(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+))?(this|last|next|past|coming|current|the\\s+current|the\\s+following|the\\s+previous|the\\s+same|that\\s+same|that|the\\s+full|the\\s+latest|the|(?<=(?:earlier|later)[\\s-]+)in\\s+the)\\s+(?:(fiscal|calendar)\\s+)?(week|weekend|month|year|decade|century)\\b(?:\\s+or\\s+so)?|\\b(?:around\\s+)?(${PHRASES.join('|').replace(/ /g, '\\s+')})\\b`,
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
      // "later in the day before driving back": "before" starts a clause, no day before.
      if (/^the day (?:before|after)$/.test(phrase)) {
        const after = ctx.text.slice(m.index + (m[0] as string).length)
        if (/^\s+\p{L}+ing\b/u.test(after)) return null
        // "Nov. 5, the day before the ferry sank": in apposition to a date, "the day"
        // is that date (the anaphora step gives it) and "before" introduces the event naming it.
        const lead = ctx.text.slice(Math.max(0, m.index - 2), m.index)
        if (
          /,\s$/.test(lead) &&
          /^\s+(?!(?:yesterday|today|tomorrow|last|next|this)\b)\p{Ll}/u.test(after)
        ) {
          const len = 'the day'.length
          return span(m, 0, len, {
            type: 'DATE',
            value: dct ? dayValue(dct) : 'XXXX-XX-XX',
            resolution: 'day',
            kind: 'other',
          })
        }
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
    // ABC's "This Week", "The Week": a capitalised unit inside a sentence is a title.
    if (isCapitalised(m[4] as string) && ctx.text.slice(0, m.index).trim() !== '') return null
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
      // "a 2% rise the year before.": the year (month) before the reference, re-valued by the
      // anaphora step; here counted from the document date.
      const rel = /^\s+(before|after)(?=\s*(?:[,.;:)]|$))/i.exec(after)
      if (rel && (unit === 'year' || unit === 'month')) {
        const n = /before/i.test(rel[1] as string) ? -1 : 1
        return {
          start: m.index,
          end: m.index + (m[0] as string).length + rel[0].length,
          type: 'DATE',
          value: shiftedValue(dct, n, unit),
          resolution: resolutionOf(unit),
          kind: 'other',
        }
      }
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
      // "the Quarterly Economic Commentary": capitalised inside a sentence, a title.
      if (isCapitalised(m[3]) && ctx.text.slice(0, m.index).trim() !== '') return null
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
