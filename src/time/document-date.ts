import type { Meta } from '../core/schema.js'
import { addDays, type CalDate, dayValue, parseIsoDate } from './calendar.js'
import { ZONE_OFFSETS } from './lexicon.js'

/**
 * Settles the document date (the anchor of every relative expression) and the publication time.
 *
 * The document date, a cascade:
 * 1. a date given with the input (`--date`, a record's `date`), which overrides everything;
 * 2. the date the reader found (a `date YYYY-MM-DD` header line, HTML metadata);
 * 3. the local calendar day of `published` (the byline or metadata timestamp), with the
 *    late-night rule: a story stamped before 04:00 local time belongs to the news day before
 *    (it was written about the evening that just ended; "today" in it means that day);
 * 4. none: relative expressions keep underspecified TIMEX3 values (`XXXX-XX-XX`) and the
 *    document gets a `time/date-unknown` message.
 *
 * The publication time keeps the outlet's local clock; a stated zone abbreviation ("1:09 AM EST")
 * becomes its ISO offset (`-05:00`). A UTC timestamp (`Z`) stays UTC: its local day is the UTC day.
 */

/** Hours before which a local publication time belongs to the previous news day. */
export const LATE_NIGHT_HOUR = 4

/** The settled dates of one document. */
export interface SettledDates {
  readonly documentDate: string | null
  readonly published: string | null
  /** Where the document date came from. */
  readonly source: 'given' | 'reader' | 'published' | 'none'
}

const ISO_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{1,5})?$/

/** Normalises a publication timestamp: ISO 8601, a zone abbreviation turned into an offset. */
export function normalisePublished(published: string | null): string | null {
  if (published === null) return null
  const m = ISO_TIME.exec(published.trim())
  if (!m) return published
  const zone = m[5]
  if (!zone || zone === 'Z' || /^[+-]/.test(zone) || m[2] === undefined) return published.trim()
  const offset = ZONE_OFFSETS[zone]
  if (offset === undefined) return published.trim()
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${m[1]}T${m[2]}:${m[3]}${m[4] ? `:${m[4]}` : ''}${sign}${hh}:${mm}`
}

/** The news day of a publication timestamp (the late-night rule applied). */
export function newsDayOf(published: string | null): CalDate | null {
  if (published === null) return null
  const m = ISO_TIME.exec(published.trim())
  const day = parseIsoDate(m ? (m[1] as string) : published)
  if (!day || !m || m[2] === undefined) return day
  return Number(m[2]) < LATE_NIGHT_HOUR ? addDays(day, -1) : day
}

/**
 * Settles the document date and publication time from the given date, the reader's metadata
 * and the publication timestamp.
 *
 * @example
 * settleDates({ ...meta, documentDate: null, published: '2024-11-07T01:09' }, null)
 * // → { documentDate: '2024-11-06', published: '2024-11-07T01:09', source: 'published' }
 */
export function settleDates(meta: Meta, given: string | null): SettledDates {
  const published = normalisePublished(meta.published)
  const fromGiven = parseIsoDate(given)
  if (fromGiven) return { documentDate: dayValue(fromGiven), published, source: 'given' }
  const fromReader = parseIsoDate(meta.documentDate)
  if (fromReader) return { documentDate: dayValue(fromReader), published, source: 'reader' }
  const fromPublished = newsDayOf(published)
  if (fromPublished)
    return { documentDate: dayValue(fromPublished), published, source: 'published' }
  return { documentDate: null, published, source: 'none' }
}
