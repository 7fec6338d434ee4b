import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js'

/** Elements that start and end a line of text. */
export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'CENTER',
  'LEGEND',
  'OPTGROUP',
])

/**
 * Elements whose text is never read; `rt` and `rp` are ruby annotations (the readings printed
 * over Japanese or Chinese characters, and their fallback brackets), not the text itself.
 */
export const SKIP = new Set([
  'RT',
  'RP',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
])

/** Table cells: joined on one line per row. */
const CELL = new Set(['TD', 'TH'])

/** One line of the article: its text and whether it is a caption (`figcaption`, `caption`). */
export interface BlockLine {
  readonly text: string
  readonly caption: boolean
  /** Share of the line's raw characters inside links (`<a>`), 0-1. */
  readonly links: number
}

/**
 * Turns an article's DOM into lines: one per block element (p, h1-h6, li, blockquote, pre, div with
 * its own text, figcaption, table row), and a new line at each `<br>`. Inline text is joined with
 * white space collapsed; `pre` keeps its own line breaks. Readability's `textContent` glues
 * paragraphs together, which is why this walk exists. Elements for which `skip` is true are left
 * out with their content.
 *
 * @example
 * blockLines(el) // for <div><p>One</p><p>Two <b>bold</b></p></div>: [{text:'One'}, {text:'Two bold'}]
 */
export function blockLines(
  root: DomElement,
  skip: (el: DomElement) => boolean = () => false,
): BlockLine[] {
  const lines: BlockLine[] = []
  let buffer = ''
  let linked = 0
  let inLink = 0
  let caption = 0
  const flush = () => {
    const text = buffer.replace(/(?:\s|\u00a0|\u200b|\u200c|\u200d|\ufeff)+/g, ' ').trim()
    if (text !== '') {
      const raw = buffer.replace(/\s+/g, '').length
      lines.push({ text, caption: caption > 0, links: raw === 0 ? 0 : Math.min(1, linked / raw) })
    }
    buffer = ''
    linked = 0
  }
  const walk = (node: DomNode, pre: boolean) => {
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i] as DomNode
      if (child.nodeType === TEXT_NODE) {
        const text = child.textContent ?? ''
        if (pre && text.includes('\n')) {
          const parts = text.split('\n')
          for (let j = 0; j < parts.length; j++) {
            if (j > 0) flush()
            buffer += parts[j]
          }
        } else buffer += text
        if (inLink > 0) linked += text.replace(/\s+/g, '').length
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const tag = (child as DomElement).tagName.toUpperCase()
      if (SKIP.has(tag) || skip(child as DomElement)) continue
      if (tag === 'BR') {
        flush()
        continue
      }
      if (CELL.has(tag)) {
        buffer += ' '
        walk(child, pre)
        buffer += ' '
        continue
      }
      const block = BLOCK.has(tag)
      if (!block) {
        const link = tag === 'A'
        if (link) inLink++
        walk(child, pre)
        if (link) inLink--
        continue
      }
      flush()
      const isCaption = tag === 'FIGCAPTION' || tag === 'CAPTION'
      if (isCaption) caption++
      walk(child, pre || tag === 'PRE')
      flush()
      if (isCaption) caption--
    }
  }
  walk(root, false)
  flush()
  return lines
}
