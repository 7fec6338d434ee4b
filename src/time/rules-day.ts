import { FLOATING_DAY } from './anaphora.js'
import { addDays, dayValue, isValidDate, toDayNumber, weekValue } from './calendar.js'
import { alternation, type Rule, weekdayDate, yearForMonth } from './candidate.js'
import { HOLIDAYS } from './holidays.js'
import { MONTHS, PARTS_OF_DAY, WEEKDAY_NAME_PARTS, WEEKDAYS } from './lexicon.js'
import {
  candidate,
  dayCandidate,
  isCapitalised,
  MONTH,
  POD,
  WEEKDAY,
  wordAfter,
  wordBefore,
} from './rule-kit.js'

/**
 * Rules for days and times of day: weekdays (by the tense of their sentence), the day words
 * ("yesterday", "tonight"), parts of the day ("Tuesday evening", "his evening address": never an
 * invented clock time), stated clock times ("10 p.m.") and named days ("Thanksgiving").
 */

// "(Monday) and Tuesday nights": a coordinated weekday with a plural part of the day.
const COORDINATED_PLURAL = new RegExp(
  `^\\s+(?:and|or)\\s+(?:${WEEKDAY})\\s+(${POD}|night)s\\b`,
  'i',
)

// A clock time right before a weekday ("7 a.m. EST Thursday", "noon Saturday").
const CLOCK_BEFORE =
  /(?:\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?:\s+[A-Z]{2,4})?|\b(?:noon|midnight))\s+(?:on\s+)?$/i

const weekdayRule: Rule = {
  name: 'weekday',
  trigger: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i,
  // "Tuesday", "last Friday", "early Tuesday", "Tuesday evening", "Friday's"; plural → set.
  re: new RegExp(
    `\\b(?:(last|next|this(?:\\s+coming|\\s+past)?|early|late|earlier|later|the\\s+previous|the\\s+following)\\s+)?(${WEEKDAY})(s?)(?:['’]s)?(?:,?\\s+(${POD}|night)s?)?\\b`,
    'gi',
  ),
  make(m, ctx) {
    const name = m[2] as string
    if (!isCapitalised(name)) return null
    const end = m.index + (m[0] as string).length
    const prev = wordBefore(ctx.text, m.index + (m[0] as string).indexOf(name))
    if (WEEKDAY_NAME_PARTS.has(prev.toLowerCase()) && isCapitalised(prev)) return null
    // "Saturday Night Takeaway", "Monday Night Football": a title, capitalised throughout.
    if (m[4] && isCapitalised(m[4]) && isCapitalised(wordAfter(ctx.text, end))) return null
    if (!m[4]) {
      // "Sunday Times", "Tuesday Group": a capitalised word that is not a month or a day word.
      const next = wordAfter(ctx.text, end)
      const key = next.toLowerCase().replace('.', '')
      if (isCapitalised(next) && MONTHS[key] === undefined && !/^(?:and|or)$/i.test(next)) {
        const gap = ctx.text.slice(end, end + 2)
        if (!gap.startsWith(',')) return null
      }
    }
    const weekday = WEEKDAYS[name.toLowerCase()] as number
    const pod = m[4]?.toLowerCase()
    const podCode = pod ? (PARTS_OF_DAY[pod] as string) : ''
    // "Tuesday nights", "Sundays": a plural weekday or part of the day repeats.
    if (m[3] || (m[4] && /s$/i.test(m[0] as string))) {
      return candidate(m, 'SET', `XXXX-WXX-${weekday}${podCode ? `T${podCode}` : ''}`, 'set')
    }
    // "on Wednesday and Thursday nights": the first weekday shares the plural part of the day.
    if (!m[4] && !m[1]) {
      const shared = COORDINATED_PLURAL.exec(ctx.text.slice(end, end + 40))
      if (shared) {
        const code = PARTS_OF_DAY[(shared[1] as string).toLowerCase()] as string
        return candidate(m, 'SET', `XXXX-WXX-${weekday}T${code}`, 'set')
      }
    }
    const lead = (m[1] ?? '').toLowerCase()
    // "on a Friday in December 2011": some Friday, not one counted from the document date.
    const indefinite =
      !lead &&
      !pod &&
      /^an?$/i.test(prev) &&
      /^(?:\s*[,.;:]|\s+(?:in|of|at|when|before|after|that|and|or)\b|\s*$)/i.test(
        ctx.text.slice(end, end + 24),
      )
    if (!ctx.dct || indefinite) {
      const value = `XXXX-WXX-${weekday}`
      return pod
        ? candidate(m, 'TIME', `${value}T${podCode}`, 'time')
        : candidate(m, 'DATE', value, 'day')
    }
    const shift =
      lead.startsWith('last') || lead.includes('previous') || lead.includes('past')
        ? -1
        : lead.startsWith('next') || lead.includes('following') || lead.includes('coming')
          ? 1
          : 0
    // "until 10 a.m. Tuesday": the cue before the clock time decides the weekday's tense.
    const clock = CLOCK_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 24), m.index))
    const at = clock ? m.index - clock[0].length : m.index
    const day = weekdayDate(ctx.dct, weekday, ctx.tenseAt(at), shift)
    return dayCandidate(m, day, pod)
  },
}

const DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
}

const dayWordRule: Rule = {
  name: 'day-word',
  trigger: /today|tonight|yesterday|tomorrow/i,
  // "yesterday", "late yesterday", "yesterday afternoon", "tonight", "today's".
  re: new RegExp(
    `\\b(?:(early|late|earlier|later|(?:mid|late|early)[\\s-]?(${POD}))\\s+)?(${alternation(Object.keys(DAY_WORDS))})(?:['’]s)?(?:\\s+(${POD}))?\\b`,
    'gi',
  ),
  make(m, ctx) {
    // "USA Today", "VOA Today", the "Today" programme: capitalised inside a sentence, a name.
    if (isCapitalised(m[3] as string) && !/^\W*$/.test(ctx.text.slice(0, m.index))) return null
    const word = (m[3] as string).toLowerCase().replace(/\s+/g, ' ')
    const offset = DAY_WORDS[word] as number
    const day = ctx.dct ? addDays(ctx.dct, offset) : null
    const pod = m[4] ?? m[2] ?? (word === 'tonight' ? 'night' : undefined)
    return dayCandidate(m, day, pod)
  },
}

/** Words after "overnight" that make it a money-market term (a one-night loan), not a time. */
const OVERNIGHT_TERMS =
  /^\s+(?:(?:interest|index|lending|borrowing|repo|policy)\s+)?(?:rates?|lending|loans?|repos?|deposits?|index|borrowing|funds|facility|market)\b/i

