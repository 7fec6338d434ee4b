import { addDays, addMonths, type CalDate, dayValue, monthValue, weekValue } from './calendar.js'
import { alternation, type Candidate } from './candidate.js'
import { MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS } from './lexicon.js'

/**
 * Shared pieces of the rules: regular-expression fragments, the words around a match, and
 * candidate builders. Offsets are UTF-16 units of the sentence a rule reads.
 */

/** A month name or a dotted abbreviation ("Sept."). */
export const MONTH = `(?:${alternation(Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may'))}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.)`
/** A weekday name. */
export const WEEKDAY = alternation(Object.keys(WEEKDAYS))
/** A part of the day. */
export const POD = alternation(Object.keys(PARTS_OF_DAY).filter((p) => p !== 'overnight'))
/** A season. */
export const SEASON = alternation(Object.keys(SEASONS))
/** "the end of", "the beginning of"... before a unit. */
export const FRAME = '(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+)'
/** "early", "late", "mid"... before a unit. */
export const EDGE = '(?:early|late|mid|earlier|later)'

/** The word before `index` in `text`, lower-cased ('' at the start). */
export function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\d'’-]+)\W*$/u.exec(text.slice(Math.max(0, index - 30), index))
  return m ? (m[1] as string) : ''
}

/** The word after `index` in `text` ('' at the end). */
export function wordAfter(text: string, index: number): string {
  const m = /^[\s,]*([\p{L}\d'’.-]+)/u.exec(text.slice(index, index + 30))
  return m ? (m[1] as string).replace(/\.$/, '') : ''
}

/** True when a word starts with a capital letter. */
/** A few words of the text after a match (a bounded slice: sentences can be huge). */
export function textAfter(text: string, m: RegExpExecArray, length = 40): string {
  const end = m.index + (m[0] as string).length
  return text.slice(end, end + length)
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w)

/** A candidate over a match (or one of its groups). */
export function candidate(
  m: RegExpExecArray,
  type: Candidate['type'],
  value: string,
  resolution: Candidate['resolution'],
  extra: Partial<Candidate> = {},
  group = 0,
): Candidate {
  const text = m[group] as string
  const start = m.index + (m[0] as string).indexOf(text)
  return { start, end: start + text.length, type, value, resolution, kind: 'other', ...extra }
}

/**
 * A day candidate ("Tuesday", "yesterday"), with a part of the day ("Friday night", "yesterday
 * afternoon") a TIME valued to that part of the day (1998-10-23TNI). The TimeML guidelines type an
 * expression finer than a day as TIME, and TimeBank annotates every weekday with a part of the day
 * so (4 of 4); AQUAINT's DATE readings of the same phrase are not followed.
 */
export function dayCandidate(
  m: RegExpExecArray,
  day: CalDate | null,
  pod: string | undefined,
): Candidate {
  const value = day ? dayValue(day) : 'XXXX-XX-XX'
  if (pod) {
    const code = PARTS_OF_DAY[pod.toLowerCase()] as string
    return candidate(m, 'TIME', `${value}T${code}`, 'time', day ? { day } : {})
  }
  return candidate(m, 'DATE', value, 'day', day ? { kind: 'day', day } : { kind: 'day' })
}

/** Week helper for rules elsewhere: the TIMEX3 week value `weeks` weeks from the document date. */
export function weekFrom(dct: CalDate, weeks: number): string {
  return weekValue(addDays(dct, weeks * 7))
}

/** Month helper: the TIMEX3 month value `months` months from the document date. */
export function monthFrom(dct: CalDate, months: number): string {
  const m = addMonths(dct.year, dct.month, months)
  return monthValue(m.year, m.month)
}
