import { dateFromUrl, type PageDate, parseDate, parseWrittenDate } from './dates.js'
import { type DomElement, elementText } from './dom.js'
import type { JsonLdArticle } from './json-ld.js'
import type { Markup } from './markup.js'
import { type MetaTags, MODIFIED_KEYS, PUBLISHED_KEYS, WEAK_DATE_KEYS } from './meta-tags.js'
import { inComments, outsideArticle } from './scope.js'

/** The publication date of a page and whether a strong source gave it. */
export interface FoundDate {
  readonly date: PageDate | null
  /** False for weak sources: a bare `date` meta, any `<time>`, a date in page text, a modified date. */
  readonly dateStrong: boolean
}

const MAX_DATE_TEXT_CHARS = 100
const DAY_MS = 86_400_000

/** The first value among `keys` that reads as a date. */
function firstDate(tags: MetaTags, keys: readonly string[]): PageDate | null {
  for (const k of keys) {
    for (const v of tags.get(k) ?? []) {
      const d = parseDate(v)
      if (d) return d
    }
  }
  return null
}

function hasAncestor(el: DomElement, tag: RegExp): boolean {
  for (let p = el.parentElement, i = 0; p && i < 30; p = p.parentElement, i++) {
    if (tag.test(p.tagName.toUpperCase())) return true
  }
  return false
}

/**
 * `itemprop=datePublished`, and `<time>` marked as the publication (`pubdate`, class "published"),
 * outside comments and blocks beside the article (a sidebar's list of posts marks its dates too).
 */
function markedDate(markup: Markup): PageDate | null {
  for (const el of markup.published) {
    if (outsideArticle(el)) continue
    const d = parseDate(
      el.getAttribute('content') ?? el.getAttribute('datetime') ?? elementText(el),
    )
    if (d) return d
  }
  for (const t of markup.times) {
    const label = `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`
    if (t.getAttribute('pubdate') === null && !/pub/i.test(label)) continue
    if (outsideArticle(t)) continue
    const d = parseDate(t.getAttribute('datetime'))
    if (d) return d
  }
  return null
}

/** Any `<time datetime>` outside the comments: in the article or header first, else the first. */
function anyTime(all: readonly DomElement[]): PageDate | null {
  const times = all.filter((t) => !inComments(t))
  const inArticle = times.find((t) => hasAncestor(t, /^(ARTICLE|HEADER|MAIN)$/))
  for (const t of [inArticle, times[0]]) {
    const d = t ? parseDate(t.getAttribute('datetime')) : null
    if (d) return d
  }
  return null
}

/**
 * A date written in a short element whose class or id speaks of dates ("posted", "datum"...),
 * outside the comments.
 */
function writtenDate(markup: Markup): PageDate | null {
  for (const el of markup.dated) {
    const t = elementText(el)
    if (t.length === 0 || t.length > MAX_DATE_TEXT_CHARS || inComments(el)) continue
    const d = parseWrittenDate(t) ?? parseDate(t)
    if (d) return d
  }
  return null
}

const NEAR_HEADLINE_CHARS = 1500

/** A date written near the headline: in the text of the `<h1>`'s smallest ancestor of some size. */
function dateNearHeadline(markup: Markup): PageDate | null {
  const h1 = markup.h1s[0]
  let best: string | null = null
  for (let p = h1?.parentElement ?? null, i = 0; p && i < 4; p = p.parentElement, i++) {
    const t = p.textContent ?? ''
    if (t.length > NEAR_HEADLINE_CHARS) break
    best = t
  }
  return best ? parseWrittenDate(best.replace(/\s+/g, ' ')) : null
}

/**
 * UTC hours at which the page's own calendar can plausibly be on another day: before 10:00 the
 * Americas are still on the previous day, from 15:00 East Asia and Oceania are on the next one.
 * In between, a written date one day apart is another date (an update), not the same moment.
 */
const PREVIOUS_DAY_BEFORE_HOUR = 10
const NEXT_DAY_FROM_HOUR = 15

/**
 * A UTC timestamp ("2022-05-04T00:53Z") can fall on the next or previous day of the page's own
 * calendar. When the page writes a date one day apart, and the hour allows it, that day is the
 * document date.
 */
function localDay(found: PageDate, written: PageDate | null): PageDate {
  const utc = /T(\d{2}):\d{2}:\d{2}(?:Z|[+-]00:00)$/.exec(found.published)
  if (!written || !utc) return found
  const hour = Number(utc[1])
  const gap = Date.parse(written.documentDate) - Date.parse(found.documentDate)
  const plausible =
    (gap === -DAY_MS && hour < PREVIOUS_DAY_BEFORE_HOUR) ||
    (gap === DAY_MS && hour >= NEXT_DAY_FROM_HOUR)
  return plausible ? { ...found, documentDate: written.documentDate } : found
}

/**
 * The publication date by a cascade. Strong sources: 1. JSON-LD datePublished; 2. publication
 * meta tags ({@link PUBLISHED_KEYS}: article:published_time, parsely-pub-date...); 3.
 * `itemprop=datePublished` or a `<time>` marked as the publication; 4. the URL path. Weak
 * sources: 5. a `<time
 * datetime>` in the article; 6. a written date in a date-like element; 7. one written near the
 * `<h1>`; 8. a bare `date` meta and its kin ({@link WEAK_DATE_KEYS}, often the last change); 9. the
 * modification date. A UTC timestamp is moved to the page's
 * written day when they are one day apart.
 */
export function pageDate(
  markup: Markup,
  jsonLd: JsonLdArticle | null,
  url: string | null,
): FoundDate {
  const tags = markup.metas
  const strong =
    parseDate(jsonLd?.datePublished) ??
    firstDate(tags, PUBLISHED_KEYS) ??
    markedDate(markup) ??
    dateFromUrl(url)
  if (strong) return { date: localDay(strong, writtenDate(markup)), dateStrong: true }
  const weak =
    anyTime(markup.times) ??
    writtenDate(markup) ??
    dateNearHeadline(markup) ??
    firstDate(tags, WEAK_DATE_KEYS) ??
    parseDate(jsonLd?.dateModified) ??
    firstDate(tags, MODIFIED_KEYS)
  return { date: weak, dateStrong: false }
}
