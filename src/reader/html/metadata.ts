import { isSiteName, siteFromUrl } from '../site-name.js'
import { namesFromAuthorValue, namesFromByline } from './byline.js'
import type { PageDate } from './dates.js'
import {
  cleanText,
  type DomDocument,
  type DomElement,
  ELEMENT_NODE,
  elementText,
  TEXT_NODE,
} from './dom.js'
import type { JsonLdArticle } from './json-ld.js'
import { languageCode } from './language.js'
import { collectMarkup } from './markup.js'
import { AUTHOR_KEYS, firstMeta, LANGUAGE_KEYS, SITE_KEYS, TITLE_KEYS } from './meta-tags.js'
import { pageDate } from './page-date.js'
import { inComments, outsideArticle } from './scope.js'
import { chooseTitle } from './title.js'

/** What the page's markup says about the article, read before Readability changes the DOM. */
export interface PageMetadata {
  readonly title: string | null
  /** Authors from JSON-LD, meta tags and author markup ({@link chooseAuthors} of those). */
  readonly authors: readonly string[]
  /** Names from elements whose class or id says byline/author: weaker than `authors` and Readability's byline. */
  readonly bylineAuthors: readonly string[]
  /**
   * Names in a short text soon after the `<h1>` that opens like a byline ("Von Jana Berg"),
   * each word capitalised: the weakest source, after the body's byline lines.
   */
  readonly textAuthors: readonly string[]
  readonly date: PageDate | null
  /** False when the date came from a weak source (a bare `date` meta, any `<time>`, page text). */
  readonly dateStrong: boolean
  readonly site: string | null
  /** The names the page gives itself and its host: authors equal to one are dropped. */
  readonly siteNames: readonly string[]
  /** The declared language (ISO 639-1), null when the page declares none. */
  readonly language: string | null
}

const MAX_BYLINE_CHARS = 120
// A person's name as bylines write it: one to four capitalised words, name particles between
// ("Jana Berg", "Ursula von der Leyen", "MORITZ GATHMANN"); not a phrase of running text.
const NAME_SHAPE =
  /^\p{Lu}(?:[\p{L}'’.-]*[\p{L}.])?(?:\s+(?:(?:von|van|de|der|den|di|da|du|del|la|le|bin|al|zu)\s+)*\p{Lu}(?:[\p{L}'’.-]*[\p{L}.])?){0,3}$/u

// A community site's user name: one capitalised word with a number ("Marianne1", "Koch77").
const USER_NAME = /^\p{Lu}\p{Ll}+\d{1,2}$/u

/**
 * The texts of an `<h1>`: when it is made of several child elements (a kicker span and a headline
 * span), each child's text instead of the whole (titles are read without their kicker).
 */
function headingTexts(h1: DomElement): string[] {
  const parts: string[] = []
  const kids = h1.children
  for (let i = 0; i < kids.length; i++) {
    const t = elementText(kids[i] as DomElement)
    if (t !== '') parts.push(t)
  }
  if (parts.length >= 2) return parts
  return gluedKicker(h1) ?? [elementText(h1)]
}

/**
 * An `<h1>` whose first child element is glued to the text after it, with no space between
 * (`<h1><span class="overline">Die Stadt von morgen</span>"Wir bauen die Brücken neu"</h1>`): the
 * style sets the two on lines of their own, a kicker and the headline; both texts, else null.
 */
function gluedKicker(h1: DomElement): string[] | null {
  const nodes = h1.childNodes
  const first = nodes[0]
  const next = nodes[1]
  if (nodes.length !== 2 || first?.nodeType !== ELEMENT_NODE || next?.nodeType !== TEXT_NODE)
    return null
  const head = first.textContent ?? ''
  const tail = next.textContent ?? ''
  if (/\s$/.test(head) || /^\s/.test(tail)) return null
  const parts = [cleanText(head), cleanText(tail)]
  return parts[0] !== '' && parts[1] !== '' ? parts : null
}

const NAME_CLASS = /(?:author|byline)[\w-]*[-_]name$/i

/** The first element inside `root` marked as a name (`itemprop~=name`, class `fn`). */
function nameElement(root: DomElement): DomElement | null {
  const stack: DomElement[] = [root]
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el !== root) {
      if (el.getAttribute('itemprop')?.split(/\s+/).includes('name')) return el
      // `fn` (hCard) and the BEM-style "author__name", "byline-name" of a name inside a byline
      // that also holds a date, an avatar or "All articles".
      if (
        el
          .getAttribute('class')
          ?.split(/\s+/)
          .some((c) => c === 'fn' || NAME_CLASS.test(c))
      )
        return el
    }
    const kids = el.children
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomElement)
  }
  return null
}

/**
 * Names in the first short element of `els` outside comments and widgets that names someone
 * other than the site; else the first that names the site.
 */
