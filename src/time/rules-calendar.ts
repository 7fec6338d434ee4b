import { monthValue, quarterOf, quarterValue, yearValue } from './calendar.js'
import { type Candidate, type Rule, type RuleContext, yearForMonth } from './candidate.js'
import {
  AMBIGUOUS_MONTHS,
  COUNT_NOUNS,
  MONTHS,
  ORDINALS,
  SEASONS,
  TEMPORAL_LEADS,
} from './lexicon.js'
import {
  candidate,
  EDGE,
  FRAME,
  isCapitalised,
  MONTH,
  SEASON,
  textAfter,
  wordAfter,
  wordBefore,
} from './rule-kit.js'

/**
 * Rules for calendar units above the day: years (also spoken, "nineteen ninety-six"), decades,
 * centuries, months, seasons, quarters and halves. Each rule reads one sentence; spans follow the
 * TimeML guidelines (a leading "the" and modifiers such as "early" are in, prepositions out).
 */

/** A bare year is a year unless it counts something or is part of a name ("Euro 2024"). */
function plausibleYear(
  ctx: RuleContext,
  m: RegExpExecArray,
  year: number,
  yearEnd: number,
): boolean {
  const max = ctx.dct ? ctx.dct.year + 30 : 2100
  if (year < 1600 || year > max) return false
  const before = ctx.text.slice(Math.max(0, m.index - 2), m.index)
  // "1,995", "$ 2000" are amounts; "in 1993, 1996 and 1998" lists years.
  const listed = /\b(?:1[6-9]\d\d|20\d\d), $/.test(
    ctx.text.slice(Math.max(0, m.index - 7), m.index),
  )
  if (/[$€£#¥\d.,]\s?$/.test(before) && !listed) return false
  const after = ctx.text.slice(yearEnd, yearEnd + 12)
  if (/^(?:[.,]\d|\d|\s*%|\s*(?:-|–)?\s*(?:percent|per cent))/i.test(after)) return false
  const next = wordAfter(ctx.text, yearEnd).toLowerCase()
  if (COUNT_NOUNS.has(next)) return false
  const prev = wordBefore(ctx.text, m.index)
  // An early number ("1600 Pennsylvania Avenue") is a year only after a temporal word.
  if (year < 1800 && !TEMPORAL_LEADS.has(prev.toLowerCase())) return false
  if (
    prev &&
    isCapitalised(prev) &&
    !TEMPORAL_LEADS.has(prev.toLowerCase()) &&
    !/['’]s$/.test(prev)
  ) {
    const sentenceStart = ctx.text.slice(0, m.index).trim() === prev
    if (!sentenceStart && MONTHS[prev.toLowerCase().replace('.', '')] === undefined) return false
  }
  return true
}

const yearRule: Rule = {
  name: 'year',
  trigger: /\d{4}/,
  // "2019", "the year 2000", "fiscal 1989", "early 2019", "the end of 1990", "2014-22" (second).
  re: new RegExp(
    `\\b(?:${FRAME}|(?:the\\s+)?(?:${EDGE}|fiscal|calendar|the\\s+year|fiscal\\s+year)[\\s-]+)?(1[6-9]\\d\\d|20\\d\\d)(?![\\d'’]|s\\b)`,
    'gi',
  ),
  make(m, ctx) {
    const year = Number(m[1])
    const yearEnd = m.index + (m[0] as string).length
    if (!plausibleYear(ctx, m, year, yearEnd)) return null
    const out: Candidate[] = [candidate(m, 'DATE', yearValue(year), 'year')]
    // A range "2014-22" / "2014–2022": the second year is a timex of its own.
    const range = /^[-–](\d{2}|\d{4})\b/.exec(ctx.text.slice(yearEnd))
    if (range) {
      const raw = range[1] as string
      const second = raw.length === 2 ? Math.floor(year / 100) * 100 + Number(raw) : Number(raw)
      if (second > year && second - year < 100) {
        const start = yearEnd + 1
        out.push({
          start,
          end: start + raw.length,
          type: 'DATE',
          value: yearValue(second),
          resolution: 'year',
          kind: 'other',
        })
      }
    }
    return out
  },
}

const ONES = 'one|two|three|four|five|six|seven|eight|nine'
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const WORD_VALUE: Readonly<Record<string, number>> = Object.fromEntries(
  [...ONES.split('|'), ...TEENS.split('|')]
    .map((w, i) => [w, i < 9 ? i + 1 : i + 1] as const)
    .concat(TENS.split('|').map((w, i) => [w, 20 + 10 * i] as const)),
)

const spokenYearRule: Rule = {
  name: 'spoken-year',
  trigger: /nineteen|two thousand|twenty/i,
  // Broadcast transcripts: "nineteen ninety-six", "the year two thousand", "two thousand one".
  re: new RegExp(
    `\\b(?:the\\s+year\\s+)?(?:(nineteen|twenty)[\\s-]+(?:(${TEENS})|(${TENS})(?:[\\s-](${ONES}))?)|two\\s+thousand(?:\\s+(?:and\\s+)?(${ONES}|${TEENS}))?)\\b`,
    'gi',
  ),
  make(m, ctx) {
    const next = wordAfter(ctx.text, m.index + (m[0] as string).length).toLowerCase()
    if (COUNT_NOUNS.has(next)) return null
    const low = (w: string | undefined) => (w ? (WORD_VALUE[w.toLowerCase()] ?? 0) : 0)
    let year: number
    if (m[1]) {
      const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000
      year = century + low(m[2]) + low(m[3]) + low(m[4])
      if (!m[2] && !m[3]) return null
    } else {
      // "two thousand" alone is a year only as "the year two thousand" or with its ones.
      if (!/^the\s+year/i.test(m[0] as string) && !m[5]) return null
      year = 2000 + low(m[5])
    }
    return candidate(m, 'DATE', yearValue(year), 'year')
  },
}

// Spelt decades ("the nineties"): the tens digit.
const SPELT_DECADES: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
}

const decadeRule: Rule = {
  name: 'decade',
  trigger: /0s\b|ties\b/i,
  // "the 1990s", "the mid-1980s", "the '90s", "the nineties" (only after "the": "in his
  // sixties" is an age).
  re: new RegExp(
    `\\b(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(1[6-9]\\d|20\\d)0s|['’](\\d)0s)\\b|\\bthe\\s+(?:(?:early|late|mid)[\\s-]+)?(${Object.keys(SPELT_DECADES).join('|')})\\b`,
    'gi',
  ),
  make(m, ctx) {
    if (m[1]) return candidate(m, 'DATE', m[1], 'year')
    const d = m[3] ? (SPELT_DECADES[m[3].toLowerCase()] as number) : Number(m[2])
    const current = ctx.dct ? Math.floor((ctx.dct.year % 100) / 10) : 2
    const century = d <= current ? (ctx.dct ? Math.floor(ctx.dct.year / 100) : 20) : 19
    return candidate(m, 'DATE', `${century}${d}`, 'year')
  },
}

const centuryRule: Rule = {
  name: 'century',
  trigger: /century/i,
  re: /\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(\d{2})(?:st|nd|rd|th)[\s-]+century\b/gi,
  make(m) {
    const n = Number(m[1])
    if (n < 10 || n > 21) return null
    return candidate(m, 'DATE', String(n - 1).padStart(2, '0'), 'year')
  },
}

// Words after "the March"/"the May" that make it a protest or a person, not a month.
const NOT_DATED_NOUNS = new Set([
  'on',
  'for',
  'to',
  'of',
  'against',
  'through',
  'from',
  'and',
  'or',
  'government',
  'administration',
  'cabinet',
  'era',
  'camp',
  'team',
  'ministry',
])

const monthRule: Rule = {
  name: 'month',
  trigger: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  // "in May", "last March", "mid-November", "July 1997", "the end of November" (no day: chrono).
  re: new RegExp(
    `\\b(?:${FRAME}|(?:${EDGE}|last|next|this(?:\\s+past|\\s+coming)?)[\\s-]+)?(${MONTH})(?:\\s*,?\\s+(?:of\\s+)?(1[6-9]\\d\\d|20\\d\\d)\\b|\\s+(last|this|next)\\s+year\\b)?(?!\\s*\\d)`,
    'gi',
  ),
  make(m, ctx) {
    const word = (m[1] as string).replace('.', '')
    const key = word.toLowerCase()
    const month = MONTHS[key]
    if (month === undefined || !isCapitalised(word)) return null
    const lead = (m[0] as string).slice(0, (m[0] as string).indexOf(m[1] as string)).trim()
    const year = m[2] ? Number(m[2]) : null
    if (!lead && year === null && !m[3] && AMBIGUOUS_MONTHS.has(key)) {
      const prev = wordBefore(ctx.text, m.index).toLowerCase()
      // "the March accession", "a June agreement": a month before the noun it dates; "the
      // March on Washington" and "the May government" are a protest and a prime minister.
      const next = /^\s+(\p{Ll}+)\b/u.exec(textAfter(ctx.text, m))?.[1]
      const premodifier =
        /^(?:the|a|an)$/.test(prev) && next !== undefined && !NOT_DATED_NOUNS.has(next)
      if (!premodifier && !TEMPORAL_LEADS.has(prev)) return null
      // "March" the protest: "the March", "a march on".
      if (!premodifier && (prev === 'the' || prev === 'a')) return null
      if (
        key === 'may' &&
        /^\s+(?:not|be|have|also|well|still|never|\p{Ll}+ly)\b/u.test(ctx.text.slice(m.index + 3))
      )
        return null
    }
    if (year !== null) return candidate(m, 'DATE', monthValue(year, month), 'month')
    const relYear = m[3]?.toLowerCase()
    if (relYear && ctx.dct) {
      const y = ctx.dct.year + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0)
      return candidate(m, 'DATE', monthValue(y, month), 'month')
    }
    if (!ctx.dct) return candidate(m, 'DATE', `XXXX-${String(month).padStart(2, '0')}`, 'month')
    const l = lead.toLowerCase()
    let y: number
    // "last May": the latest May at least two months back (in March, "last February" is a year ago).
    if (l.startsWith('last')) y = month <= ctx.dct.month - 2 ? ctx.dct.year : ctx.dct.year - 1
    else if (l.startsWith('next')) y = month > ctx.dct.month ? ctx.dct.year : ctx.dct.year + 1
    else if (l.startsWith('this')) y = ctx.dct.year
    else y = yearForMonth(ctx.dct, month, null, ctx.tenseAt(m.index))
    return candidate(m, 'DATE', monthValue(y, month), 'month')
  },
}

const seasonRule: Rule = {
  name: 'season',
  trigger: /spring|summer|fall|autumn|winter/i,
  // "next spring", "last fall", "the summer of 2019", "winter 2022", "in summer"; a bare "fall"
  // is a verb.
  re: new RegExp(
    `\\b(?:(this|last|next|the|early|late|mid|this\\s+past|this\\s+coming)[\\s-]+)(${SEASON})(?:\\s+(?:of\\s+)?(1[6-9]\\d\\d|20\\d\\d))?\\b|\\b(${SEASON})\\s+(1[6-9]\\d\\d|20\\d\\d)\\b|(?<=\\b(?:in|during|by|until|since|through)\\s+)(spring|summer|autumn|winter)\\b`,
    'gi',
  ),
  make(m, ctx) {
    const word = ((m[2] ?? m[4] ?? m[6]) as string).toLowerCase()
    const code = SEASONS[word] as string
    const explicit = m[3] ?? m[5]
    if (explicit) return candidate(m, 'DATE', `${explicit}-${code}`, 'quarter')
    const lead = (m[1] ?? '').toLowerCase()
    if (lead === 'the') {
      // "the fall of Kabul", "the spring offensive": only "in the spring" style uses are dates.
      const prev = wordBefore(ctx.text, m.index).toLowerCase()
      if (!['in', 'into', 'during', 'by', 'until', 'over', 'through', 'since'].includes(prev))
        return null
      if (/^\s+of\b/.test(ctx.text.slice(m.index + (m[0] as string).length))) return null
    }
    if (!ctx.dct) return candidate(m, 'DATE', `XXXX-${code}`, 'quarter')
    const seasonMonth = { SP: 4, SU: 7, FA: 10, WI: 1 }[code] as number
    let y = ctx.dct.year
    if (lead.startsWith('last')) y = seasonMonth < ctx.dct.month ? y : y - 1
    else if (lead.startsWith('next')) y = seasonMonth > ctx.dct.month ? y : y + 1
    else if (!lead.startsWith('this'))
      y = yearForMonth(ctx.dct, seasonMonth, null, ctx.tenseAt(m.index))
    return candidate(m, 'DATE', `${y}-${code}`, 'quarter')
  },
}

// Words of business and economic reporting, where "the first half" is a half of a year.
const MONEY_CUE =
  /\b(?:profits?|earnings|sales|revenues?|income|loss(?:es)?|growth|econom(?:y|ic)|gdp|output|results|fiscal|quarter|prices?|inflation|shares?|dividends?|budget|spending|forecasts?|deliveries|production|exports?|imports?|orders|demand|margins?|turnover|hedging|referendum|election)\b|[$£€]/i

const QUARTER_WORDS = new Set(['latest', 'year-earlier', 'year-ago', 'same', 'corresponding'])

const quarterRule: Rule = {
  name: 'quarter',
  trigger: /quarter|half|period|Q[1-4]/i,
  // "the third quarter", "third-quarter", "the fiscal first quarter", "the first half of 2019",
  // "the latest quarter", "the year-earlier quarter", "the 1988 period", "last year's quarter",
  // "the corresponding period last year", "Q3 2024".
  re: /\b(?:(the|its|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|the\s+(?:fiscal\s+)?(?:1[6-9]\d\d|20\d\d))\s+)?(?:fiscal\s+)?(comparable\s+|year-earlier\s+|year-ago\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|year-earlier|year-ago|same|corresponding|comparable)[\s-]+)?(?:fiscal\s+)?(quarter|half|period)(?!s)\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(1[6-9]\d\d|20\d\d)\b|\s+(last\s+year|a\s+year\s+(?:ago|earlier)))?|\bQ([1-4])(?:\s+(1[6-9]\d\d|20\d\d))?\b/gi,
  make(m, ctx) {
    const dct = ctx.dct
    if (m[7]) {
      const q = Number(m[7])
      const year = m[8] ? Number(m[8]) : dct ? dct.year : null
      if (year === null) return candidate(m, 'DATE', `XXXX-Q${q}`, 'quarter')
      ctx.lastQuarter = { year, quarter: q }
      return candidate(m, 'DATE', quarterValue(year, q), 'quarter')
    }
    // "a quarter-century low", "quarter-to-quarter": a compound, not a quarter of a year.
    if (/^-\p{L}/u.test(textAfter(ctx.text, m))) return null
    const owner = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'")
    const word = (m[3] ?? '').toLowerCase().replace('comparable', 'corresponding')
    const unit = (m[4] as string).toLowerCase()
    const trailing = m[6] !== undefined || /year-(?:earlier|ago)/i.test(m[2] ?? '')
    const ownerDigits = /\d{4}/.exec(owner)?.[0]
    let ownerYear: number | null = m[5] ? Number(m[5]) : ownerDigits ? Number(ownerDigits) : null
    // "the second half of next year": the year after the unit, outside the match.
    const ofYear =
      m[5] || m[6] ? null : /^\s+of\s+(this|next|last)\s+year\b/i.exec(textAfter(ctx.text, m))
    const extra = ofYear && dct ? ofYear[0].length : 0
    if (ofYear && dct)
      ownerYear =
        dct.year +
        ({ this: 0, next: 1, last: -1 }[(ofYear[1] as string).toLowerCase() as 'this'] ?? 0)
    if (ownerYear === null && dct) {
      if (owner.startsWith('this year')) ownerYear = dct.year
      else if (owner.startsWith('last year')) ownerYear = dct.year - 1
      else if (owner.startsWith('next year')) ownerYear = dct.year + 1
    }
    if (unit === 'half') {
      // "the last half of 1987" is its second half; a half of a decade is no year's half.
      const h = word === 'last' ? 2 : ORDINALS[word]
      if (h !== 1 && h !== 2) return null
      const rest = textAfter(ctx.text, m)
      if (/^\s+of\s+the\s+(?:['’]?\d0s|\d{3}0s|decade|century)/i.test(rest)) return null
      // "the second half started quietly": a half of a match, unless the sentence is about money.
      if (ownerYear === null && !MONEY_CUE.test(ctx.text)) return null
      const year = ownerYear ?? (dct ? dct.year : null)
      const half = candidate(
        m,
        'DATE',
        `${year === null ? 'XXXX' : yearValue(year)}-H${h}`,
        'quarter',
      )
      return { ...half, end: half.end + extra }
    }
    if (unit === 'period' && !QUARTER_WORDS.has(word) && ownerYear === null && !trailing)
      return null
    // "the period 2007-2013": the years are the timexes.
    if (unit === 'period' && m[5] && !word) return null
    if (!word && !owner) return null
    if (!dct) return candidate(m, 'DATE', 'XXXX-QX', 'quarter')
    const current = { year: dct.year, quarter: quarterOf(dct.month) }
    const previous =
      current.quarter === 1
        ? { year: current.year - 1, quarter: 4 }
        : { year: current.year, quarter: current.quarter - 1 }
    const base = ctx.lastQuarter ?? previous
    // "the latest quarter" is the last one completed, whatever the text named before.
    const latest = word === 'latest' || word === 'last' || word === 'previous' ? previous : null
    const ordinal = ORDINALS[word]
    let ref: { year: number; quarter: number }
    let comparison =
      trailing ||
      word === 'year-earlier' ||
      word === 'year-ago' ||
      word === 'corresponding' ||
      word === 'same'
    if (ordinal !== undefined && ordinal > 0) {
      let year = ownerYear ?? current.year
      if (ownerYear === null && ordinal > current.quarter && ctx.tenseAt(m.index) === 'past')
        year -= 1
      ref = { year, quarter: ordinal }
    } else if (word === 'current') ref = current
    else if (word === 'year-earlier' || word === 'year-ago')
      ref = { year: base.year - 1, quarter: base.quarter }
    else if (latest && ownerYear === null) ref = latest
    else ref = ownerYear !== null ? { year: ownerYear, quarter: base.quarter } : base
    if (trailing) ref = { year: ref.year - 1, quarter: ref.quarter }
    if (ownerYear !== null && ctx.lastQuarter && ownerYear < ctx.lastQuarter.year) comparison = true
    if (!comparison) ctx.lastQuarter = ref
    const found = candidate(m, 'DATE', quarterValue(ref.year, ref.quarter), 'quarter')
    const out = { ...found, end: found.end + extra }
    // "its third quarter", "the third-quarter loss": the owner stays out of the span.
    if (owner === 'its' || (owner === 'the' && /-(?:quarter|half)/i.test(m[0] as string))) {
      return { ...out, start: out.start + (m[0] as string).search(/\s\S/) + 1 }
    }
    return out
  },
}

/** The calendar rules, in no particular order (the longest match wins). */
export const CALENDAR_RULES: readonly Rule[] = [
  yearRule,
  spokenYearRule,
  decadeRule,
  centuryRule,
  monthRule,
  seasonRule,
  quarterRule,
]
