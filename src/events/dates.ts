import type { Timex } from '../core/schema.js'

/** An event's date as the contract writes it. */
export interface EventDate {
  readonly value: string
  readonly timex: string | null
  readonly basis: 'explicit' | 'inferred' | 'document'
}

const RANK: Readonly<Record<string, number>> = {
  time: 6,
  day: 5,
  week: 4,
  month: 3,
  quarter: 2,
  year: 1,
}

/** True for a timex that can date an event: a DATE or TIME with a calendar value. */
export function datable(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value)
}

/**
 * The explicit date of an event from the timexes of its sentence (character offsets):
 * 1. a timex in the trigger's own comma-delimited segment, the finest resolution first
 *    ("won the 2024 election on Nov. 5" → Nov. 5), then the nearest;
 * 2. a timex fronted before the sentence's first comma, which governs the clause after it
 *    ("Earlier on Nov. 6, ..., Zelensky congratulated");
 * 3. the only datable timex of a sentence with a single event.
 * Granularity is kept: "a 2019 phone call" dates to 2019, not 2019-01-01.
 */
export function explicitDate(
  timexes: readonly Timex[],
  segment: { start: number; end: number },
  sentence: { start: number; end: number },
  firstComma: number,
  trigger: number,
  singleEvent: boolean,
): EventDate | null {
  const inSentence = timexes.filter(
    (t) => datable(t) && t.start >= sentence.start && t.end <= sentence.end,
  )
  if (inSentence.length === 0) return null
  const inSegment = inSentence.filter((t) => t.start >= segment.start && t.end <= segment.end)
  const pick = (list: readonly Timex[]): Timex | undefined =>
    [...list].sort(
      (a, b) =>
        (RANK[b.resolution] ?? 0) - (RANK[a.resolution] ?? 0) ||
        Math.abs(a.start - trigger) - Math.abs(b.start - trigger),
    )[0]
  let chosen = pick(inSegment)
  if (!chosen && firstComma !== -1)
    chosen = pick(inSentence.filter((t) => t.end <= firstComma && trigger > firstComma))
  if (!chosen && singleEvent && inSentence.length === 1) chosen = inSentence[0]
  return chosen ? { value: chosen.value, timex: chosen.id, basis: 'explicit' } : null
}
