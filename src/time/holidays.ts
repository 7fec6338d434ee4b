import { addDays, type CalDate, isoWeekday } from './calendar.js'

/**
 * Named days (data). Fixed dates and the rules of the moveable ones, from the public calendars
 * of the United States (federal holidays, Election Day by 2 U.S.C. §7), the United Kingdom and
 * the Western Christian calendar (Easter by the anonymous Gregorian computus). Extend with a
 * name → date rule; names are matched case-insensitively, with a straight or curly apostrophe.
 */

/** The date of a named day in a given year. */
export type HolidayRule = (year: number) => CalDate

const fixed =
  (month: number, day: number): HolidayRule =>
  (year) => ({ year, month, day })

/** The `n`-th (1-based; -1 for the last) ISO weekday `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalDate {
  if (n < 0) {
    const last = addDays(
      month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 },
      -1,
    )
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7))
  }
  const first = { year, month, day: 1 }
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1))
}

/** Easter Sunday (Gregorian). */
export function easter(year: number): CalDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { year, month, day }
}

/** Named days → their rule. Keys are lower-case, apostrophes straight. */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  "valentine's day": fixed(2, 14),
  'independence day': fixed(7, 4),
  'fourth of july': fixed(7, 4),
  'july fourth': fixed(7, 4),
  halloween: fixed(10, 31),
  'veterans day': fixed(11, 11),
  'armistice day': fixed(11, 11),
  'remembrance day': fixed(11, 11),
  'christmas eve': fixed(12, 24),
  'christmas day': fixed(12, 25),
  christmas: fixed(12, 25),
  'boxing day': fixed(12, 26),
  'bastille day': fixed(7, 14),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  "mother's day": (y) => nthWeekday(y, 5, 7, 2),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  'easter monday': (y) => addDays(easter(y), 1),
}
