/**
 * English calendar words, lower-cased, shared by the stages that must tell a date word from a
 * name or a subject (entities, events). From the Gregorian calendar; the abbreviations are the
 * AP-style and common news ones. The time stage keeps its own month → number table.
 */

/** Month names, January to December. */
export const MONTH_WORDS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** Month abbreviations without their full stop ("may" has none). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]

/** Weekday names, Monday to Sunday. */
export const WEEKDAY_WORDS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]
