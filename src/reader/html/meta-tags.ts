/**
 * A page's `<meta>` values by lower-cased key (`name`, `property`, `itemprop` or `http-equiv`),
 * in page order, as gathered by `collectMarkup`.
 */
export type MetaTags = ReadonlyMap<string, readonly string[]>

/** The first value among `keys`, tried in order. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = tags.get(k)?.[0]
    if (v) return v
  }
  return null
}

/** Meta keys naming the publication date, most reliable first. */
export const PUBLISHED_KEYS: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'og:published_time',
  'published_time',
  'publication_date',
  'publish-date',
  'publishdate',
  'publish_date',
  'pubdate',
  'date_published',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'sailthru.date',
  'parsely-pub-date',
  'originalpublicationdate',
  'bt:pubdate',
  'cxenseparse:recs:publishtime',
  'article_date_original',
  'dateissued',
]

/** Meta keys with a date of unclear meaning (often the last change): weak evidence. */
export const WEAK_DATE_KEYS: readonly string[] = [
  'date',
  'dc.date',
  'dcterms.date',
  'dc.created',
  'created',
  'displaydate',
  'uploaddate',
]

/** Meta keys for a later modification date, used only when no publication date is found. */
export const MODIFIED_KEYS: readonly string[] = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'dc.date.modified',
]

/** Meta keys naming the author(s). */
export const AUTHOR_KEYS: readonly string[] = [
  'author',
  'article:author',
  'og:article:author',
  'byl',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'sailthru.author',
  'parsely-author',
  'book:author',
]

/** Meta keys for the title. */
export const TITLE_KEYS: readonly string[] = [
  'og:title',
  'twitter:title',
  'dc.title',
  'dcterms.title',
  'citation_title',
  'parsely-title',
  'sailthru.title',
  'headline',
]

/** Meta keys for the site name. */
export const SITE_KEYS: readonly string[] = [
  'og:site_name',
  'application-name',
  'publisher',
  'dc.publisher',
  'apple-mobile-web-app-title',
]

/** Meta keys for the language. */
export const LANGUAGE_KEYS: readonly string[] = [
  'content-language',
  'language',
  'dc.language',
  'dcterms.language',
  'og:locale',
  'inlanguage',
]