const podRule: Rule = {
  name: 'part-of-day',
  trigger: /morning|afternoon|evening|night|noon|midday/i,
  // "this morning", "last night", "overnight", "his evening address" (the day of the document,
  // part of day only: never an invented clock time), "midnight", "noon".
  re: new RegExp(
    `\\b(?:(this|last|that|the\\s+next|the\\s+following|the\\s+previous|the|his|her|their|its|our|my|late\\s+last|early\\s+this|late\\s+this|earlier\\s+this|later\\s+this|mid|late|early)[\\s-]+)?(${POD}|overnight|midnight|noon|midday)\\b`,
    'gi',
  ),
  make(m, ctx) {
    const word = (m[2] as string).toLowerCase()
    const lead = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
    if (!lead && !['overnight', 'midnight', 'noon', 'midday'].includes(word)) return null
    // "ITV's This Morning", "the Evening Standard", "Midnight Mass": a name, not a time.
    const wordAt = m.index + (m[0] as string).length - word.length
    if (isCapitalised(m[2] as string) && ctx.text.slice(0, wordAt).trim() !== '') return null
    if (['his', 'her', 'their', 'its', 'our', 'my'].includes(lead)) {
      // Only the word itself: "his evening address" → "evening".
      const start = m.index + (m[0] as string).length - (m[2] as string).length
      const day = ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX'
      return {
        start,
        end: start + word.length,
        type: 'TIME',
        value: `${day}T${PARTS_OF_DAY[word] as string}`,
        resolution: 'time',
        kind: 'other',
      }
    }
    // "the overnight interest rate", "overnight lending": the name of a loan's term, no time.
    const after = ctx.text.slice(
      m.index + (m[0] as string).length,
      m.index + (m[0] as string).length + 40,
    )
    if (word === 'overnight' && OVERNIGHT_TERMS.test(after)) return null
    // "high noon comes today": an idiom, not a clock time.
    if (word === 'noon' && /\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)))
      return null
    const back = /(?:last|previous)$/.test(lead) ? -1 : /(?:next|following)$/.test(lead) ? 1 : 0
    const day = ctx.dct ? addDays(ctx.dct, back) : null
    const base = day ? dayValue(day) : 'XXXX-XX-XX'
    // A bare "noon" or "midnight" floats like a clock time (see the clock rule).
    const clockDay = lead === '' ? FLOATING_DAY : base
    if (word === 'midnight')
      return candidate(m, 'TIME', `${clockDay}T24:00`, 'time', { kind: 'clock', clock: '24:00' })
    if (word === 'noon' || word === 'midday')
      return candidate(m, 'TIME', `${clockDay}T12:00`, 'time', { kind: 'clock', clock: '12:00' })
    return candidate(m, 'TIME', `${base}T${PARTS_OF_DAY[word] as string}`, 'time')
  },
}