function authorsIn(
  els: readonly DomElement[],
  sites: readonly string[],
  outside: (el: DomElement) => boolean = outsideArticle,
): string[] {
  let site: string[] = []
  for (const el of els) {
    const nameEl = nameElement(el)
    const value = nameEl
      ? (nameEl.getAttribute('content') ?? elementText(nameEl))
      : (el.getAttribute('content') ?? elementText(el))
    if (value.length > MAX_BYLINE_CHARS || outside(el)) continue
    const names = namesFromByline(value)
    if (names.some((n) => !isSiteName(n, sites))) return names
    if (site.length === 0) site = names
  }
  return site
}

/**
 * The authors from a cascade of sources, strongest first: the persons of the first source that
 * names one (names that are the site's own, like "Die FURCHE" on furche.at, set aside); when no
 * source names a person, the first source's names as they are (a blog named after its author,
 * an agency that signs as the site).
 *
 * @example
 * chooseAuthors([['tagesschau.de'], ['Ann Lee']], ['tagesschau.de']) // ['Ann Lee']
 * chooseAuthors([['Helge Fahrnberger'], []], ['helge.at']) // ['Helge Fahrnberger']
 */
export function chooseAuthors(
  lists: readonly (readonly string[])[],
  sites: readonly string[],
): string[] {
  for (const list of lists) {
    const persons = list.filter((n) => !isSiteName(n, sites))
    if (persons.length > 0) return persons
  }
  return [...(lists.find((l) => l.length > 0) ?? [])]
}

function absoluteUrl(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? value : null
}

/**
 * Reads the metadata of a page, each field by a cascade (first step that gives a value wins):
 * - title: see {@link chooseTitle} (JSON-LD headline, og:title..., `<title>` minus the site, h1);
 * - authors: 1. JSON-LD author; 2. meta author/byl/dc.creator/article:author (names, not URLs);
 *   3. `itemprop=author` / `rel=author` markup; then, in the reader, 4. Readability's byline and
 *   5. elements whose class or id says byline or author ({@link PageMetadata.bylineAuthors});
 * - date: see {@link pageDate};
 * - site: og:site_name, JSON-LD publisher, application-name..., else the host name (of the URL
 *   given, else of og:url, which also serves the URL date step);
 * - language: `<html lang>`, content-language and similar meta, JSON-LD inLanguage.
 * Must run before Readability, which moves and removes nodes.
 */
export function readPageMetadata(
  doc: DomDocument,
  jsonLd: JsonLdArticle | null,
  givenUrl: string | null,
): PageMetadata {
  const markup = collectMarkup(doc)
  const tags = markup.metas
  // A saved page read without its URL still names itself in og:url.
  const url = givenUrl ?? absoluteUrl(firstMeta(tags, ['og:url', 'twitter:url']))
  const site =
    firstMeta(tags, SITE_KEYS.slice(0, 1)) ??
    jsonLd?.publisher ??
    firstMeta(tags, SITE_KEYS) ??
    siteFromUrl(url)
  // Every name the site gives itself: an author meta equal to the `dc.publisher` is the site.
  const sites = [
    site,
    siteFromUrl(url),
    ...SITE_KEYS.flatMap((k) => tags.get(k) ?? []),
    jsonLd?.publisher,
  ].filter((s): s is string => !!s)
  const titleEl = markup.title
  const h1 = markup.h1s.flatMap(headingTexts)
  const title = chooseTitle({
    jsonLd: jsonLd?.headline ?? null,
    meta: firstMeta(tags, TITLE_KEYS),
    document: titleEl ? elementText(titleEl) : null,
    h1,
    sites,
    url,
  })

  const authorLists: string[][] = [[...(jsonLd?.authors ?? [])]]
  for (const key of AUTHOR_KEYS) {
    const values = tags.get(key)
    if (values) authorLists.push(namesFromAuthorValue(values))
  }
  // Author markup (itemprop, rel) says what it is wherever it sits, but for the comments: page
  // builders put the article's byline in "widgets" and "sidebars" too.
  authorLists.push(authorsIn(markup.authorMarkup, sites, inComments))
  const found = chooseAuthors(authorLists, sites)
  // Only looked for when the structured sources named no person.
  const bylineAuthors = found.some((n) => !isSiteName(n, sites))
    ? []
    : authorsIn(markup.bylines, sites)
  const fromText = found.some((n) => !isSiteName(n, sites)) ? [] : authorsIn(markup.prefixed, sites)
  // One part that is no name ("Vergleich der Miet-" of "von Vergleich der Miet- und Kaufpreise")
  // shows the text is a phrase, not a byline.
  const textAuthors = fromText.every((n) => NAME_SHAPE.test(n) || USER_NAME.test(n)) ? fromText : []

  const { date, dateStrong } = pageDate(markup, jsonLd, url)

  const language =
    languageCode(doc.documentElement?.getAttribute('lang')) ??
    languageCode(doc.documentElement?.getAttribute('xml:lang')) ??
    languageCode(firstMeta(tags, LANGUAGE_KEYS)) ??
    languageCode(jsonLd?.language)

  return {
    title,
    authors: found,
    bylineAuthors,
    textAuthors,
    date,
    dateStrong,
    site: site ? cleanText(site) : null,
    siteNames: sites,
    language,
  }
}
