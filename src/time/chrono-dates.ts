import * as chrono from 'chrono-node'
import { type CalDate, dayValue, isValidDate } from './calendar.js'
import type { Candidate, RuleContext } from './candidate.js'
import { yearForMonth } from './candidate.js'

/**
 * Calendar dates and clock times by chrono-node (strict mode: "Nov. 6", "Jan. 20, 2025",
 * "October 28", "Thursday, April 6", "12/03/2024", "1:09 AM"). Everything casual ("last week",
 * "now", "evening", "for three years") is left to the rules, which give TIMEX3 values rather
 * than points in time. chrono is fed one sentence at a time: it slows down superlinearly on long
 * inputs. Numeric dates follow the source's locale: day-month-year where it is known to be
 * British-style, month-day-year otherwise.
 */

/** Numeric date order. */
export type DateOrder = 'mdy' | 'dmy'

const MDY = chrono.en.strict
const DMY = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true))

// Only sentences with a month name, a numeric date or a clock time go to chrono (speed).
const WORTH_PARSING =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/.-]\d{1,2}[/.-]\d|\d{1,2}(?::\d\d)?\s*(?:a\.?m\b|p\.?m\b)|\d:\d\d/i

// A month name or a numeric date, with a digit: what a calendar date looks like.
const CALENDAR_FORM = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/.-]\d/i

// A month name inside chrono's text.
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i

// Leading words chrono keeps that TimeML leaves out of the span.
const LEADING = /^(?:at|on|from|by|since|until|in|of)\s+/i

/**
 * Finds chrono's dates and clock times in one sentence, as candidates with sentence offsets.
 */
export function chronoCandidates(ctx: RuleContext, order: DateOrder): Candidate[] {
  if (!WORTH_PARSING.test(ctx.text)) return []
  const parser = order === 'dmy' ? DMY : MDY
  const instant = ctx.dct
    ? new Date(Date.UTC(ctx.dct.year, ctx.dct.month - 1, ctx.dct.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12))
  const out: Candidate[] = []
  // chrono slows down superlinearly on long inputs: a run-on "sentence" (a table, a list) is
  // read in windows of about 600 UTF-16 units, cut at a space.
  for (let from = 0; from < ctx.text.length; ) {
    let to = Math.min(ctx.text.length, from + WINDOW)
    if (to < ctx.text.length) {
      const space = ctx.text.lastIndexOf(' ', to)
      if (space > from + WINDOW / 2) to = space
    }
    const chunk = ctx.text.slice(from, to)
    if (WORTH_PARSING.test(chunk))
      readChunk(parser.parse(chunk, { instant, timezone: 0 }), from, ctx, out)
    from = to
  }
  return out
}

const WINDOW = 600

function readChunk(
  results: chrono.ParsedResult[],
  offset: number,
  ctx: RuleContext,
  out: Candidate[],
): void {
  for (const r of results) {
    let text = r.text
    let start = r.index + offset
    const lead = LEADING.exec(text)
    if (lead) {
      start += lead[0].length
      text = text.slice(lead[0].length)
    }
    if (r.end) {
      // A range ("Aug. 14 to Oct. 9", "from 1:30 to 2"): each end is a timex of its own.
      const cut = /\s*(?:-|–|to|until|through)\s*/i.exec(text)
      if (!cut) continue
      const second = text.slice(cut.index + cut[0].length)
      const first = toCandidate(r.start, text.slice(0, cut.index), start, ctx, r.tags())
      const last = toCandidate(r.end, second, start + cut.index + cut[0].length, ctx, r.tags())
      if (first && last) out.push(first, last)
      continue
    }
    // Only what chrono reads from a calendar form ("Nov. 6", "12/03/2024"); its relative
    // parsers ("two days later") are the rules' business.
    if (!/\d/.test(text) || !CALENDAR_FORM.test(text)) continue
    const c = toCandidate(r.start, text, start, ctx, r.tags())
    if (c) out.push(c)
  }
}

function toCandidate(
  component: chrono.ParsedComponents,
  text: string,
  start: number,
  ctx: RuleContext,
  tags: Set<string>,
): Candidate | null {
  // "Model 2 may be launched": a month name is written with a capital in English news.
  const name = MONTH_NAME.exec(text)?.[0]
  if (name && !/^\p{Lu}/u.test(name)) return null
  const month = component.isCertain('month') ? component.get('month') : null
  const day = component.isCertain('day') ? component.get('day') : null
  const hasClock = component.isCertain('hour')
  const meridiem = component.isCertain('meridiem')
  const year = component.isCertain('year') ? component.get('year') : null
  let date: CalDate | null = null
  let value: string | null = null
  if (month !== null && day !== null) {
    // A slash date without a year ("3/4") is more often a ratio or a score than a date.
    if (year === null && [...tags].some((t) => t.includes('Slash'))) return null
    const y = year ?? (ctx.dct ? yearForMonth(ctx.dct, month, day, ctx.tenseAt(start)) : null)
    if (y !== null) {
      if (!isValidDate(y, month, day)) return null
      date = { year: y, month, day }
      value = dayValue(date)
    } else value = `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  }
  // Clock times alone are the clock rule's ("10 p.m. Wednesday" is beyond chrono's strict mode).
  if (value === null) return null
  let clock: string | null = null
  if (hasClock && (meridiem || /\d:\d\d/.test(text))) {
    const minute = component.get('minute') ?? 0
    clock = `${String(component.get('hour')).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  }
  const end = start + text.length
  if (clock !== null) {
    const base = value ?? (ctx.dct ? dayValue(ctx.dct) : 'XXXX-XX-XX')
    return {
      start,
      end,
      type: 'TIME',
      value: `${base}T${clock}`,
      resolution: 'time',
      kind: value ? 'other' : 'clock',
      clock,
    }
  }
  return {
    start,
    end,
    type: 'DATE',
    value: value as string,
    resolution: 'day',
    kind: 'day',
    ...(date ? { day: date } : {}),
  }
}
