import { namesFromAuthorValue, namesFromByline } from './byline.js'
import { dateFromUrl, type PageDate, parseDate, parseWrittenDate } from './dates.js'
import { cleanText, type DomDocument, type DomElement } from './dom.js'
import type { JsonLdArticle } from './json-ld.js'
import { languageCode } from './language.js'
import {
  AUTHOR_KEYS,
  firstMeta,
  LANGUAGE_KEYS,
  type MetaTags,
  MODIFIED_KEYS,
  metaTags,
  PUBLISHED_KEYS,
  SITE_KEYS,
  TITLE_KEYS,
} from './meta-tags.js'
import { siteFromUrl } from './site.js'
import { chooseTitle } from './title.js'

/** What the page's markup says about the article, read before Readability changes the DOM. */
export interface PageMetadata {
  readonly title: string | null
  readonly authors: readonly string[]
  /** Names from elements whose class or id says byline/author: weaker than `authors` and Readability's byline. */
  readonly bylineAuthors: readonly string[]
  readonly date: PageDate | null
  readonly site: string | null
  /** The declared language (ISO 639-1), null when the page declares none. */
  readonly language: string | null
}

const MAX_BYLINE_CHARS = 120
const MAX_DATE_TEXT_CHARS = 100
const MAX_H1 = 5

const all = (root: DomDocument | DomElement, selector: string): DomElement[] => {
  try {
    return Array.from(root.querySelectorAll(selector))
  } catch {
    // linkedom's selector engine rejects a few selectors on odd documents: treat as no match.
    return []
  }
}

function text(el: DomElement): string {
  return cleanText(el.textContent)
}

/**
 * The texts of an `<h1>`: when it is made of several child elements (a kicker span and a headline
 * span), each child's text comes first, then the whole.
 */
function headingTexts(h1: DomElement): string[] {
  const parts: string[] = []
  const kids = h1.children
  for (let i = 0; i < kids.length; i++) {
    const t = text(kids[i] as DomElement)
    if (t !== '') parts.push(t)
  }
  return parts.length >= 2 ? [...parts, text(h1)] : [text(h1)]
}

const OUTSIDE_ARTICLE = /comment|widget|sidebar|related|teaser|footer|respond|reply/i

