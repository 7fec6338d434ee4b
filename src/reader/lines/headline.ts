import type { ClassifiedLine } from './line.js'
import type { LineRange } from './segment.js'
import {
  type ChosenTitle,
  chooseSlugTitle,
  chooseTitle,
  echoSet,
  isLabel,
  type Slug,
  type TitleCandidate,
} from './title.js'

/** Lines before the article searched for a headline when there is no URL to echo. */
const HEADLINE_WINDOW = 15
/** Lines before the article searched first for the headline the URL spells out. */
const SLUG_WINDOW = 40

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

/** The index of the line that repeats a known headline (alone, or with a site name after it). */
export function findHintLine(
  lines: readonly ClassifiedLine[],
  hint: string,
  before: number,
): number {
  const h = normalise(hint)
  for (let i = 0; i < Math.min(lines.length, before); i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind !== 'body' && line.kind !== 'byline') continue
    const t = normalise(line.text)
    if (t === h || (t.startsWith(h) && /^\s*[|–—:-]/.test(t.slice(h.length)))) return i
  }
  return -1
}

/** The first paragraph of the run: a line of running text, not a headline that scores as prose. */
function firstParagraph(
  lines: readonly ClassifiedLine[],
  scores: readonly number[],
  range: LineRange,
): number {
  for (let i = range.start; i < range.end; i++) {
    const line = lines[i] as ClassifiedLine
    // A long headline without its full stop ("Perturbazione polare al Centro. Il Nord, ...
    // mantiene temperature alte") scores as prose too: a paragraph ends like a sentence.
    const f = line.features
    if ((scores[i] as number) > 1 && f.words >= 12 && (f.terminal || f.words >= 30)) return i
  }
  return range.start
}

/** Finds the headline: the line the URL spells out, else one before the first paragraph. */
export function findHeadline(
  lines: readonly ClassifiedLine[],
  scores: readonly number[],
  range: LineRange,
  slug: Slug,
): ChosenTitle | null {
  const firstText = lines.findIndex((l) => l.kind !== 'header' && l.kind !== 'notice')
  const candidate = (i: number, distance: number): TitleCandidate => {
    const line = lines[i] as ClassifiedLine
    return { index: i, text: line.text, features: line.features, first: i === firstText, distance }
  }
  const first = firstParagraph(lines, scores, range)
  if (slug.count > 0) {
    // The URL's headline near the article first (a teaser elsewhere may echo the URL too), else
    // anywhere on the page.
    const proseAfter = (index: number) => {
      for (let i = index + 1; i < Math.min(lines.length, index + 9); i++)
        if ((scores[i] as number) > 1) return true
      return false
    }
    for (const [from, to] of [
      [Math.max(0, range.start - SLUG_WINDOW), first],
      [0, lines.length],
    ] as const) {
      const some: TitleCandidate[] = []
      for (let i = from; i < to; i++)
        if ((lines[i] as ClassifiedLine).kind === 'body') some.push(candidate(i, 0))
      const bySlug = chooseSlugTitle(some, slug, proseAfter)
      if (bySlug !== null) return { candidate: bySlug, strong: true }
    }
  }
  const candidates: TitleCandidate[] = []
  let distance = 0
  for (let i = first - 1; i >= Math.max(0, range.start - HEADLINE_WINDOW); i--) {
    if ((lines[i] as ClassifiedLine).kind !== 'body') continue
    candidates.push(candidate(i, distance))
    distance++
  }
  const bodyLines: string[] = []
  for (let i = first; i < range.end && bodyLines.length < 8; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'body') bodyLines.push(line.text)
  }
  return chooseTitle(candidates, echoSet(bodyLines), slug)
}

/** A kicker on its own line before the headline ("Tanz in der Lokremise:") belongs to it. */
export function withKicker(lines: readonly ClassifiedLine[], index: number): number {
  const prev = lines[index - 1]
  if (
    prev?.kind === 'body' &&
    prev.text.endsWith(':') &&
    prev.features.words <= 8 &&
    !isLabel(prev.text)
  )
    return index - 1
  return index
}

/**
 * A short headline candidate that the next line repeats inside a longer headline is the last
 * item of a breadcrumb or a section label ("Wurmkiste" / "Wurmkiste selber bauen", "Sport" /
 * "US-Sport in Zeiten von Corona"): the longer line is the headline.
 */
export function fullerHeadline(lines: readonly ClassifiedLine[], index: number): number {
  const line = lines[index] as ClassifiedLine
  const next = lines[index + 1]
  if (next === undefined || line.features.words > 3 || next.features.words > 30) return index
  if (next.kind !== 'body' && next.kind !== 'outside') return index
  // One more word is a menu's ("Ischgl Home"); a list of links is no headline.
  if (next.features.words < line.features.words + 2 && !next.text.includes(',')) return index
  if (next.text.length > 250 || (next.text.match(/\s[-|·•]\s/g)?.length ?? 0) >= 2) return index
  if (next.features.words >= 12 && next.features.terminal) return index
  const key = normalise(line.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${key}(?![\\p{L}\\p{N}])`, 'u').test(normalise(next.text))
    ? index + 1
    : index
}
