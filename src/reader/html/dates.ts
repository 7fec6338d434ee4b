import { MONTHS } from '../lines/data/months.js'

/** A publication date read from a page: ISO 8601 and the calendar day in the page's own offset. */
export interface PageDate {
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm:ss` with `±hh:mm`/`Z` when the page gave one. */
  readonly published: string
  /** `YYYY-MM-DD` as written on the page (never converted to UTC). */
  readonly documentDate: string
}

const MIN_YEAR = 1990
const MAX_YEAR = 2100

const pad = (n: number): string => String(n).padStart(2, '0')

function valid(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d <= days
}

function offsetOf(raw: string | undefined): string {
  if (!raw) return ''
  if (raw === 'Z' || raw === 'z') return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw)
  return m ? `${m[1]}${m[2]}:${m[3]}` : ''
}

function make(
  y: number,
  mo: number,
  d: number,
  time?: { h: number; mi: number; s: number; offset: string },
): PageDate | null {
  if (!valid(y, mo, d)) return null
  const day = `${y}-${pad(mo)}-${pad(d)}`
  if (!time || time.h > 23 || time.mi > 59 || time.s > 60)
    return { published: day, documentDate: day }
  return {
    published: `${day}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${time.offset}`,
    documentDate: day,
  }
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?/
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/
const DOTTED =
  /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b(?:,?\s*(?:um\s*)?(\d{1,2}):(\d{2}))?/
// (?<!\d), not \b: a date glued to a word ("Brasília03/05/2022") is still a date.
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})\b/
const ISO_IN_TEXT = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/
const DAY_MONTH_YEAR =
  /\b(\d{1,2})(?:\.\s*|(?:st|nd|rd|th|er)?\s+)(?:de\s+)?([a-zà-ÿąćęłńóśźż]{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/i
const MONTH_DAY_YEAR = /\b([a-zà-ÿ]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/i
const CLOCK = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?/

function withClock(rest: string): { h: number; mi: number; s: number; offset: string } | undefined {
  const c = CLOCK.exec(rest)
  if (!c) return undefined
  const raw = c[4]
  const offset = raw === 'GMT' || raw === 'UTC' ? 'Z' : offsetOf(raw)
  return { h: Number(c[1]), mi: Number(c[2]), s: Number(c[3] ?? 0), offset }
}

/** A date from a match whose groups hold year, month, day and optionally hour, minute, second, offset. */
function fromIsoGroups(m: RegExpExecArray): PageDate | null {
  const time =
    m[4] !== undefined
      ? { h: Number(m[4]), mi: Number(m[5]), s: Number(m[6] ?? 0), offset: offsetOf(m[7]) }
      : undefined
  return make(Number(m[1]), Number(m[2]), Number(m[3]), time)
}

/**
 * Reads a machine date as pages write them in metadata (`<meta>`, JSON-LD, `<time datetime>`):
 * ISO 8601 (extended or basic), `YYYY/MM/DD`, `DD.MM.YYYY`, and RFC 2822 / written dates with
 * month names. Returns null when nothing plausible (years 1990-2100) is found.
 *
 * @example
 * parseDate('2024-11-06T09:30:00+0100') // { published: '2024-11-06T09:30:00+01:00', documentDate: '2024-11-06' }
 */
export function parseDate(raw: string | null | undefined): PageDate | null {
  if (!raw) return null
  const value = raw.trim()
  if (value === '') return null
  const iso = ISO.exec(value) ?? BASIC.exec(value)
  if (iso) return fromIsoGroups(iso)
  const m = SLASHED.exec(value)
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]), withClock(value.slice(m[0].length)))
  return parseWrittenDate(value)
}

/** A written date with a month name: `order` gives the groups of day, month name and year. */
function namedMonth(
  re: RegExp,
  order: { day: number; month: number; year: number },
  text: string,
): PageDate | null {
  const m = re.exec(text)
  if (!m) return null
  const month = MONTHS.get((m[order.month] as string).toLowerCase())
  if (month === undefined) return null
  const clock = withClock(text.slice(m.index + m[0].length))
  return make(Number(m[order.year]), month, Number(m[order.day]), clock)
}

/**
 * Finds a date written for people in a short text ("6. November 2024", "Nov. 6, 2024",
 * "06.11.2024, 10:15", "6 listopada 2024", "Written: 2024-11-06 15:03"). Day-first numeric dates are read as DD.MM.YYYY (the
 * order of every locale in the dev set); `MM/DD/YYYY` is only accepted when the day is above 12.
 */
export function parseWrittenDate(text: string): PageDate | null {
  const m = DOTTED.exec(text)
  if (m) {
    const time =
      m[4] !== undefined ? { h: Number(m[4]), mi: Number(m[5]), s: 0, offset: '' } : undefined
    const found = make(Number(m[3]), Number(m[2]), Number(m[1]), time)
    if (found) return found
  }
  // An ISO day in running text ("Written: 2024-11-06 15:03").
  const iso = ISO_IN_TEXT.exec(text)
  if (iso) {
    const found = make(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      withClock(text.slice(iso.index + iso[0].length)),
    )
    if (found) return found
  }
  const named =
    namedMonth(DAY_MONTH_YEAR, { day: 1, month: 2, year: 3 }, text) ??
    namedMonth(MONTH_DAY_YEAR, { day: 2, month: 1, year: 3 }, text)
  if (named) return named
  const n = NUMERIC_DMY.exec(text)
  if (n) {
    const a = Number(n[1])
    const b = Number(n[2])
    // Day first unless the first number cannot be a day-of-month paired with a month.
    const found = b > 12 && a <= 12 ? make(Number(n[3]), a, b) : make(Number(n[3]), b, a)
    if (found) return found
  }
  return null
}

const URL_DATE = /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/

/**
 * A date in the URL path (`/2024/11/06/`, `/2024-11-06-title`, `/20241106/`); day precision only.
 *
 * @example
 * dateFromUrl('https://example.org/2024/11/06/story') // { published: '2024-11-06', documentDate: '2024-11-06' }
 */
export function dateFromUrl(url: string | null): PageDate | null {
  if (!url) return null
  let path = url
  try {
    path = new URL(url).pathname
  } catch {
    // not an absolute URL: read it as a path
  }
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path)
  return m ? make(Number(m[1]), Number(m[2]), Number(m[3])) : null
}
