import { MONTHS, ZONES } from './data/months.js'

/** A calendar date found in a line, with the clock time and zone offset stated next to it. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  readonly date: string
  /** `HH:MM` (24 h), or null when the line states no time. */
  readonly time: string | null
  /** `+HH:MM` / `-HH:MM` when a zone is stated, else null (local time of the outlet). */
  readonly offset: string | null
  /** UTF-16 offsets of the date expression in the line. */
  readonly start: number
  readonly end: number
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const MONTH = `(${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|')})\\.?`
const NL = '(?<![\\p{L}\\d])'
const NR = '(?![\\p{L}\\d])'
/** After a year: not a longer number, but a glued next date or word may follow ("20199. Mai"). */
const YEAR_END = '(?!\\d{3})'

const AMERICAN_CLOCK = /\d\s*[ap]\.?m\b|\b[ECMP][SD]T\b/i
/**
 * Function words of the languages that write the day first and the clock with "a.m."/"p.m."
 * (Spanish, Portuguese, French, Italian), in lower case: a line holding one is not American.
 */
const DAY_FIRST_WORDS = /(?<!\p{L})(?:el|del|de|la|las|los|em|às|do|da|le|à|il)(?!\p{L})/u

/** The date shapes, each with a function reading year, month, day from its groups. */
const DATE_SHAPES: readonly {
  re: RegExp
  read: (m: RegExpExecArray) => [number, number, number]
}[] = [
  {
    // 2024-11-06, 2024-11-06T01:09:00Z, 2017-09-15 17:52
    re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/gu,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // November 7, 2024 · Nov. 7th 2024
    re: new RegExp(`${NL}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEAR_END}`, 'giu'),
    read: (m) => [Number(m[3]), MONTHS.get((m[1] as string).toLowerCase()) ?? 0, Number(m[2])],
  },
  {
    // 7 November 2024 · 6. November 2024 · 7 de noviembre de 2024 · 1er mars 2024
    re: new RegExp(
      `${NL}(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?(\\d{4})${YEAR_END}`,
      'giu',
    ),
    read: (m) => [Number(m[3]), MONTHS.get((m[2] as string).toLowerCase()) ?? 0, Number(m[1])],
  },
  {
    // 06.11.2024 · 6/11/2024 · 19.10.19: day first, as in most of the world; month first when the second
    // number cannot be a month, or for a slash date in an English line with an American clock
    // (AM/PM, EST; "Actualizado el 03/04/2023 09:30 a.m." is day first).
    re: /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2}(?=[\s,;|]|$))(?![\d.])/gu,
    read: (m) => {
      const a = Number(m[1])
      const b = Number(m[3])
      // A two-digit year ("19.10.19") is of this century up to 69, of the last from 70.
      // Numeric dates before 1970 are digits glued to something else ("28.09.1912:44").
      const y = Number(m[4])
      if (y < 100) m[4] = String(y < 70 ? 2000 + y : 1900 + y)
      else if (y < 1970) return [0, 0, 0]
      const us = m[2] === '/' && AMERICAN_CLOCK.test(m.input) && !DAY_FIRST_WORDS.test(m.input)
      return (b > 12 && a <= 12) || (us && a <= 12) ? [Number(m[4]), a, b] : [Number(m[4]), b, a]
    },
  },
  {
    // 13. 1. 2020 · 13. 01. 2020: a German numeric date written with spaces
    re: /(?<![\d.])(\d{1,2})\. (\d{1,2})\. ?(\d{4})(?!\d)/gu,
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
]

const TIME =
  /(?<![\d:.])(\d{1,2})(?::(\d{2})(?::\d{2})?|h(\d{2})|\.(\d{2})(?=\s*(?:uhr|[ap]\.?\s?m|gmt|bst|utc|cet|cest|mez|mesz|est|edt)(?![a-z]))|(?=\s*[ap]\.?\s?m(?![a-z])))(?:\s*([ap])\.?\s?m(?![a-z])\.?)?(?:\s*uhr)?(\s+\(?([a-z]{1,4})(?:([+-]\d{1,2}(?::?\d{2})?)\)?|\)?(?![a-z])))?/giu

const DAY_MONTH = new RegExp(`${NL}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${NR}`, 'iu')
const DAY_MONTH_DAY_FIRST = new RegExp(`${NL}(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+${MONTH}${NR}`, 'iu')

