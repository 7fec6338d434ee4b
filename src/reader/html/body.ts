import { Readability } from '@mozilla/readability'
import { type BlockLine, blockLines } from './blocks.js'
import {
  ALL_RULES,
  articleFinder,
  beyondReadability,
  captionLike,
  type DenseArticle,
  findArticle,
  RETRIES,
} from './density.js'
import type { DomDocument, DomElement } from './dom.js'
import { blockFigures } from './figures.js'
import { focusMain } from './focus.js'

/** The article body of a page as lines, with what Readability said about it. */
export interface Body {
  readonly lines: readonly BlockLine[]
  /** Readability's byline text ("By Ann Lee, Reporter"), raw. */
  readonly byline: string | null
  /** Which step of the cascade gave the body. */
  readonly source: 'density' | 'readability' | 'dense-container' | 'paragraphs' | 'page'
  /** The texts of the picture captions left out of the lines (figcaptions, blocks classed caption). */
  readonly captions: readonly string[]
}

/**
 * From this many characters of article text the density finder's pick is trusted; below, the
 * finder tries again with Readability's retry flags (on html-dev, the first pass's picks of 1,000+
 * characters were as good as Readability's; shorter ones were worse until the retries).
 */
const MIN_DENSE_CHARS = 700

/** Pages nested deeper than this skip Readability (real pages stay far below: tens of levels). */
const MAX_READABILITY_DEPTH = 120

/** True when some element lies more than `limit` levels below `root`. */
function deeperThan(root: DomElement, limit: number): boolean {
  let level: DomElement[] = [root]
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true
    const next: DomElement[] = []
    for (const el of level) {
      const kids = el.children
      for (let i = 0; i < kids.length; i++) next.push(kids[i] as DomElement)
    }
    level = next
  }
  return false
}

/** Below this many characters of article text, Readability's pick is not trusted. */
const MIN_ARTICLE_CHARS = 80

interface ReadabilityArticle {
  readonly content: DomElement | null | undefined
  readonly byline: string | null | undefined
}

function runReadability(doc: DomDocument): ReadabilityArticle | null {
  try {
    // The serializer returns the article element itself: no HTML string is built and re-parsed.
    const reader = new Readability<DomElement>(doc as never, {
      serializer: (el) => el as unknown as DomElement,
      keepClasses: true,
      disableJSONLD: true,
    })
    return reader.parse()
  } catch {
    // Readability throws on some malformed trees; the caller falls back to the density cascade.
    return null
  }
}

const chars = (lines: readonly BlockLine[]): number => lines.reduce((n, l) => n + l.text.length, 0)

const textChars = (el: DomElement): number => (el.textContent ?? '').trim().length

/** Leaves picture captions out of a body read by Readability or the fallbacks ({@link captionLike}). */
const noCaptions = (el: DomElement): boolean => captionLike(el, textChars)

/**
 * The body's lines from `parts`, leaving out what `skip` says; the texts of the captions left out
 * go to `captions`, for the Document's captions layer.
 */
function linesOf(
  parts: readonly DomElement[],
  skip: (el: DomElement) => boolean,
): { lines: BlockLine[]; captions: string[] } {
  const captions: string[] = []
  const keep = (el: DomElement): void => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text !== '' && !captions.includes(text)) captions.push(text)
  }
  const skipping = (el: DomElement): boolean => {
    if (!skip(el)) return false
    if (captionLike(el, textChars)) keep(el)
    return true
  }
  const lines = parts.flatMap((p) => blockLines(p, skipping))
  // The article's pictures may stand beside the text's container ("<article><figure>...
  // </figure><div class=body>...</div></article>"): their figcaptions are the article's too.
  const scope = articleScope(parts[0])
  if (scope !== null) {
    const figs = scope.getElementsByTagName('figcaption')
    for (let i = 0; i < figs.length; i++) keep(figs[i] as DomElement)
  }
  return { lines, captions }
}

/** The `<article>` element around `el`, or null. */
function articleScope(el: DomElement | undefined): DomElement | null {
  for (let p: DomElement | null = el ?? null; p !== null; p = p.parentElement) {
    const tag = p.tagName.toUpperCase()
    if (tag === 'ARTICLE') return p
  }
  return null
}

/**
 * Leaves out of Readability's article the blocks its cleaning keeps that the density finder drops
 * from its own picks: captions, author boxes, teaser cards ({@link beyondReadability}).
 */
