import { dropSiteSuffix, hostName } from '../site-name.js'
import { NO_SLUG, slugWords } from '../url-slug.js'
import { parseByline } from './byline.js'
import { parseCaption } from './caption.js'
import { bridgeInsetBox, extendToEdges } from './edges.js'
import { lineFeatures, proseScore } from './features.js'
import { parseHeader } from './header.js'
import { findHeadline, findHintLine, fullerHeadline, withKicker } from './headline.js'
import type { ClassifiedLine } from './line.js'
import {
  captionsUnderCredits,
  joinSplitBylines,
  nameInOpening,
  nameNearArticle,
  namesUnderHeadline,
} from './multiline.js'
import { isMenu, patternReason } from './notices.js'
import { densestRun, type LineRange, runAfter } from './segment.js'
import { cleanTitle, dropKicker, echo, echoSet } from './title.js'

export type { ClassifiedLine, LineKind } from './line.js'

/** The classified lines, the article's range among them, and the headline found. */
export interface ClassifiedPage {
  readonly lines: readonly ClassifiedLine[]
  readonly range: LineRange
  readonly title: string | null
  /** The page's URL from a scraper's `url` header, or null. */
  readonly url: string | null
}

const NOTICE_SCORE = -1.5
/** Score lost per line between an anchoring headline and the article's first line. */
const ANCHOR_PENALTY = 0.25
/** The least score of an anchored run (about one paragraph) for the anchor to be trusted. */
const MIN_ANCHORED_SUM = 2.5

/** A line opening with a "by" word: a byline however many stop words it has. */
const BY_FIRST = /^(?:by|von|par|por|door)\s/i

function classifyOne(text: string): ClassifiedLine {
  const features = lineFeatures(text)
  const notice = patternReason(text)
  if (notice !== null) return { text, kind: 'notice', reason: notice, features }
  // A "by" word first with a name is a byline, even with a picture's credit after the name
  // ("von Anna Berger Foto: © GEPA").
  const byFirst = BY_FIRST.test(text) && features.words <= 30 ? parseByline(text) : null
  if (byFirst !== null && byFirst.authors.length > 0)
    return { text, kind: 'byline', reason: 'byline', features, byline: byFirst }
  const caption = parseCaption(text, null)
  if (caption !== null) return { text, kind: 'caption', reason: 'caption', features, caption }
  // Before the menu test: "8. Januar 2020 · by Aureliana · in Gefühle" is a byline.
  // Speed: a long line or one dense in stop words is prose, never a byline.
  // A "by" word first ("Von Anna Muster am Dienstag, 12. März 2019 um 11:14 Uhr") may still be one.
  const prose =
    features.words > 30 ||
    (features.words >= 10 && features.stopRatio >= 0.3 && !BY_FIRST.test(text))
  const byline = prose ? null : parseByline(text)
  if (byline !== null) return { text, kind: 'byline', reason: 'byline', features, byline }
  if (isMenu(text)) return { text, kind: 'notice', reason: 'navigation', features }
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

/** Notices that close an article once its prose has begun: comments, related links, its topics. */
const CLOSERS = new Set(['comments', 'related-links', 'tags'])

/**
 * The first line after the headline that closes its article: a closing notice ({@link CLOSERS})
 * after a paragraph of prose (a line scoring over 1). An article anchored on its headline starts
 * before it: a run of prose after the comment form, the related links or the article's topic list
 * ("Themen in diesem Artikel") is another text (a promotion, a teaser's summary, a forum).
 * Returns `lines.length` when there is none.
 */
function articleClosed(
  lines: readonly ClassifiedLine[],
  scores: readonly number[],
  from: number,
): number {
  let prose = false
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (prose && line.kind === 'notice' && CLOSERS.has(line.reason)) return i
    if ((scores[i] as number) > 1) prose = true
  }
  return lines.length
}

/** The most words of a repeated line taken as a template's (a share prompt, a promotion). */
const REPEATED_WORDS = 15

/**
 * The texts of short body candidates the page writes twice or more: a template's lines ("Inhalt
 * teilen", "URL zum Kopieren", a subscription teaser) repeat on a page; an article's paragraphs
 * do not. They weigh as notices in the densest-run search.
 */
function repeatedTexts(lines: readonly ClassifiedLine[]): Set<string> {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const l of lines) {
    const words = l.features.words
    if (l.kind !== 'body' || words < 1 || words > REPEATED_WORDS) continue
    if (seen.has(l.text)) twice.add(l.text)
    else seen.add(l.text)
  }
  return twice
}

/** The least words of a standfirst without a full stop. */
const STANDFIRST_WORDS = 18

/** Lines under the headline searched for its standfirst. */
const LEAD_REACH = 4

/**
 * The standfirst: a paragraph of running text within four lines under the headline, with only
 * bylines, notices, captions and short lines (a date, a section) between them, before the
 * article's run ("Headline" / "12.03.2019 regiotv" / "Am Sonntagmorgen ist ein ..." /
 * share buttons / the article). Its index, or -1.
 */