const pad = (n: number) => String(n).padStart(2, '0')

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** A clock time found in a line. */
export interface FoundTime {
  readonly time: string
  readonly offset: string | null
  readonly start: number
  readonly end: number
}

/** `+2`, `-5`, `+05:30`, `+0530` as an offset `+HH:MM`, or null when it is out of range. */
function shiftOffset(text: string): string | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text)
  if (!m || Number(m[2]) > 14) return null
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`
}

/** Every clock time of a line ("1:09 AM", "17:52", "3:45 PM EST", "13.45 Uhr"), in order. */
export function findTimes(line: string): FoundTime[] {
  const out: FoundTime[] = []
  TIME.lastIndex = 0
  for (let m = TIME.exec(line); m !== null; m = TIME.exec(line)) {
    let h = Number(m[1])
    const min = Number(m[2] ?? m[3] ?? m[4] ?? '0')
    const ampm = m[5]?.toLowerCase()
    if (ampm === 'p' && h < 12) h += 12
    if (ampm === 'a' && h === 12) h = 0
    if (h > 23 || min > 59) continue
    const zone = m[7]?.toLowerCase()
    // "GMT+2", "UTC-05:00": a shift from GMT/UTC stated after the zone
    const shift = m[8] && (zone === 'gmt' || zone === 'utc') ? shiftOffset(m[8]) : null
    const offset = shift ?? (zone ? (ZONES.get(zone) ?? null) : null)
    // A word after the time that is not a zone is not part of it ("17:52 in Beijing").
    const end = m.index + m[0].length - (zone && !offset ? (m[6]?.length ?? 0) : 0)
    out.push({ time: `${pad(h)}:${pad(min)}`, offset, start: m.index, end })
  }
  return out
}

/** Every calendar date (with a year) of a line, in order of position. */
export function findDates(line: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const shape of DATE_SHAPES) {
    shape.re.lastIndex = 0
    for (let m = shape.re.exec(line); m !== null; m = shape.re.exec(line)) {
      const [y, mo, d] = shape.read(m)
      const date = validDate(y, mo, d)
      if (date === null) continue
      const start = m.index
      const end = m.index + m[0].length
      if (found.some((f) => start < f.end && f.start < end)) continue
      // ISO timestamps carry their own time and offset.
      const time =
        m[4] !== undefined && shape === DATE_SHAPES[0] ? `${pad(Number(m[4]))}:${m[5]}` : null
      const z = shape === DATE_SHAPES[0] ? m[6] : undefined
      const offset =
        z === undefined ? null : z === 'Z' ? '+00:00' : z.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      found.push({ date, time, offset, start, end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The first date of a line with the clock time stated around it (the nearest time not inside
 * another date), or null.
 *
 * @example
 * findDate('by Jane Doe March 3, 2023 4:27 PM 3 min read')
 * // → { date: '2023-03-03', time: '16:27', offset: null, ... }
 */
export function findDate(line: string): FoundDate | null {
  const dates = findDates(line)
  const first = dates[0]
  if (!first) return null
  if (first.time !== null) return first
  const times = findTimes(line).filter(
    (t) => !dates.some((d) => t.start < d.end && d.start < t.end),
  )
  if (times.length === 0) return first
  const near = times.reduce((a, b) =>
    Math.abs(a.start - first.end) <= Math.abs(b.start - first.end) ? a : b,
  )
  return { ...first, time: near.time, offset: near.offset }
}

/** ISO 8601 of a found date: `2024-11-07T01:09`, with the offset when a zone was stated. */
export function isoOf(found: FoundDate): string {
  if (found.time === null) return found.date
  return `${found.date}T${found.time}${found.offset ?? ''}`
}

/**
 * A day and month without a year ("OCTOBER 28", "28 October"), resolved with `year`; null when
 * there is none or no year to resolve it with.
 */
export function findDayMonth(text: string, year: number | null): string | null {
  const full = findDates(text)[0]
  if (full) return full.date
  if (year === null) return null
  const a = DAY_MONTH.exec(text)
  if (a) return validDate(year, MONTHS.get((a[1] as string).toLowerCase()) ?? 0, Number(a[2]))
  const b = DAY_MONTH_DAY_FIRST.exec(text)
  if (b) return validDate(year, MONTHS.get((b[2] as string).toLowerCase()) ?? 0, Number(b[1]))
  return null
}
