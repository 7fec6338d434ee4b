import type { Caption } from '../../core/schema.js'
import { type Byline, parseByline } from './byline.js'
import { parseCaption } from './caption.js'
import { type LineFeatures, lineFeatures, proseScore } from './features.js'
import { type HeaderLine, parseHeader } from './header.js'
import { joinSplitBylines, namesUnderHeadline } from './multiline.js'
import { noticeReason } from './notices.js'
import { densestRun, type LineRange, runAfter } from './segment.js'
import {
  type ChosenTitle,
  chooseSlugTitle,
  chooseTitle,
  echoSet,
  NO_SLUG,
  type Slug,
  slugWords,
  type TitleCandidate,
} from './title.js'

/** What a line of the page is. */
export type LineKind = 'header' | 'notice' | 'caption' | 'byline' | 'title' | 'body' | 'outside'

/** One line of the page with its class, the reason it is dropped, and what was parsed from it. */
export interface ClassifiedLine {
  readonly text: string
  kind: LineKind
  /** Why the line is not body text ('header', 'byline', 'newsletter', 'boilerplate'...), or ''. */
  reason: string
  readonly features: LineFeatures
  readonly header?: HeaderLine
  readonly byline?: Byline
  readonly caption?: Caption
}

/** The classified lines, the article's range among them, and the headline found. */
export interface ClassifiedPage {
  readonly lines: readonly ClassifiedLine[]
  readonly range: LineRange
  readonly title: string | null
  /** The page's URL from a scraper's `url` header, or null. */
  readonly url: string | null
}

const NOTICE_SCORE = -1.5
const HEADLINE_WINDOW = 15
/** Lines before the article searched first for the headline the URL spells out. */
const SLUG_WINDOW = 40
/** Score lost per line between an anchoring headline and the article's first line. */
const ANCHOR_PENALTY = 0.25
/** The least score of an anchored run (about one paragraph) for the anchor to be trusted. */
const MIN_ANCHORED_SUM = 2.5
/** The most lines between a headline and its article taken as the article's lead. */
const MAX_LEAD_LINES = 40

function classifyOne(text: string): ClassifiedLine {
  const features = lineFeatures(text)
  const notice = noticeReason(text)
  if (notice !== null) return { text, kind: 'notice', reason: notice, features }
  const caption = parseCaption(text, null)
  if (caption !== null) return { text, kind: 'caption', reason: 'caption', features, caption }
  const byline = parseByline(text)
  if (byline !== null) return { text, kind: 'byline', reason: 'byline', features, byline }
  return { text, kind: 'body', reason: '', features }
}

/** Section headings that close an article: comments, related links, tags, the author box... */
const BARRIERS = new Set([
  'comments',
  'related-links',
  'tags',
  'author-box',
  'feedback',
  'share',
  'newsletter',
])
const BARRIER_SCORE = -4

/**
 * A line's weight in the densest-run search: prose positive, furniture negative, a heading that
 * closes the article (a barrier) so negative that only much more prose may bridge it. A notice
 * with content after a colon ("Read more: ...") is an inline link, not a heading.
 */
function lineScore(l: ClassifiedLine): number {
  if (l.kind === 'body') return proseScore(l.features)
  if (l.kind !== 'notice') return 0
  const heading = l.features.words <= 6 && !/:\s*\S/.test(l.text)
  return heading && BARRIERS.has(l.reason) ? BARRIER_SCORE : NOTICE_SCORE
}

