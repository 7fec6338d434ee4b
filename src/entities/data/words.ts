import { MONTH_ABBREVIATIONS, MONTH_WORDS, WEEKDAY_WORDS } from '../../nlp/data/calendar-words.js'

/**
 * Small word lists for name spans, from English and European naming conventions: generational
 * suffixes and capitalised words that are never names on their own (months, days); the particles
 * that join surnames are in `nlp/data/name-particles.ts`. To extend: add the lower-case word.
 */

/** Generational and similar suffixes after a surname. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'jr',
  'jr.',
  'sr',
  'sr.',
  'ii',
  'iii',
  'iv',
])

/** Capitalised words that are not entities by themselves. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...MONTH_WORDS,
  ...MONTH_ABBREVIATIONS.flatMap((a) => [a, `${a}.`]),
  ...WEEKDAY_WORDS,
  'i',
  'a',
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'we',
  'he',
  'she',
  'they',
  'you',
  'his',
  'her',
  'our',
  'their',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'god',
])
