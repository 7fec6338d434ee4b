import { spellsHost } from '../site-name.js'
import { type Slug, slugHits } from '../url-slug.js'
import type { ClassifiedLine } from './line.js'
import type { LineRange } from './segment.js'
import {
  type ChosenTitle,
  chooseTitle,
  echo,
  echoSet,
  isLabel,
  type TitleCandidate,
} from './title.js'

/** Lines before the article searched for its headline. */
const WINDOW = 40

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
    // A paragraph wrapped over several lines: the next line goes on in lower case.
    const next = lines[i + 1]
    if (f.words >= 8 && next?.kind === 'body' && /^\p{Ll}/u.test(next.text)) return i
  }
  return range.start
}

/** Lines around a candidate searched for the same line again (a table of contents repeats its
 * entries as the headings further down). */
const REPEAT_REACH = 5

/** Lines after a candidate searched for its byline. */
const BYLINE_REACH = 4

/** A byline follows the line within four lines, before any paragraph of running text. */
function bylineAfter(lines: readonly ClassifiedLine[], index: number): boolean {
  for (let i = index + 1; i <= index + BYLINE_REACH && i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'byline') return true
    if (line.kind === 'body' && line.features.words > 12) return false
  }
  return false
}

/** Lines around a headline searched for a breadcrumb trail or kicker line repeating it. */
const CRUMB_REACH = 4

/**
 * How a line relates to its neighbours' texts: 'tail' when the line above or below ends with it
 * (a breadcrumb trail "Home Radtouren Radtour durch ..." or a kicker "Neues Auto: Auto leasen
 * ..." near the headline), 'head' when it ends with a neighbour's text of two words or more
 * (it is that trail or kicker), else null.
 */
function crumb(
  lines: readonly ClassifiedLine[],
  index: number,
  normal: (i: number) => string,
): 'tail' | 'head' | null {
  const t = normal(index)
  let tail = false
  for (let i = index - CRUMB_REACH; i <= index + CRUMB_REACH; i++) {
    const n = lines[i]
    if (n === undefined || i === index || n.kind === 'header') continue
    // Speed: only a longer or shorter line can hold the other at its end, and a trail or kicker
    // line is short.
    const length = n.text.length
    if (length === (lines[index] as ClassifiedLine).text.length || length > 300) continue
    const o = normal(i)
    if (o.length > t.length && o.endsWith(t)) tail = true
    else if (t.length > o.length && n.features.words >= 2 && t.endsWith(o)) return 'head'
  }
  return tail ? 'tail' : null
}

/** Body lines read for a headline's echo after it. */
const ECHO_LINES = 8

/** The texts of the first body lines from `from` on, for {@link echoSet}. */
function bodyAfter(lines: readonly ClassifiedLine[], from: number, end: number): string[] {
  const out: string[] = []
  for (let i = from; i < end && out.length < ECHO_LINES; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'body') out.push(line.text)
  }
  return out
}

/**
 * Finds the headline by {@link chooseTitle} among the lines before the article's first paragraph
 * (up to 40 lines above the article) and, when the page has a URL, the lines anywhere else that
 * it spells out (two words or more: the run found may not be the article). `host` is the page's
 * host name (see `hostName` in site-name.ts) or ''.
 */
export function findHeadline(
  lines: readonly ClassifiedLine[],
  scores: readonly number[],
  range: LineRange,
  slug: Slug,
  host: string,
): ChosenTitle | null {
  const firstText = lines.findIndex((l) => l.kind !== 'header' && l.kind !== 'notice')
  const first = firstParagraph(lines, scores, range)
  const body = echoSet(bodyAfter(lines, first, range.end))
  const proseAfter = (index: number) => {
    for (let i = index + 1; i < Math.min(lines.length, index + 9); i++)
      if ((scores[i] as number) > 1) return true
    return false
  }
  // Speed: each line's normalised text once.
  const normals: string[] = []
  const normal = (i: number) => {
    normals[i] ??= normalise((lines[i] as ClassifiedLine).text)
    return normals[i] as string
  }
  const candidate = (i: number, distance: number, far: boolean): TitleCandidate => {
    const line = lines[i] as ClassifiedLine
    const set = i >= first ? echoSet(bodyAfter(lines, i + 1, lines.length)) : body
    const above = lines[i - 1]
    const underHeadline =
      above !== undefined &&
      above.kind === 'body' &&
      above.features.words >= 4 &&
      above.features.words < line.features.words &&
      above.features.words <= 20 &&
      !/[.!?:]["'”’]?$/.test(above.text) &&
      echo(above.text, set) >= 0.25
    return {
      underHeadline,
      index: i,
      text: line.text,
      features: line.features,
      first: i === firstText,
      distance,
      far,
      echo: echo(line.text, set),
      bylineAfter: bylineAfter(lines, i),
      crumb: crumb(lines, i, normal),
      proseAfter: proseAfter(i),
      site: spellsHost(line.text, host),
      repeated: repeatedNear(i),
    }
  }
  // The same line of two words or more within five lines (speed: only lines of the same length are
  // compared).
  const repeatedNear = (i: number) => {
    const line = lines[i] as ClassifiedLine
    if (line.features.words < 2) return false
    const to = Math.min(lines.length, i + REPEAT_REACH)
    for (let k = Math.max(0, i - REPEAT_REACH); k < to; k++) {
      const other = lines[k] as ClassifiedLine
      if (k !== i && other.text.length === line.text.length && normal(k) === normal(i)) return true
    }
    return false
  }
  const candidates: TitleCandidate[] = []
  const from = Math.max(0, Math.min(range.start, first) - WINDOW)
  let distance = 0
  for (let i = first - 1; i >= from; i--) {
    if ((lines[i] as ClassifiedLine).kind !== 'body') continue
    candidates.push(candidate(i, distance, false))
    distance++
  }
  if (slug.count > 0) {
    // Elsewhere on the page, only lines the URL spells out (speed: a cheap test first).
    // A headline repeated lower down (related links, a teaser list) is read at its first place.
    const least = Math.min(2, slug.count)
    const seen = new Set(candidates.map((c) => normalise(c.text)))
    for (let i = 0; i < lines.length; i++) {
      if (i === from) i = first
      const line = lines[i] as ClassifiedLine
      if (line.kind !== 'body' || line.features.words > 30) continue
      if (slugHits(line.text, slug.words) < least || seen.has(normalise(line.text))) continue
      seen.add(normalise(line.text))
      candidates.push(candidate(i, Math.abs(i - first), true))
    }
  }
  return chooseTitle(candidates, slug)
}

/** A kicker on its own line before the headline ("Tanz in der Lokremise:") belongs to it. */
export function withKicker(lines: readonly ClassifiedLine[], index: number): number {
  const prev = lines[index - 1]
  if (
    prev?.kind === 'body' &&
    prev.text.endsWith(':') &&
    prev.features.words >= 1 &&
    prev.features.words <= 8 &&
    !isLabel(prev.text)
  )
    return index - 1
  return index
}

/**
 * A short headline candidate that the next line repeats inside a longer headline is the last
 * item of a breadcrumb or a section label ("Wurmkiste" / "Wurmkiste selber bauen", "Sport" /
 * "Schul-Sport bei großer Hitze"): the longer line is the headline.
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
