import { proseScore } from './features.js'
import type { ClassifiedLine } from './line.js'
import type { LineRange } from './segment.js'

/** The most lines between a headline and its article taken as the article's lead. */
const MAX_LEAD_LINES = 40

/**
 * A block between the article and the page's edge (or its headline) with no notice in it and
 * mostly lines of four words or more, or punctuated, is part of a clean article (a standfirst
 * without a full stop, a closing list, a football line-up), not page furniture: the edges of a
 * flattened page always carry notices (navigation, copyright...).
 */
function cleanBlock(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  let long = 0
  let total = 0
  for (let i = from; i < to; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'notice' || line.kind === 'header') return false
    if (line.kind !== 'body') continue
    total++
    const f = line.features
    if (f.words >= 4 || f.terminal || f.punctuation > 0) long++
  }
  return long * 2 >= total
}

/** The page has navigation, many notices or many short lines: a flattened page, not a saved article. */
function furnished(lines: readonly ClassifiedLine[]): boolean {
  let notices = 0
  let short = 0
  for (const l of lines) {
    if (l.kind === 'body' && l.features.words <= 3 && ++short >= MENU_LIKE_LINES) return true
    if (l.kind !== 'notice') continue
    if (l.reason === 'navigation' || ++notices > 3) return true
  }
  return false
}

/** Short lines (three words or fewer) that make a page a flattened one: menus, link lists. */
const MENU_LIKE_LINES = 6

/**
 * Widens the article over its clean edges and, under a well-attested headline, over its lead
 * (see the comments inside).
 */
export function extendToEdges(
  lines: readonly ClassifiedLine[],
  range: LineRange,
  titleIndex: number,
  anchored: boolean,
): LineRange {
  const head = titleIndex >= 0 && titleIndex < range.start ? titleIndex + 1 : 0
  let start = head < range.start && cleanBlock(lines, head, range.start) ? head : range.start
  // Under a well-attested headline the article starts after the last furniture line below it:
  // a lead, a list of ingredients or facts before the first paragraph are the article's.
  if (anchored && start > head && range.start - head <= MAX_LEAD_LINES) {
    let i = range.start
    while (i > head && (lines[i - 1] as ClassifiedLine).kind !== 'notice') i--
    start = i
  }
  let end =
    range.end < lines.length && cleanBlock(lines, range.end, lines.length)
      ? lines.length
      : range.end
  // A saved article (no navigation on the page) ends at its first footer line: a closing short
  // paragraph before "Follow X on Twitter" is the article's. A flattened page is not trusted so.
  if (!furnished(lines) && end === range.end) {
    while (end < lines.length && (lines[end] as ClassifiedLine).kind === 'body') end++
  }
  return { start, end }
}

/** The most teaser lines of a related box set inside an article. */
const BOX_TEASERS = 6
/** The least share of a paragraph's content words the article repeats to go on after a box. */
const BOX_ECHO = 0.2

/**
 * A related-links box set inside the article ("RELATED STORIES" and a few teaser headlines, then
 * the article goes on): when the article's run ends at a related-links heading followed by at
 * most six teaser lines (short, no full stop) and then paragraphs that repeat the article's
 * words, the article takes those paragraphs and the box's lines become notices. `echoOf` gives
 * the share of a line's content words that the article's text repeats. Returns the new range.
 */
export function bridgeInsetBox(
  lines: ClassifiedLine[],
  range: LineRange,
  echoOf: (line: string) => number,
): LineRange {
  const heading = lines[range.end]
  if (heading?.kind !== 'notice' || heading.reason !== 'related-links') return range
  let i = range.end + 1
  while (i < lines.length && i <= range.end + BOX_TEASERS) {
    const l = lines[i] as ClassifiedLine
    if (l.kind !== 'body' || l.features.words > 15 || l.features.terminal) break
    i++
  }
  if (i === range.end + 1) return range
  let end = i
  while (end < lines.length) {
    const l = lines[end] as ClassifiedLine
    if (l.kind !== 'body' || proseScore(l.features) <= 1 || echoOf(l.text) < BOX_ECHO) break
    end++
  }
  if (end === i) return range
  for (let j = range.end + 1; j < i; j++)
    Object.assign(lines[j] as ClassifiedLine, { kind: 'notice', reason: 'related-links' })
  return { start: range.start, end }
}