/** True when the element or an ancestor is a comment, widget or sidebar block. */
function outsideArticle(el: DomElement): boolean {
  for (let p: DomElement | null = el, i = 0; p && i < 12; p = p.parentElement, i++) {
    const label = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`
    if (OUTSIDE_ARTICLE.test(label)) return true
  }
  return false
}

/** Names in the first short element matching `selector` outside comments and widgets. */
function authorsIn(doc: DomDocument, selector: string): string[] {
  for (const el of all(doc, selector)) {
    const nameEl = el.querySelector('[itemprop~="name"], .fn')
    const value = nameEl
      ? (nameEl.getAttribute('content') ?? text(nameEl))
      : (el.getAttribute('content') ?? text(el))
    if (value.length > MAX_BYLINE_CHARS || outsideArticle(el)) continue
    const names = namesFromByline(value)
    if (names.length > 0) return names
  }
  return []
}

/** True when a name is really the site or a domain ("ORF.at", "tagesschau.de"). */
function isSiteName(name: string, sites: readonly string[]): boolean {
  const n = name.toLowerCase().replace(/\s+/g, '')
  if (/\.[a-z]{2,6}$/.test(n)) return true
  return sites.some((s) => {
    const x = s.toLowerCase().replace(/\s+/g, '')
    return x !== '' && (x === n || x.startsWith(`${n}.`))
  })
}

/** 3-4. A date in the markup: `itemprop=datePublished`, then `<time datetime>` in the article or header. */
function dateInMarkup(doc: DomDocument): PageDate | null {
  for (const el of all(doc, '[itemprop~="datePublished"], [itemprop~="dateCreated"]')) {
    const d = parseDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? text(el))
    if (d) return d
  }
  const times = all(doc, 'time[datetime]')
  const scoped = times.find(
    (t) =>
      /pub|date|entry|post/i.test(
        `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`,
      ) || t.getAttribute('pubdate') !== null,
  )
  const inArticle = times.find((t) => hasAncestor(t, /^(ARTICLE|HEADER|MAIN)$/))
  for (const t of [scoped, inArticle, times[0]]) {
    const d = t ? parseDate(t.getAttribute('datetime')) : null
    if (d) return d
  }
  return null
}

/** 6. A written date in a short element whose class or id speaks of dates ("posted", "datum"...). */
function dateInText(doc: DomDocument): PageDate | null {
  const els = all(
    doc,
    '[class*="date"], [class*="Date"], [class*="datum"], [class*="time"], [class*="publish"], [class*="posted"], [class*="meta"], [id*="date"], time',
  )
  for (const el of els) {
    const t = text(el)
    if (t.length === 0 || t.length > MAX_DATE_TEXT_CHARS) continue
    const d = parseWrittenDate(t) ?? parseDate(t)
    if (d) return d
  }
  return null
}

/** The first meta value among `keys` that reads as a date. */
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
 * Reads the metadata of a page, each field by a cascade (first step that gives a value wins):
 * - title: see {@link chooseTitle} (JSON-LD headline, og:title..., `<title>` minus the site, h1);
 * - authors: 1. JSON-LD author; 2. meta author/byl/dc.creator/article:author (names, not URLs);
 *   3. `itemprop=author` / `rel=author` markup; then, in the reader, 4. Readability's byline and
 *   5. elements whose class or id says byline or author ({@link PageMetadata.bylineAuthors});
 * - date: 1. JSON-LD datePublished; 2. meta published keys ({@link PUBLISHED_KEYS}); 3.
 *   `itemprop=datePublished`; 4. `<time datetime>` (marked as publication, else in the article or
 *   header, else the first); 5. the URL path; 6. a written date in a date-like element; 7.
 *   JSON-LD dateModified / meta modified keys;
 * - site: og:site_name, JSON-LD publisher, application-name..., else the host name;
 * - language: `<html lang>`, content-language and similar meta, JSON-LD inLanguage.
 * Must run before Readability, which moves and removes nodes.
 */
export function readPageMetadata(
  doc: DomDocument,
  jsonLd: JsonLdArticle | null,
  url: string | null,
): PageMetadata {
  const tags = metaTags(doc)
  const site =
    firstMeta(tags, SITE_KEYS.slice(0, 1)) ??
    jsonLd?.publisher ??
    firstMeta(tags, SITE_KEYS) ??
    siteFromUrl(url)
  const titleEl = doc.querySelector('title')
  const h1 = Array.from(doc.getElementsByTagName('h1')).slice(0, MAX_H1).flatMap(headingTexts)
  const title = chooseTitle({
    jsonLd: jsonLd?.headline ?? null,
    meta: firstMeta(tags, TITLE_KEYS),
    document: titleEl ? text(titleEl) : null,
    h1,
    sites: [site, siteFromUrl(url), firstMeta(tags, SITE_KEYS)].filter((s): s is string => !!s),
  })

  const sites = [site, siteFromUrl(url), firstMeta(tags, SITE_KEYS)].filter((s): s is string => !!s)
  const people = (names: readonly string[]) => names.filter((n) => !isSiteName(n, sites))
  let authors = people(jsonLd?.authors ?? [])
  if (authors.length === 0) {
    for (const key of AUTHOR_KEYS) {
      const values = tags.get(key)
      if (!values) continue
      authors = people(namesFromAuthorValue(values))
      if (authors.length > 0) break
    }
  }
  if (authors.length === 0) {
    authors = people(authorsIn(doc, '[itemprop~="author"], [itemprop~="creator"], [rel~="author"]'))
  }
  const bylineAuthors = people(
    authorsIn(
      doc,
      '[class*="byline"], [class*="author"], [class*="autor"], [id*="byline"], [id*="author"], [class*="Author"]',
    ),
  )

  const date =
    parseDate(jsonLd?.datePublished) ??
    firstDate(tags, PUBLISHED_KEYS) ??
    dateInMarkup(doc) ??
    dateFromUrl(url) ??
    dateInText(doc) ??
    parseDate(jsonLd?.dateModified) ??
    firstDate(tags, MODIFIED_KEYS)

  const language =
    languageCode(doc.documentElement?.getAttribute('lang')) ??
    languageCode(doc.documentElement?.getAttribute('xml:lang')) ??
    languageCode(firstMeta(tags, LANGUAGE_KEYS)) ??
    languageCode(jsonLd?.language)

  return { title, authors, bylineAuthors, date, site: site ? cleanText(site) : null, language }
}
