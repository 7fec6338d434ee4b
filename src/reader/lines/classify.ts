import type { Caption } from '../../core/schema.js'
import { type Byline, parseByline } from './byline.js'
import { parseCaption } from './caption.js'
import { type LineFeatures, lineFeatures, proseScore } from './features.js'
import { type HeaderLine, parseHeader } from './header.js'
import { noticeReason } from './notices.js'
import { densestRun, type LineRange } from './segment.js'
import { chooseTitle, echoSet, type TitleCandidate } from './title.js'

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
}

const NOTICE_SCORE = -1.5
const HEADLINE_WINDOW = 15

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
): LineRange {
  const head = titleIndex >= 0 && titleIndex < range.start ? titleIndex + 1 : 0
  const start = head < range.start && cleanBlock(lines, head, range.start) ? head : range.start
  const end =
    range.end < lines.length && cleanBlock(lines, range.end, lines.length)
      ? lines.length
      : range.end
  return { start, end }
}

/**
 * Classifies the lines of a page. The cascade:
 * 1. header lines of the scraper at the top (`date 2024-11-06`, `title: ...`, `url ...`), split off
 *    the text glued to them;
 * 2. each line on its own: a notice (boilerplate patterns), else a caption or credit, else a
 *    byline, else a body candidate;
 * 3. the article: the densest run of prose among the body candidates ({@link densestRun});
 * 4. the headline: the known title (header or hint) where the page repeats it, else the
 *    candidate before the article with the best echo in the body ({@link chooseTitle}); the
 *    article starts after its headline;
 * 5. the article extends to the page's edges over clean blocks ({@link cleanBlock});
 * 6. body candidates outside the article are 'boilerplate'.
 */
export function classifyLines(input: readonly string[], hintTitle: string | null): ClassifiedPage {
  const lines = readLinesWithHeaders(input)
  const scores = lines.map((l) =>
    l.kind === 'body' ? proseScore(l.features) : l.kind === 'notice' ? NOTICE_SCORE : 0,
  )
  let range = densestRun(scores)
  const headerTitle = lines.find((l) => l.header?.key === 'title')?.header?.value ?? null
  let title = hintTitle ?? headerTitle
  let titleIndex = title === null ? -1 : findHintLine(lines, title, range.start + 4)
  if (title === null) {
    let firstProse = range.start
    while (firstProse < range.end && (scores[firstProse] as number) <= 1) firstProse++
    if (firstProse >= range.end) firstProse = range.start
    const firstText = lines.findIndex((l) => l.kind !== 'header' && l.kind !== 'notice')
    const candidates: TitleCandidate[] = []
    let distance = 0
    for (let i = firstProse - 1; i >= Math.max(0, range.start - HEADLINE_WINDOW); i--) {
      const line = lines[i] as ClassifiedLine
      if (line.kind !== 'body') continue
      candidates.push({
        index: i,
        text: line.text,
        features: line.features,
        first: i === firstText,
        distance,
      })
      if (i < range.start) distance++
    }
    const bodyLines: string[] = []
    for (let i = firstProse; i < range.end && bodyLines.length < 8; i++) {
      const line = lines[i] as ClassifiedLine
      if (line.kind === 'body') bodyLines.push(line.text)
    }
    const chosen = chooseTitle(candidates, echoSet(bodyLines))
    if (chosen !== null) {
      title = chosen.text
      titleIndex = chosen.index
    }
  }
  if (titleIndex >= 0) {
    const line = lines[titleIndex] as ClassifiedLine
    line.kind = 'title'
    line.reason = 'headline'
    if (titleIndex >= range.start && titleIndex < range.end)
      range = { start: titleIndex + 1, end: range.end }
  }
  range = extendToEdges(lines, range, titleIndex)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'body' && (i < range.start || i >= range.end)) {
      line.kind = 'outside'
      line.reason = 'boilerplate'
    }
  }
  return { lines, range, title }
}
