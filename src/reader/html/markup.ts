import { type DomDocument, type DomElement, type DomNode, TEXT_NODE } from './dom.js'
import type { MetaTags } from './meta-tags.js'

/**
 * The elements of a page that the metadata cascade reads, gathered by one walk over the DOM (a
 * dozen `querySelectorAll` calls cost a tenth of the reader's time: each compiles its selector
 * and walks the whole tree). Every list is in page order.
 */
export interface Markup {
  /** Every `<meta>` content by lower-cased key; see {@link MetaTags}. */
  readonly metas: MetaTags
  /** The first `<title>`. */
  readonly title: DomElement | null
  /** The first {@link MAX_H1} `<h1>`s. */
  readonly h1s: readonly DomElement[]
  /** `itemprop~=author|creator`, `rel~=author`, `itemtype` ending in schema.org/Person. */
  readonly authorMarkup: readonly DomElement[]
  /** Elements whose class holds byline/author/autor/Author or whose id holds byline/author. */
  readonly bylines: readonly DomElement[]
  /** `itemprop~=datePublished|dateCreated`. */
  readonly published: readonly DomElement[]
  /** `<time>` elements with a `datetime`. */
  readonly times: readonly DomElement[]
  /**
   * Elements soon after the first `<h1>` with a text of their own that opens like a byline
   * ("By ...", "Von ...", "Autor: ..."): bylines that no class names.
   */
  readonly prefixed: readonly DomElement[]
  /** `<time>`s and elements whose class speaks of dates (date, datum, time, publish, posted, meta) or whose id holds "date". */
  readonly dated: readonly DomElement[]
}

/** How many `<h1>`s are kept: title candidates beyond the first few are teasers. */
export const MAX_H1 = 5

const BYLINE_CLASS = /byline|author|autor|Author/
const BYLINE_ID = /byline|author/
const DATED_CLASS = /date|Date|datum|time|publish|posted|meta/
const PERSON_TYPE = /schema\.org\/Person$/
/** How many elements after the first `<h1>` are searched for a {@link Markup.prefixed} byline. */
const BYLINE_REACH = 200
// A word that opens a byline; labels ending in a colon. What follows must be a capitalised word,
// or nothing: the name may follow in a link ("VON <a>MORITZ GATHMANN</a>").
const BYLINE_OPENER =
  /^[\s\-–—|•·]*(?:(?:written |posted |reported |story |text )?by|von|par|por|di|door|av|przez|(?:redaktion|autor(?:in)?|author|text|texte)\s*:)(?=\s|$)/i
const NAME_NEXT = /^\s*$|^\s+\p{Lu}/u

/** True when a direct text child of `el` opens like a byline. */
function opensByline(el: DomElement): boolean {
  const nodes = el.childNodes
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as DomNode
    if (n.nodeType !== TEXT_NODE) continue
    const text = n.textContent ?? ''
    const opener = BYLINE_OPENER.exec(text)
    if (opener && NAME_NEXT.test(text.slice(opener[0].length))) return true
  }
  return false
}

/** True when the space-separated token list `value` holds one of `tokens` (CSS `~=`). */
function hasToken(value: string | null, tokens: readonly string[]): boolean {
  if (!value) return false
  for (const t of value.split(/\s+/)) if (tokens.includes(t)) return true
  return false
}

function addMeta(map: Map<string, string[]>, el: DomElement): void {
  const content = el.getAttribute('content')
  if (content === null || content.trim() === '') return
  for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
    const keys = el.getAttribute(attr)
    if (!keys) continue
    // RDFa allows several space-separated properties in one attribute.
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key === '') continue
      const list = map.get(key)
      if (list) list.push(content.trim())
      else map.set(key, [content.trim()])
    }
  }
}

/**
 * Walks a page once (head and body, in page order) and gathers its {@link Markup}.
 *
 * @example
 * collectMarkup(doc).times.map((t) => t.getAttribute('datetime')) // ['2024-11-06T10:00:00Z']
 */
export function collectMarkup(doc: DomDocument): Markup {
  const metas = new Map<string, string[]>()
  let title: DomElement | null = null
  const h1s: DomElement[] = []
  const authorMarkup: DomElement[] = []
  const bylines: DomElement[] = []
  const published: DomElement[] = []
  const times: DomElement[] = []
  const dated: DomElement[] = []
  const prefixed: DomElement[] = []
  let reach = 0
  // linkedom answers `*` by one pass over its node list, in page order: cheaper than walking
  // `children` (each call builds a list), and without recursion on pages nested thousands deep.
  const all = doc.querySelectorAll('*')
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as DomElement
    const tag = el.tagName.toUpperCase()
    if (tag === 'META') addMeta(metas, el)
    else if (tag === 'TITLE') title ??= el
    else if (tag === 'H1' && h1s.length < MAX_H1) {
      if (h1s.length === 0) reach = BYLINE_REACH
      h1s.push(el)
    }
    if (reach > 0 && tag !== 'H1') {
      reach--
      if (opensByline(el)) prefixed.push(el)
    }
    const cls = el.getAttribute('class')
    const id = el.getAttribute('id')
    const itemprop = el.getAttribute('itemprop')
    if (
      hasToken(itemprop, ['author', 'creator']) ||
      hasToken(el.getAttribute('rel'), ['author']) ||
      PERSON_TYPE.test(el.getAttribute('itemtype') ?? '')
    )
      authorMarkup.push(el)
    if ((cls && BYLINE_CLASS.test(cls)) || (id && BYLINE_ID.test(id))) bylines.push(el)
    if (hasToken(itemprop, ['datePublished', 'dateCreated'])) published.push(el)
    if (tag === 'TIME' && el.getAttribute('datetime') !== null) times.push(el)
    if (tag === 'TIME' || (cls && DATED_CLASS.test(cls)) || (id?.includes('date') ?? false))
      dated.push(el)
  }
  return {
    metas,
    title,
    h1s,
    authorMarkup,
    bylines,
    published,
    prefixed,
    times,
    dated,
  }
}
