import type { Caption, Meta } from '../../core/schema.js'
import { OUTLETS } from '../../nlp/data/outlets.js'
import { type Byline, isPersonName, parseByline } from './byline.js'
import { parseCaption } from './caption.js'
import type { ClassifiedPage } from './classify.js'
import { type FoundDate, findDate, isoOf } from './dates.js'

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/

/** A publication date written in a URL's path, or null. */
export function urlDate(url: string | null): string | null {
  const m = url === null ? null : URL_DATE.exec(url.replace(/[?#].*$/, ''))
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** An author box's link to the author's other posts, with the name after it. */
const ALL_POSTS_BY =
  /^(?:view |see |zeige )?(?:all|alle|alles|more|mehr|weitere)\s+(?:(?:posts|articles|stories|artikel|beiträge)\s+)?(?:by|von)\s+(.+?)[\s:→»>]*$/iu

/**
 * The person an author box's "View all posts by NAME" ("Alles von NAME", "Mehr Artikel von
 * NAME →") names: a personal name of two to four words, else null ("Mehr von uns").
 */
export function allPostsBy(text: string): string | null {
  const name = ALL_POSTS_BY.exec(text)?.[1]
  if (name === undefined) return null
  const words = name.split(/\s+/).length
  return words >= 2 && words <= 4 && isPersonName(name, false) ? name : null
}

const COPYRIGHT =
  /^(?:.*?)(?:©|\(c\)|copyright)\s*(?:by\s+)?(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)\d{2})?)?\s*(?:[-–,]\s*|by\s+)?/iu

/** The person a copyright line names ("© 2019 Sven Schreivogel", "(c) Anna Muster • Impressum"). */
export function copyrightHolder(line: string): string | null {
  const m = COPYRIGHT.exec(line)
  if (!m || line.length > 160) return null
  const first =
    line
      .slice(m[0].length)
      .split(/\s*(?:[|•·,;]|\s[-–—]\s|\.\s)\s*/u)[0]
      ?.trim() ?? ''
  const words = first.split(/\s+/)
  // Two or three words, no acronym: a company ("Mediengruppe RTL Deutschland") is no author.
  if (words.length < 2 || words.length > 3 || words.some((w) => /\p{Lu}{2}/u.test(w))) return null
  if (words.some((w) => COMPANY_WORDS.has(w.toLowerCase())) || OUTLETS.has(first.toLowerCase()))
    return null
  return isPersonName(first, false) ? first : null
}

/** Words of company and media names that a copyright notice holds instead of a person. */
// biome-ignore format: a word list
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'gmbh', 'ag', 'kg', 'ltd', 'ltd.', 'inc', 'inc.', 'llc', 'corp', 'corp.', 'co.', 'sa', 's.a.',
  'srl', 'bv', 'images', 'media', 'medien', 'verlag', 'rundfunk', 'news', 'group', 'gruppe',
  'software', 'international', 'press', 'presse', 'publishing', 'zeitung', 'magazin', 'magazine',
  'radio', 'tv', 'television', 'fernsehen', 'associados', 'editora', 'éditions', 'edizioni',
  'online', 'digital', 'studio', 'agentur', 'agency', 'foundation', 'stiftung', 'verein',
])

/** Whole days between the days of two ISO dates (their first ten characters). */
function daysApart(a: string, b: string): number {
  const ms = Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10)))
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms / 86_400_000
}

/** UTF-16 units at the start of a paragraph where a date stands as a dateline. */
const DATELINE_REACH = 32

/** Lines after the article searched for a date no byline gave ("Dieser Beitrag wurde am ..."). */
const LOOSE_TAIL = 15

/** The first date in a short line of `[from, to)` that is not a sentence of the article. */
function looseDate(page: ClassifiedPage, from: number, to: number): FoundDate | null {
  for (let i = from; i < Math.min(to, page.lines.length); i++) {
    const line = page.lines[i]
    if (line === undefined || line.kind === 'header') continue
    // A sentence of the article (or any long line) that names a date does not date the article,
    // unless the date opens it as a dateline does ("07.03.2021, 16:05 Uhr Am 24. Spieltag ...",
    // "Red. / 31.10.2023 ...", "29.11.2022 – Mehrfach hatte die Branche ...").
    const sentence =
      line.text.length > 200 ||
      (line.kind === 'body' && line.features.words >= 8 && line.features.terminal)
    const found = findDate(sentence ? line.text.slice(0, DATELINE_REACH) : line.text)
    if (found && (!sentence || found.start < DATELINE_REACH - 12)) return found
  }
  return null
}

