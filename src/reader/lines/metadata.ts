import type { Caption, Meta } from '../../core/schema.js'
import { type Byline, parseByline } from './byline.js'
import { parseCaption } from './caption.js'
import type { ClassifiedPage } from './classify.js'
import { isoOf } from './dates.js'

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/

/** A publication date written in a URL's path, or null. */
export function urlDate(url: string | null): string | null {
  const m = url === null ? null : URL_DATE.exec(url.replace(/[?#].*$/, ''))
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * The article's metadata from its classified lines. A cascade for each field:
 * - authors: the first byline with names between the headline and the body, else above the
 *   headline (nearest first), else below the body, else an author footer;
 * - published: the first byline date in the same order (a "Published" time before an "Updated"
 *   one); ISO 8601, local time unless the line states a zone;
 * - documentDate: the scraper's `date` header, else the published day, else a date in the page's
 *   URL path ("/2019/08/02/...");
 * - readingTimeMinutes: the first byline that states one.
 * Captions are read again with the document year, so "OCTOBER 28" resolves.
 */
export function pageMetadata(page: ClassifiedPage): { meta: Meta; captions: Caption[] } {
  const firstBody = page.lines.findIndex((l) => l.kind === 'body')
  const title = page.lines.findIndex((l) => l.kind === 'title')
  const head: Byline[] = []
  const before: Byline[] = []
  const after: Byline[] = []
  const footers: Byline[] = []
  let headerDate: string | null = null
  page.lines.forEach((l, i) => {
    if (l.header?.key === 'date') headerDate ??= l.header.value
    if (l.byline) {
      if (firstBody >= 0 && i > firstBody) after.push(l.byline)
      else if (i > title) head.push(l.byline)
      else before.unshift(l.byline)
    }
    if (l.reason === 'author-footer') {
      const b = parseByline(l.text)
      if (b) footers.push(b)
    }
  })
  // Between the headline and the body first, then above the headline nearest first, then below.
  const bylines = [...head, ...before, ...after]
  const authors =
    (bylines.find((b) => b.authors.length > 0) ?? footers.find((b) => b.authors.length > 0))
      ?.authors ?? []
  const date = bylines.find((b) => b.date !== null)?.date ?? null
  const published = date === null ? null : isoOf(date)
  const documentDate = headerDate ?? published?.slice(0, 10) ?? urlDate(page.url)
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