const notReadabilityText = (el: DomElement): boolean =>
  beyondReadability(el, () => blockFigures(el))

/** The direct-child paragraph text of an element, in UTF-16 code units. */
function paragraphChars(el: DomElement): number {
  let n = 0
  const kids = el.children
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as DomElement
    if (k.tagName === 'P' || k.tagName === 'p') n += (k.textContent ?? '').trim().length
  }
  return n
}

/**
 * The fallback cascade when Readability finds no article (run on a fresh parse, since Readability
 * changes the DOM): 1. the container with the most text in its own `<p>` children; 2. every
 * `<p>` of the page; 3. every block of the body.
 */
export function fallbackBody(doc: DomDocument): Body {
  let best: DomElement | null = null
  let bestChars = 0
  const ps = doc.getElementsByTagName('p')
  const seen = new Set<DomElement>()
  for (let i = 0; i < ps.length; i++) {
    const parent = (ps[i] as DomElement).parentElement
    if (!parent || seen.has(parent)) continue
    seen.add(parent)
    const n = paragraphChars(parent)
    if (n > bestChars) {
      bestChars = n
      best = parent
    }
  }
  if (best && bestChars >= MIN_ARTICLE_CHARS) {
    return { ...linesOf([best], noCaptions), byline: null, source: 'dense-container' }
  }
  const paragraphs: BlockLine[] = []
  for (let i = 0; i < ps.length; i++) paragraphs.push(...blockLines(ps[i] as DomElement))
  if (chars(paragraphs) >= MIN_ARTICLE_CHARS) {
    return { lines: paragraphs, byline: null, source: 'paragraphs', captions: [] }
  }
  const lines = doc.body ? blockLines(doc.body) : []
  return { lines, byline: null, source: 'page', captions: [] }
}

/**
 * The density finder's article with all its rules, else with Readability's retry flags off one
 * more at a time ({@link RETRIES}): the first that keeps {@link MIN_DENSE_CHARS} characters, else
 * (as Readability does) the longest, when it keeps {@link MIN_ARTICLE_CHARS}. The passes share
 * the finder's walks of the body ({@link articleFinder}): at most two walks for the four passes.
 */
function denseArticle(body: DomElement): DenseArticle | null {
  const find = articleFinder(body)
  let longest = find(ALL_RULES)
  if (longest && longest.chars >= MIN_DENSE_CHARS) return longest
  for (const flags of RETRIES) {
    const found = find(flags)
    if (found && found.chars >= MIN_DENSE_CHARS) return found
    if (found && (!longest || found.chars > longest.chars)) longest = found
  }
  return longest && longest.chars >= MIN_ARTICLE_CHARS ? longest : null
}

/**
 * The article body by a cascade: 1. the density finder ({@link findArticle}) with its passes
 * ({@link denseArticle}): each reads the DOM once and changes nothing, at a fraction of
 * Readability's cost; 2. when no pass keeps {@link MIN_ARTICLE_CHARS} characters (an article in an
 * `<aside>` or a `<form>`, which the finder never reads), Readability over the DOM that
 * `readabilityDom` builds (a full DOM, which it changes; narrowed to its main container when one
 * holds the text, {@link focusMain}), its article element walked into block lines; 3. when
 * Readability fails or keeps under {@link MIN_ARTICLE_CHARS} characters, {@link fallbackBody}
 * over `doc`, which nothing changed.
 */
export function extractBody(doc: DomDocument, readabilityDom: () => DomDocument | null): Body {
  const dense = doc.body ? denseArticle(doc.body) : null
  if (dense) {
    return { ...linesOf(dense.parts, dense.skip), byline: null, source: 'density' }
  }
  if (doc.body && deeperThan(doc.body, MAX_READABILITY_DEPTH)) {
    // Readability's cleaning is quadratic in nesting depth: minutes on a 3,000-level page.
    return { ...fallbackBody(doc), byline: null }
  }
  const page = readabilityDom()
  if (page) focusMain(page)
  const article = page ? runReadability(page) : null
  const byline = article?.byline?.trim() || null
  if (article?.content) {
    const read = linesOf([article.content], notReadabilityText)
    if (chars(read.lines) >= MIN_ARTICLE_CHARS) return { ...read, byline, source: 'readability' }
  }
  return { ...fallbackBody(doc), byline }
}