function standfirst(lines: readonly ClassifiedLine[], title: number, start: number): number {
  if (title < 0 || title >= start) return -1
  for (let i = title + 1; i <= title + LEAD_REACH && i < start; i++) {
    const line = lines[i] as ClassifiedLine
    const f = line.features
    // A long one without its full stop is a standfirst too (the markup closed its sentence).
    const sentence = f.terminal || f.words >= STANDFIRST_WORDS
    if (line.kind === 'body' && f.words >= 12 && sentence && f.stopRatio >= 0.12) return i
    if (line.kind === 'body' && f.words > 6) return -1
  }
  return -1
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

/**
 * Classifies the lines of a page. The cascade:
 * 1. header lines of the scraper at the top (`date 2024-11-06`, `title: ...`, `url ...`), split off
 *    the text glued to them;
 * 2. each line on its own: a notice (boilerplate patterns), else a byline opened by a "by" word
 *    and naming someone, else a caption or credit, else a byline, else a body candidate; then bylines
 *    spread over two lines ({@link joinSplitBylines}) and captions under their credit
 *    ({@link captionsUnderCredits});
 * 3. the article: the densest run of prose among the body candidates ({@link densestRun});
 * 4. the headline: the known title (header or hint) where the page repeats it, else the
 *    candidate before the article's first paragraph with the best echo in the body and in the
 *    URL ({@link chooseTitle});
 * 5. anchored on a well-attested headline, the article is the best run after it, nearer runs
 *    preferred ({@link runAfter}); else the densest run, starting after its headline;
 * 6. personal names between the headline and the article are bylines ({@link namesUnderHeadline});
 * 7. the article extends over its clean edges and its lead ({@link extendToEdges}), and keeps
 *    the standfirst under its headline ({@link standfirst});
 * 8. body candidates outside the article are 'boilerplate'.
 */
export function classifyLines(input: readonly string[], hintTitle: string | null): ClassifiedPage {
  const lines = readLinesWithHeaders(input)
  joinSplitBylines(lines)
  captionsUnderCredits(lines)
  const repeated = repeatedTexts(lines)
  const scores = lines.map((l) => (repeated.has(l.text) ? NOTICE_SCORE : lineScore(l)))
  let range = densestRun(scores)
  const headerTitle = lines.find((l) => l.header?.key === 'title')?.header?.value ?? null
  const url = lines.find((l) => l.header?.key === 'url')?.header?.value ?? null
  let title = hintTitle ?? headerTitle
  let titleIndex = title === null ? -1 : findHintLine(lines, title, range.start + 4)
  let strong = titleIndex >= 0
  if (title === null) {
    const slug = url === null ? NO_SLUG : slugWords(url)
    const chosen = findHeadline(lines, scores, range, slug, hostName(url))
    if (chosen !== null) {
      titleIndex = fullerHeadline(lines, chosen.candidate.index)
      strong = chosen.strong
      const kicker = withKicker(lines, titleIndex)
      const text = dropKicker(
        dropSiteSuffix(cleanTitle((lines[titleIndex] as ClassifiedLine).text), url),
        slug,
      )
      title = kicker === titleIndex ? text : `${(lines[kicker] as ClassifiedLine).text} ${text}`
      for (let i = kicker; i < titleIndex; i++)
        Object.assign(lines[i] as ClassifiedLine, { kind: 'title', reason: 'headline' })
    }
  }
  if (titleIndex >= 0) {
    const line = lines[titleIndex] as ClassifiedLine
    line.kind = 'title'
    line.reason = 'headline'
    const stop = strong ? articleClosed(lines, scores, titleIndex + 1) : lines.length
    const after = strong ? runAfter(scores, titleIndex + 1, ANCHOR_PENALTY, stop) : null
    // The densest run past a closing line (comments, related links) is not the article either.
    const walled = range.start >= stop && after !== null && after.sum > 0
    if (after !== null && (after.sum >= MIN_ANCHORED_SUM || walled)) range = after
    else if (titleIndex >= range.start && titleIndex < range.end)
      range = { start: titleIndex + 1, end: range.end }
  }
  if (titleIndex >= 0) {
    const furnished = lines.some((l) => l.kind === 'notice')
    // The two lines under the headline are searched even inside the run (a name over a date).
    namesUnderHeadline(lines, titleIndex + 1, Math.max(range.start, titleIndex + 3), furnished)
    if (furnished) nameInOpening(lines, titleIndex, range.start)
  }
  range = extendToEdges(lines, range, titleIndex, strong)
  const article = echoSet(lines.slice(range.start, range.end).map((l) => l.text))
  range = bridgeInsetBox(lines, range, (text) => echo(text, article))
  if (titleIndex >= 0 && lines.some((l) => l.kind === 'notice'))
    nameNearArticle(lines, titleIndex, range)
  const lead = standfirst(lines, titleIndex, range.start)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'body' && i !== lead && (i < range.start || i >= range.end)) {
      line.kind = 'outside'
      line.reason = 'boilerplate'
    }
  }
  return { lines, range, title, url }
}