/** Splits the scraper's header lines off the top of the page, glued text included. */
function readLinesWithHeaders(input: readonly string[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = []
  let top = true
  for (const raw of input) {
    let line = raw.trim()
    while (top && line !== '') {
      const header = parseHeader(line)
      if (header === null) break
      out.push({
        text: header.text,
        kind: 'header',
        reason: 'header',
        features: lineFeatures(header.text),
        header,
      })
      line = header.rest
    }
    if (line === '') continue
    const c = classifyOne(line)
    if (c.kind !== 'notice') top = false
    out.push(c)
  }
  return out
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim()

/** The index of the line that repeats a known headline (alone, or with a site name after it). */
function findHintLine(lines: readonly ClassifiedLine[], hint: string, before: number): number {
  const h = normalise(hint)
  for (let i = 0; i < Math.min(lines.length, before); i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind !== 'body' && line.kind !== 'byline') continue
    const t = normalise(line.text)
    if (t === h || (t.startsWith(h) && /^\s*[|–—:-]/.test(t.slice(h.length)))) return i
  }
  return -1
}

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

function extendToEdges(
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
  const end =
    range.end < lines.length && cleanBlock(lines, range.end, lines.length)
      ? lines.length
      : range.end
  return { start, end }
}

/** The first paragraph of the run: a line of running text, not a headline that scores as prose. */
function firstParagraph(
  lines: readonly ClassifiedLine[],
  scores: readonly number[],
  range: LineRange,
): number {
  for (let i = range.start; i < range.end; i++) {
    const line = lines[i] as ClassifiedLine
    if ((scores[i] as number) > 1 && line.features.words >= 12) return i
  }
  return range.start
}

/** Finds the headline: the line the URL spells out, else one before the first paragraph. */
function findHeadline(
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
function withKicker(lines: readonly ClassifiedLine[], index: number): number {
  const prev = lines[index - 1]
  if (prev?.kind === 'body' && prev.text.endsWith(':') && prev.features.words <= 8) return index - 1
  return index
}

/**
 * Classifies the lines of a page. The cascade:
 * 1. header lines of the scraper at the top (`date 2024-11-06`, `title: ...`, `url ...`), split off
 *    the text glued to them;
 * 2. each line on its own: a notice (boilerplate patterns), else a caption or credit, else a
 *    byline, else a body candidate; then bylines spread over two lines ({@link joinSplitBylines});
 * 3. the article: the densest run of prose among the body candidates ({@link densestRun});
 * 4. the headline: the known title (header or hint) where the page repeats it, else the
 *    candidate before the article's first paragraph with the best echo in the body and in the
 *    URL ({@link chooseTitle});
 * 5. anchored on a well-attested headline, the article is the best run after it, nearer runs
 *    preferred ({@link runAfter}); else the densest run, starting after its headline;
 * 6. personal names between the headline and the article are bylines ({@link namesUnderHeadline});
 * 7. the article extends to the page's edges over clean blocks ({@link cleanBlock});
 * 8. body candidates outside the article are 'boilerplate'.
 */
export function classifyLines(input: readonly string[], hintTitle: string | null): ClassifiedPage {
  const lines = readLinesWithHeaders(input)
  joinSplitBylines(lines)
  const scores = lines.map(lineScore)
  let range = densestRun(scores)
  const headerTitle = lines.find((l) => l.header?.key === 'title')?.header?.value ?? null
  const url = lines.find((l) => l.header?.key === 'url')?.header?.value ?? null
  let title = hintTitle ?? headerTitle
  let titleIndex = title === null ? -1 : findHintLine(lines, title, range.start + 4)
  let strong = titleIndex >= 0
  if (title === null) {
    const chosen = findHeadline(lines, scores, range, url === null ? NO_SLUG : slugWords(url))
    if (chosen !== null) {
      titleIndex = chosen.candidate.index
      strong = chosen.strong
      const kicker = withKicker(lines, titleIndex)
      title =
        kicker === titleIndex
          ? chosen.candidate.text
          : `${(lines[kicker] as ClassifiedLine).text} ${chosen.candidate.text}`
      for (let i = kicker; i < titleIndex; i++)
        Object.assign(lines[i] as ClassifiedLine, { kind: 'title', reason: 'headline' })
    }
  }
  if (titleIndex >= 0) {
    const line = lines[titleIndex] as ClassifiedLine
    line.kind = 'title'
    line.reason = 'headline'
    const after = strong ? runAfter(scores, titleIndex + 1, ANCHOR_PENALTY) : null
    if (after !== null && after.sum >= MIN_ANCHORED_SUM) range = after
    else if (titleIndex >= range.start && titleIndex < range.end)
      range = { start: titleIndex + 1, end: range.end }
  }
  if (titleIndex >= 0) namesUnderHeadline(lines, titleIndex + 1, range.start)
  range = extendToEdges(lines, range, titleIndex, strong)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'body' && (i < range.start || i >= range.end)) {
      line.kind = 'outside'
      line.reason = 'boilerplate'
    }
  }
  return { lines, range, title, url }
}
