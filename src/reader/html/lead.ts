import { SKIP } from './blocks.js'
import { cleanText, type DomElement } from './dom.js'
import { blockFigures } from './figures.js'

/**
 * Class and id words of an article's lead (standfirst, deck, summary under the headline), in the
 * languages of html-dev and of common CMS themes: "lead", "intro", "teaser", "subtitle",
 * "standfirst", "deck"/"dek", "summary", "excerpt", "abstract", Spanish "bajada",
 * French "chapo"/"chapeau", Czech "perex". Extend with the words of a CMS that names it otherwise.
 * Not "description": on html-dev it named an author box as often as a lead.
 */
const LEAD_WORDS = new Set([
  'lead',
  'leader',
  'lede',
  'intro',
  'introduction',
  'teaser',
  'subtitle',
  'subline',
  'subheadline',
  'standfirst',
  'summary',
  'excerpt',
  'deck',
  'dek',
  'abstract',
  'bajada',
  'chapo',
  'chapeau',
  'perex',
])
/** Words of blocks that are never a lead, whatever else their class says. */
const NOT_LEAD =
  /comment|share|social|related|sidebar|menu|breadcrumb|cookie|newsletter|promo|sponsor|footer|widget|caption/i
/** Elements searched for a lead are never inside these. */
const OUTSIDE = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'H1'])
/** How many elements before the article are searched at each level. */
const MAX_VISITED = 150
/** A lead is a sentence or a few: between these many characters (UTF-16 code units). */
const MIN_LEAD_CHARS = 40
const MAX_LEAD_CHARS = 1000
/** A lead is prose: under this share of its text in links. */
const MAX_LEAD_LINKS = 0.2

/** The lower-cased words of an element's class and id ("ts-intro", "articleLead": ts, intro, article, lead). */
function words(el: DomElement): string[] {
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
  return label
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())
}

/** The text of an element if it reads as a lead, else null. */
function leadText(el: DomElement): string | null {
  const text = cleanText(el.textContent)
  if (text.length < MIN_LEAD_CHARS || text.length > MAX_LEAD_CHARS) return null
  if (el.getElementsByTagName('h1').length > 0) return null
  // The link share as the density finder measures it (non-space characters).
  const { chars, linkChars } = blockFigures(el)
  return chars > 0 && linkChars / chars < MAX_LEAD_LINKS ? text : null
}

const isHeader = (el: DomElement | null): boolean => {
  const tag = el?.tagName.toUpperCase()
  return tag === 'HEADER' || tag === 'HGROUP'
}

/** A lead and where it lies. */
export interface Lead {
  readonly el: DomElement
  /** The sibling of the article container that holds the lead, or null when it lies further up. */
  readonly holder: DomElement | null
}

/**
 * The leads of an article whose container the density finder chose without them: the standfirst
 * under the headline often sits in the article's header, a sibling of the body container or of
 * one of its first ancestors (html-dev: a fifth of the missed text snippets). Searched in the
 * elements before `top` (the article container) among its siblings that are not `parts` and
 * among those of its `levels` nearest ancestors: a block whose class or id names a lead
 * ({@link LEAD_WORDS}), or a `p`/`h2` right inside a `header`/`hgroup`, of sentence length, not
 * mostly links, holding no `h1`, and not a repeat of the article's opening. Also searched: the
 * `dropped` headers inside the parts (a header classed like a site header, skipped with its lead),
 * each given with the part that holds it. In page order.
 *
 * @example
 * // <article><header><h1>Bridge closed</h1><p class="lead">The old bridge ...</p></header>
 * //   <div class="body"><p>...</p></div></article>, top = div.body: [{ el: p.lead, holder: header }]
 */
export function findLeads(
  top: DomElement,
  parts: readonly DomElement[],
  body: DomElement,
  levels: number,
  dropped: readonly Lead[] = [],
): Lead[] {
  const found: Lead[] = []
  let opening: string | null = null
  let inside = false
  const repeats = (text: string): boolean => {
    if (inside) return false
    opening ??= cleanText(top.textContent).slice(0, MAX_LEAD_CHARS * 2)
    return opening.includes(text)
  }
  let visited = 0
  let holder: DomElement | null = null
  // Depth first, last child first: leads are collected in reverse page order.
  const search = (el: DomElement): void => {
    if (visited++ > MAX_VISITED) return
    const tag = el.tagName.toUpperCase()
    if (SKIP.has(tag) || OUTSIDE.has(tag) || el.getAttribute('hidden') !== null) return
    if (el.getAttribute('aria-hidden') === 'true') return
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (NOT_LEAD.test(label)) return
    const named = words(el).some((w) => LEAD_WORDS.has(w))
    const headed = (tag === 'P' || tag === 'H2') && isHeader(el.parentElement)
    if (named || headed) {
      const text = leadText(el)
      if (text !== null) {
        if (!repeats(text)) found.push({ el, holder })
        return
      }
    }
    const kids = el.children
    for (let i = kids.length - 1; i >= 0; i--) search(kids[i] as DomElement)
  }
  // Headers dropped inside the parts first: they come after the elements before the container.
  inside = true
  for (let i = dropped.length - 1; i >= 0; i--) {
    const d = dropped[i] as Lead
    visited = 0
    holder = d.holder
    search(d.el)
  }
  inside = false
  let node = top
  for (let level = 0; level <= levels && node !== body; level++) {
    const parent = node.parentElement
    if (!parent) break
    const siblings = parent.children
    let at = siblings.length - 1
    while (at >= 0 && siblings[at] !== node) at--
    visited = 0
    for (let i = at - 1; i >= 0; i--) {
      const s = siblings[i] as DomElement
      if (parts.includes(s)) continue
      holder = level === 0 ? s : null
      search(s)
    }
    node = parent
  }
  return found.reverse()
}
