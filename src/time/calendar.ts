/**
 * Calendar arithmetic for TIMEX3 values: proleptic Gregorian dates as plain numbers (no `Date`
 * time zones involved), ISO 8601 weeks, quarters and the value formats of TIMEX3.
 */

/** A calendar day. `month` is 1-12. */
export interface CalDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

/** Days since 1970-01-01 of a calendar day (UTC, no time zone). */
export function toDayNumber(d: CalDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000)
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): CalDate {
  const date = new Date(n * 86_400_000)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** `d` plus `days` days. */
export function addDays(d: CalDate, days: number): CalDate {
  return fromDayNumber(toDayNumber(d) + days)
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(d: CalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = toDayNumber(d)
  return ((((n + 3) % 7) + 7) % 7) + 1
}

/** The ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: CalDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d))
  const jan1 = toDayNumber({ year: thursday.year, month: 1, day: 1 })
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 }
}

/** Year and month `n` months after (`n` < 0: before) the month of `d`. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 }
}

/** True when `year-month-day` is a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  const back = fromDayNumber(toDayNumber({ year, month, day }))
  return back.month === month && back.day === day
}

/** Parses `YYYY-MM-DD` (any suffix ignored); null when it is not a real day. */
export function parseIsoDate(value: string | null): CalDate | null {
  if (value === null) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return isValidDate(year, month, day) ? { year, month, day } : null
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** TIMEX3 year value: `2019`. */
export function yearValue(year: number): string {
  return pad(year, 4)
}

/** TIMEX3 month value: `2024-11`. */
export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`
}

/** TIMEX3 day value: `2024-11-06`. */
export function dayValue(d: CalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
}

/** TIMEX3 ISO week value of the week holding `d`: `2024-W45`. */
export function weekValue(d: CalDate): string {
  const w = isoWeek(d)
  return `${pad(w.year, 4)}-W${pad(w.week)}`
}

/** TIMEX3 quarter value: `2024-Q3`. */
export function quarterValue(year: number, quarter: number): string {
  return `${pad(year, 4)}-Q${quarter}`
}

/** The quarter (1-4) of a month (1-12). */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1
}
