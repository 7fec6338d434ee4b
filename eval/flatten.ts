import { parseHTML } from 'linkedom'

/** Elements whose text is not shown on the page. */
const HIDDEN = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
])

/** Elements that start and end a block of text (HTML's block-level and table elements, and br). */
// biome-ignore format: a table
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTION', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
])

interface Walkable {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<Walkable>
  hasAttribute?(name: string): boolean
}

/**
 * Flattens an HTML page to plain text as a scraper saves it: all visible text (no script, style,
 * noscript, template or head), one block per line (a newline at every block element), inline
 * whitespace collapsed, empty lines dropped; with `url`, a first `url ...` header line as a
 * scraper writes it. This is the input of the plain-text reader's
 * evaluation on whole pages.
 *
 * @example
 * flattenHtml('<p>One <b>two</b></p><ul><li>three</li></ul>') // → 'One two\nthree'
 */
export function flattenHtml(html: string, url: string | null = null): string {
  const { document } = parseHTML(html)
  const parts: string[] = []
  const walk = (node: Walkable): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '')
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return
    const name = node.nodeName.toUpperCase()
    if (HIDDEN.has(name) || node.hasAttribute?.('hidden')) return
    const block = BLOCKS.has(name)
    if (block) parts.push('\n')
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) walk(children[i] as Walkable)
    if (block) parts.push('\n')
  }
  walk(document as unknown as Walkable)
  // A scraper writes the page's address above its text, as the `url` header line.
  if (url !== null) parts.unshift(`url ${url}\n`)
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n')
}