const clockRule: Rule = {
  name: 'clock',
  trigger: /\d\s*(?:a\.?\s?m|p\.?\s?m|o['’]clock)|\d[:.]\d\d/i,
  // "10 p.m.", "around 6:45 p.m.", "17:30 GMT", "1:09 AM", "4 in the morning": a time of a day
  // not yet known (XXXX-XX-XX): a day beside it is merged in by the detector, else the anaphora
  // step gives it the day the story was just speaking of, or the document date.
  re: /\b(?:(around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(\d{1,2})(?:[:.](\d{2}))?(?:\s*(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|o['’]clock\b)|\s+(?:o['’]clock\s+)?(in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)?(?:\s+(GMT|UTC|[ECMP][SD]T|BST|CET|CEST|EET|EEST|MSK)\b)?/gi,
  make(m) {
    const part = (m[5] ?? '').toLowerCase()
    const meridiem = part
      ? /morning/.test(part)
        ? 'am'
        : 'pm'
      : (m[4] ?? '').toLowerCase().replace(/[\s.]/g, '')
    const zone = m[6]
    if (!meridiem && !(m[3] && zone)) return null
    if (m[3] === undefined && m[2] && !meridiem) return null
    let hour = Number(m[2])
    const minute = m[3] ? Number(m[3]) : 0
    if (
      hour > 23 ||
      minute > 59 ||
      ((meridiem === 'am' || meridiem === 'pm') && (hour < 1 || hour > 12))
    )
      return null
    // "5 in the morning", "11 at night" (but "2 at night" is the small hours).
    if (meridiem === 'pm' && hour < 12 && !(part === 'at night' && hour < 5)) hour += 12
    if (meridiem === 'am' && hour === 12) hour = 0
    const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
    return candidate(m, 'TIME', `${FLOATING_DAY}T${clock}`, 'time', { kind: 'clock', clock })
  },
}

const holidayRule: Rule = {
  name: 'holiday',
  trigger: /day|eve|christmas|halloween|thanksgiving|easter|fourth|friday|monday/i,
  // "Thanksgiving Day", "last Christmas", "Election Day", "Easter 2019": the day of that year;
  // "Easter week": its week.
  re: new RegExp(
    `\\b(?:(last|next|this)\\s+)?(${alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]")})(?:\\s+(?:of\\s+)?(1[6-9]\\d\\d|20\\d\\d))?(\\s+week)?\\b`,
    'gi',
  ),
  make(m, ctx) {
    const name = (m[2] as string).toLowerCase().replace(/\s+/g, ' ').replace('’', "'")
    const rule = HOLIDAYS[name]
    if (!rule || !isCapitalised(m[2] as string)) return null
    // "National Holocaust Memorial Day": part of a longer name.
    const prev = wordBefore(ctx.text, m.index)
    if (!m[1] && isCapitalised(prev) && ctx.text.slice(0, m.index).trim() !== prev) return null
    const lead = (m[1] ?? '').toLowerCase()
    let year: number | null = m[3] ? Number(m[3]) : null
    if (year === null && ctx.dct) {
      const dct = ctx.dct
      const today = toDayNumber(dct)
      const thisYear = toDayNumber(rule(dct.year))
      const tense = lead === 'last' ? 'past' : lead === 'next' ? 'future' : ctx.tenseAt(m.index)
      // "as Easter week began": a holiday week around the document date is that week.
      if (lead === 'this' || (m[4] && Math.abs(thisYear - today) <= 7)) year = dct.year
      else if (tense === 'past') year = thisYear <= today ? dct.year : dct.year - 1
      else if (tense === 'future') year = thisYear >= today ? dct.year : dct.year + 1
      else
        year =
          Math.abs(thisYear - today) <= 182
            ? dct.year
            : thisYear > today
              ? dct.year - 1
              : dct.year + 1
    }
    if (year === null)
      return m[4]
        ? candidate(m, 'DATE', 'XXXX-WXX', 'week')
        : candidate(m, 'DATE', 'XXXX-XX-XX', 'day', { kind: 'day' })
    const day = rule(year)
    // "Easter week", "Thanksgiving week": the ISO week the day falls in.
    if (m[4]) return candidate(m, 'DATE', weekValue(day), 'week')
    return candidate(m, 'DATE', dayValue(day), 'day', { kind: 'day', day })
  },
}

const coordinatedDayRule: Rule = {
  name: 'coordinated-day',
  trigger: /\d(?:st|nd|rd|th)?\s+(?:and|or|&)\s+\d/,
  // "on April 17 and 18": the second day of a month named once (chrono reads the first). Only
  // before a clause break, so "May 3 and 4 people" stays a count.
  re: new RegExp(
    `\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|or|&)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(1[6-9]\\d\\d|20\\d\\d))?(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|at|on|to|when|as|before|after|during)\\b)`,
    'gi',
  ),
  make(m, ctx) {
    const word = m[1] as string
    const month = MONTHS[word.replace('.', '').toLowerCase()]
    if (month === undefined || !isCapitalised(word)) return null
    const first = Number(m[2])
    const day = Number(m[3])
    if (day <= first) return null
    const explicit = m[4] ? Number(m[4]) : null
    const year =
      explicit ?? (ctx.dct ? yearForMonth(ctx.dct, month, first, ctx.tenseAt(m.index)) : null)
    const text = m[0] as string
    const start = m.index + text.indexOf(m[3] as string, text.indexOf(m[2] as string) + 1)
    const end = start + (m[3] as string).length
    if (year === null)
      return {
        start,
        end,
        type: 'DATE',
        value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        resolution: 'day',
        kind: 'day',
      }
    if (!isValidDate(year, month, day)) return null
    const date = { year, month, day }
    return {
      start,
      end,
      type: 'DATE',
      value: dayValue(date),
      resolution: 'day',
      kind: 'day',
      day: date,
    }
  },
}

/** The day rules, in no particular order (the longest match wins). */
export const DAY_RULES: readonly Rule[] = [
  weekdayRule,
  dayWordRule,
  podRule,
  clockRule,
  holidayRule,
  coordinatedDayRule,
]
