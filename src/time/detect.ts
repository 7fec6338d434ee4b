import { FLOATING_DAY } from './anaphora.js'
import { addDays, dayValue, weekValue } from './calendar.js'
import type { Candidate, Rule, RuleContext } from './candidate.js'
import { chronoCandidates, type DateOrder } from './chrono-dates.js'
import { CALENDAR_RULES } from './rules-calendar.js'
import { DAY_RULES } from './rules-day.js'
import { RELATIVE_RULES } from './rules-relative.js'

/**
 * Finds the time expressions of one sentence. A cascade:
 * 1. every rule (calendar units, offsets, durations, sets, refs) and chrono's calendar dates and
 *    clock times propose candidates;
 * 2. overlaps are settled by the longest span (chrono wins a tie: it read a full date);
 * 3. a clock time next to a day ("10 p.m. Wednesday", "Tuesday at 9 a.m.") becomes one TIME;
 *    one a few words from a day ("at 8:20 a.m. (0620 GMT) Friday") takes that day.
 */
const RULES: readonly Rule[] = [...CALENDAR_RULES, ...DAY_RULES, ...RELATIVE_RULES]

/** The time expressions of one sentence (offsets relative to `ctx.text`), in text order. */
export function detectSentence(ctx: RuleContext, order: DateOrder): Candidate[] {
  const found: { c: Candidate; readonly rank: number }[] = []
  for (const c of chronoCandidates(ctx, order)) found.push({ c, rank: 1 })
  for (const rule of RULES) {
    if (!rule.trigger.test(ctx.text)) continue
    rule.re.lastIndex = 0
    let m = rule.re.exec(ctx.text)
    while (m !== null) {
      if (m[0] === '') {
        rule.re.lastIndex++
      } else {
        const made = rule.make(m, ctx)
        if (made) for (const c of Array.isArray(made) ? made : [made]) found.push({ c, rank: 0 })
      }
      m = rule.re.exec(ctx.text)
    }
  }
  for (const f of found) f.c = tidy(f.c, ctx.text)
  found.sort(
    (a, b) =>
      b.c.end - b.c.start - (a.c.end - a.c.start) || b.rank - a.rank || a.c.start - b.c.start,
  )
  const kept: Candidate[] = []
  // UTF-16 units already taken by a kept candidate: linear in the text, not in pairs.
  const taken = new Uint8Array(ctx.text.length)
  for (const { c } of found) {
    if (c.end <= c.start || c.start < 0 || c.end > ctx.text.length) continue
    if (taken.subarray(c.start, c.end).includes(1)) continue
    taken.fill(1, c.start, c.end)
    kept.push(c)
  }
  kept.sort((a, b) => a.start - b.start)
  return placeClocks(mergeClockAndDay(kept, ctx.text))
}

// How far (UTF-16 units) a day of the sentence may stand from a clock time it dates.
const CLOCK_DAY_GAP = 30

/** A floating clock time takes the day of the nearest dated candidate within a few words. */
function placeClocks(list: Candidate[]): Candidate[] {
  return list.map((c) => {
    if (c.kind !== 'clock' || !c.value.startsWith(`${FLOATING_DAY}T`)) return c
    let best: Candidate | null = null
    let gap = CLOCK_DAY_GAP + 1
    for (const d of list) {
      if (d === c || !d.day) continue
      const g = d.start >= c.end ? d.start - c.end : c.start - d.end
      if (g >= 0 && g < gap) {
        gap = g
        best = d
      }
    }
    return best?.day ? { ...c, value: `${dayValue(best.day)}T${c.clock ?? ''}` } : c
  })
}

/** Trims a span: no surrounding white space, no possessive ("Friday's" → "Friday"). */
function tidy(c: Candidate, text: string): Candidate {
  let { start, end } = c
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  if (end - start > 2 && /^['’]s$/.test(text.slice(end - 2, end))) end -= 2
  return start === c.start && end === c.end ? c : { ...c, start, end }
}

function mergeClockAndDay(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = []
  for (const c of list) {
    const prev = out[out.length - 1]
    if (prev) {
      const gap = text.slice(prev.end, c.start)
      const pair =
        prev.kind === 'clock' && c.kind === 'day'
          ? { clock: prev, day: c }
          : prev.kind === 'day' && c.kind === 'clock'
            ? { clock: c, day: prev }
            : null
      // "the night of 9 August": the date is the timex; the part of the day names no other day.
      if (/T(?:MO|AF|EV|NI)$/.test(prev.value) && c.kind === 'day' && /^\s+of\s+$/.test(gap)) {
        out[out.length - 1] = c
        continue
      }
      // "the day before last Monday's vote", "the week of Dec. 2": counted from that day.
      const lead = text.slice(prev.start, prev.end)
      const dayLead = /^the\s+day\s+(before|after)$/i.exec(lead)
      if (c.day && dayLead && /^\s+$/.test(gap)) {
        const day = addDays(c.day, /before/i.test(dayLead[1] as string) ? -1 : 1)
        const value = dayValue(day)
        out[out.length - 1] = { ...c, start: prev.start, value, resolution: 'day', day }
        continue
      }
      if (c.day && /^the\s+week$/i.test(lead) && /^\s+of\s+$/.test(gap)) {
        const value = weekValue(c.day)
        out[out.length - 1] = {
          start: prev.start,
          end: c.end,
          type: 'DATE',
          value,
          resolution: 'week',
          kind: 'other',
        }
        continue
      }
      // "January nineteen ninety-seven": a month, then its year.
      if (
        prev.resolution === 'month' &&
        c.resolution === 'year' &&
        /^,?\s+$/.test(gap) &&
        /^\d{4}$/.test(c.value)
      ) {
        out[out.length - 1] = { ...prev, end: c.end, value: `${c.value}${prev.value.slice(4)}` }
        continue
      }
      if (pair && /^(?:,?\s+|\s+(?:on|at)\s+)$/.test(gap)) {
        out[out.length - 1] = {
          start: prev.start,
          end: c.end,
          type: 'TIME',
          value: `${pair.day.value}T${pair.clock.clock ?? ''}`,
          resolution: 'time',
          kind: 'other',
          ...(pair.day.day ? { day: pair.day.day } : {}),
        }
        continue
      }
    }
    out.push(c)
  }
  return out
}
