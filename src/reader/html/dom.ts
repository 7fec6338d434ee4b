import { parseHTML } from 'linkedom'
import { decodeReferences, parseTree } from './tree.js'

/**
 * The small part of the DOM the HTML reader uses: our own tree ({@link parseDocument}) and
 * linkedom's DOM ({@link parseLinkedom}, for Readability) both provide it. The project compiles
 * without the DOM lib.
 */
export interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly childNodes: ArrayLike<DomNode>
  readonly parentNode: DomNode | null
  readonly textContent: string | null
}

/** An element (nodeType 1). */
export interface DomElement extends DomNode {
  readonly tagName: string
  readonly children: ArrayLike<DomElement>
  readonly parentElement: DomElement | null
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  querySelector(selector: string): DomElement | null
  getElementsByTagName(name: string): ArrayLike<DomElement>
  remove(): void
}

/** A parsed document. */
export interface DomDocument {
  readonly documentElement: DomElement | null
  readonly head: DomElement | null
  readonly body: DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  querySelector(selector: string): DomElement | null
  getElementsByTagName(name: string): ArrayLike<DomElement>
}

/** DOM node types used here. */
export const ELEMENT_NODE = 1
export const TEXT_NODE = 3

/**
 * Gives a fragment the `<html>`/`<body>` frame linkedom needs: without `<html>`, linkedom makes
 * the first element the document element, and Readability then finds no body.
 */
export function frameHtml(html: string): string {
  if (!/<html[\s>]/i.test(html))
    return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  if (/<body[\s>]/i.test(html)) return html
  const headEnd = /<\/head\s*>/i.exec(html)
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length
    return `${html.slice(0, at)}<body>${html.slice(at)}</body>`
  }
  const open = /<html[^>]*>/i.exec(html)
  const at = open ? open.index + open[0].length : 0
  return `${html.slice(0, at)}<head></head><body>${html.slice(at)}</body>`
}

/**
 * Parses HTML into the reader's own tree ({@link parseTree}): the main path (density finder,
 * metadata, block lines) reads it, ~10 times faster than building linkedom's DOM. Returns null
 * only when the parser fails (it should not; the caller falls back to a tag-stripping reading).
 */
export function parseDocument(html: string): DomDocument | null {
  try {
    return parseTree(frameHtml(html))
  } catch {
    return null
  }
}

/**
 * Parses HTML with linkedom into a full DOM, as Readability needs, or returns null when linkedom
 * throws or gives no document element or body.
 */
export function parseLinkedom(html: string): DomDocument | null {
  try {
    const { document } = parseHTML(frameHtml(html)) as unknown as { document: DomDocument }
    return document.documentElement && document.body ? document : null
  } catch {
    return null
  }
}

/** The text of a node with runs of white space (including no-break spaces) collapsed, trimmed. */
export function cleanText(text: string | null | undefined): string {
  return text ? text.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : ''
}

/**
 * Decodes character references left in a text (pages that escape twice put `&#038;` or `&amp;`
 * in their meta values), numeric and named ({@link decodeReferences}).
 *
 * @example
 * decodeEntities('Berg- &#038; Seenland') // 'Berg- & Seenland'
 */
export function decodeEntities(text: string): string {
  return decodeReferences(text)
}

/** An element's text, white space collapsed. */
export function elementText(el: DomElement): string {
  return cleanText(el.textContent)
}
