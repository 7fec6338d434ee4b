/**
 * The figures of an element's text that the density finder and the lead finder weigh: non-space
 * characters, the share of them inside links, commas, headings.
 */
import type { DomElement } from './dom.js'

/** Heading elements. */
export const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])

/** The figures of a block: its amount of text, of linked text, of commas, and its headings. */
export interface BlockFigures {
  /** Non-space characters of visible text, and of those the ones inside links. */
  readonly chars: number
  readonly linkChars: number
  readonly commas: number
  /** Holds a heading (`h1`-`h6`). */
  readonly headings: boolean
}

/** Non-space characters, characters inside links, commas and headings of an element's text. */
export function blockFigures(el: DomElement): BlockFigures {
  const { chars, commas } = measure(el.textContent ?? '')
  let linkChars = 0
  const links = el.getElementsByTagName('a')
  for (let k = 0; k < links.length; k++) linkChars += measure(links[k]?.textContent ?? '').chars
  let headings = HEADING.has(el.tagName.toUpperCase())
  for (const h of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
    if (headings) break
    headings = el.getElementsByTagName(h).length > 0
  }
  return { chars, linkChars: Math.min(linkChars, chars), commas, headings }
}

/** Non-space characters and commas of a text. */
export function measure(text: string): { chars: number; commas: number } {
  let chars = 0
  let commas = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 32 && c !== 160) chars++
    if (c === 44 || c === 0x3001 || c === 0xff0c) commas++
  }
  return { chars, commas }
}