/**
 * The article's metadata from its classified lines. A cascade for each field:
 * - authors: the first byline with names between the headline and the body, else above the
 *   headline (nearest first), else an author footer or an author box's link to the author's
 *   other posts ("View all posts by NAME"), else a byline below the body, else the person a
 *   copyright notice names;
 * - published: the date of a byline between the headline and the body, else the first date in a
 *   short line around the headline, else a byline date above the headline or below the body, else
 *   a date in a short line just after the article (a "Published" time before an "Updated" one);
 *   ISO 8601, local time unless the line states a zone;
 * - documentDate: the scraper's `date` header, else the published day, else a date in the page's
 *   URL path ("/2019/08/02/...");
 * - readingTimeMinutes: the first byline that states one.
 * Captions are read again with the document year, so "OCTOBER 28" resolves.
 */
export function pageMetadata(page: ClassifiedPage): { meta: Meta; captions: Caption[] } {
  // The article's first paragraph (a standfirst above the run does not move it).
  let firstBody = page.lines.findIndex((l, i) => l.kind === 'body' && i >= page.range.start)
  if (firstBody < 0) firstBody = page.lines.findIndex((l) => l.kind === 'body')
  const title = page.lines.findIndex((l) => l.kind === 'title')
  const head: Byline[] = []
  const before: Byline[] = []
  const after: Byline[] = []
  const footers: Byline[] = []
  let headerDate: string | null = null
  page.lines.forEach((l, i) => {
    if (l.header?.key === 'date') headerDate ??= l.header.value
    if (l.byline) {
      // A byline in the article's first lines still stands under the headline.
      if (firstBody >= 0 && i > firstBody + 3) after.push(l.byline)
      else if (i > title) head.push(l.byline)
      else before.unshift(l.byline)
    }
    if (l.reason === 'author-footer') {
      const b = parseByline(l.text)
      if (b) footers.push(b)
    }
    if (l.reason === 'author-box') {
      const name = allPostsBy(l.text)
      if (name !== null) footers.push({ authors: [name], date: null, readingTimeMinutes: null })
    }
  })
  // Between the headline and the body first, then above the headline nearest first, then below.
  const bylines = [...head, ...before, ...after]
  // Last, the person a copyright notice names (a one-person site's author).
  const holder = () => {
    for (const l of page.lines) {
      const h = l.reason === 'copyright' ? copyrightHolder(l.text) : null
      if (h !== null) return [h]
    }
    return []
  }
  // An "Author: NAME" footer states the author outright; a byline below the article may be a
  // comment's or a teaser's.
  const named = (list: readonly Byline[]) => list.find((b) => b.authors.length > 0)
  const authors =
    (named(head) ?? named(before) ?? named(footers) ?? named(after))?.authors ?? holder()
  const top = firstBody < 0 ? page.range.start : firstBody
  const bylineDate = head.find((b) => b.date !== null)?.date ?? null
  const looseOrFar =
    looseDate(page, Math.max(0, title - 2), top + 3) ??
    [...before, ...after].find((b) => b.date !== null)?.date ??
    looseDate(page, page.range.end, page.range.end + LOOSE_TAIL) ??
    null
  // A date written in the URL's path is the publication day: a date found loose on the page
  // days away from it is another's (a teaser's, a comment's, a later update); one a day or two
  // off is the same publication seen in another time zone, and states its time.
  const inUrl = urlDate(page.url)
  const loose =
    looseOrFar !== null && inUrl !== null && daysApart(isoOf(looseOrFar), inUrl) > 2
      ? null
      : looseOrFar
  const date = bylineDate ?? loose
  const published = date === null ? inUrl : isoOf(date)
  const documentDate = headerDate ?? published?.slice(0, 10) ?? null
  const year = documentDate === null ? null : Number(documentDate.slice(0, 4))
  const captions: Caption[] = []
  for (const l of page.lines) {
    if (l.kind === 'caption') captions.push(parseCaption(l.text, year) ?? (l.caption as Caption))
  }
  const meta: Meta = {
    title: page.title,
    authors: [...new Set(authors)],
    published,
    documentDate,
    site: null,
    language: null,
    readingTimeMinutes:
      bylines.find((b) => b.readingTimeMinutes !== null)?.readingTimeMinutes ?? null,
  }
  return { meta, captions }
}
