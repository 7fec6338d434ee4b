import { decodeHTML, decodeHTMLAttribute } from 'entities'
import type { DomDocument, DomElement, DomNode } from './dom.js'

/**
 * A small HTML tree builder for the reader's main path (density finder, metadata, block lines).
 * linkedom builds a full DOM (a linked list of nodes, attribute nodes, custom-element hooks) that
 * costs ~6 ms a page; this one builds plain arrays of nodes in one left-to-right scan. Its tree
 * follows the rules of htmlparser2 (linkedom's parser, on which the reader's figures were
 * measured), not the full HTML standard: an open tag closes the tags it implies (`<p>` an open
 * `<p>`, `<li>` an open `<li>`, `<td>` an open `<td>`...), an end tag closes up to the nearest
 * open element of its name and is ignored when there is none (`</p>` alone gives an empty `<p>`,
 * `</br>` a `<br>`), void elements take no children, self-closing slashes are ignored, `script`,
 * `style`, `xmp`, `textarea` and `title` hold raw text to their end tag, comments, CDATA sections,
 * doctypes and processing instructions are dropped, and character references are decoded in text
 * and attribute values. No foster parenting or formatting-element reconstruction. Every step
 * moves forward, and every end tag pops what it scans: the time is linear in the input.
 */

const EMPTY: readonly DomNode[] = Object.freeze([])

/** A run of text. */
export class TreeText implements DomNode {
  readonly nodeType = 3
  readonly nodeName = '#text'
  readonly childNodes = EMPTY
  parentNode: TreeElement | null = null
  textContent: string
  constructor(text: string) {
    this.textContent = text
  }
}

/** An element: lower-case `localName`, upper-case `tagName`, attributes in source order. */
export class TreeElement implements DomElement {
  readonly nodeType = 1
  readonly tagName: string
  readonly localName: string
  readonly childNodes: (TreeElement | TreeText)[] = []
  readonly children: TreeElement[] = []
  parentNode: TreeElement | null = null
  /** Names (lower-case) and values, alternating; the first of a repeated name wins. */
  readonly attributes: string[]
  constructor(localName: string, attributes: string[]) {
    this.localName = localName
    this.tagName = localName.toUpperCase()
    this.attributes = attributes
  }
  get nodeName(): string {
    return this.tagName
  }
  get parentElement(): TreeElement | null {
    return this.parentNode
  }
  getAttribute(name: string): string | null {
    const a = this.attributes
    const key = name.toLowerCase()
    for (let i = 0; i < a.length; i += 2) if (a[i] === key) return a[i + 1] as string
    return null
  }
  /** The text of every text node inside, in page order (iterative: pages nest thousands deep). */
  get textContent(): string {
    let out = ''
    const stack: (TreeElement | TreeText)[] = [this]
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node instanceof TreeText) out += node.textContent
      else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
    }
    return out
  }
  getElementsByTagName(name: string): TreeElement[] {
    const want = name.toLowerCase()
    return descendants(this, (el) => want === '*' || el.localName === want)
  }
  querySelectorAll(selector: string): TreeElement[] {
    return descendants(this, compileSelector(selector))
  }
  querySelector(selector: string): TreeElement | null {
    return this.querySelectorAll(selector)[0] ?? null
  }
  /** Takes the element out of its parent. */
  remove(): void {
    const parent = this.parentNode
    if (!parent) return
    parent.childNodes.splice(parent.childNodes.indexOf(this), 1)
    parent.children.splice(parent.children.indexOf(this), 1)
    this.parentNode = null
  }
}

/** A parsed page: the `<html>` element with its first `<head>` and `<body>`. */
export class TreeDocument implements DomDocument {
  readonly documentElement: TreeElement
  readonly head: TreeElement | null
  readonly body: TreeElement
  constructor(documentElement: TreeElement, head: TreeElement | null, body: TreeElement) {
    this.documentElement = documentElement
    this.head = head
    this.body = body
  }
  getElementsByTagName(name: string): TreeElement[] {
    const all = this.documentElement.getElementsByTagName(name)
    return matchesName(this.documentElement, name) ? [this.documentElement, ...all] : all
  }
  querySelectorAll(selector: string): TreeElement[] {
    const test = selector === '*' ? () => true : compileSelector(selector)
    const all = descendants(this.documentElement, test)
    return test(this.documentElement) ? [this.documentElement, ...all] : all
  }
  querySelector(selector: string): TreeElement | null {
    return this.querySelectorAll(selector)[0] ?? null
  }
}

const matchesName = (el: TreeElement, name: string) =>
  name === '*' || el.localName === name.toLowerCase()

/** The elements below `root` (not itself) that pass `test`, in page order. */
function descendants(root: TreeElement, test: (el: TreeElement) => boolean): TreeElement[] {
  const out: TreeElement[] = []
  const stack: TreeElement[] = []
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!)
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (test(el)) out.push(el)
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!)
  }
  return out
}

// `*`, `tag`, `[attr]`, `[attr="value"]`, `tag[attr="value"]`: the selectors the reader uses.
const SIMPLE_SELECTOR =
  /^(\*|[a-zA-Z][\w-]*)?(?:\[([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([\w-]+)))?\])?$/

/** A test for a comma-separated list of simple selectors; throws on anything else. */
function compileSelector(selector: string): (el: TreeElement) => boolean {
  const tests = selector.split(',').map((part) => {
    const m = SIMPLE_SELECTOR.exec(part.trim())
    if (!m || (!m[1] && !m[2])) throw new Error(`unsupported selector: ${selector}`)
    const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null
    const attr = m[2] ?? null
    const value = m[3] ?? m[4] ?? m[5] ?? null
    return (el: TreeElement) => {
      if (tag !== null && el.localName !== tag) return false
      if (attr === null) return true
      const v = el.getAttribute(attr)
      return v !== null && (value === null || v === value)
    }
  })
  return (el) => tests.some((t) => t(el))
}

// htmlparser2's tables: the open elements a start tag closes, and the void elements.
const P = ['p']
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['select', FORM],
      ['input', FORM],
      ['output', FORM],
      ['button', FORM],
      ['datalist', FORM],
      ['textarea', FORM],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((t): [string, string[]] => [t, P]),
    ] as [string, string[]][]
  ).map(([tag, closes]) => [tag, new Set(closes)]),
)
const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
)
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** Elements whose content is text up to their end tag; the last two decode references. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'textarea', 'title'])
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title'])
const rawEnds = new Map([...RAW_TEXT].map((t) => [t, new RegExp(`</${t}(?=[\\s/>]|$)`, 'gi')]))

const TAG_NAME = /[a-zA-Z][^\s/>]*/y
// An attribute: a name up to space, '/', '>' or '=', then maybe '=' and a value. An unclosed quote
// runs to the end of the input, as in browsers.
const ATTRIBUTE = /([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/y

/**
 * Decodes the character references of a text or, with `attribute`, of an attribute value, as
 * browsers do (the `entities` package, which linkedom's parser uses too): numeric ones
 * (`&#8217;`, C1 codes read as Windows-1252), every named one of the WHATWG table, the legacy
 * names without their semicolon (in an attribute only when no `=` follows, so URLs like
 * `?a=1&copy=2` stay as they are). Unknown names are left as written.
 *
 * @example
 * decodeReferences('Fish &amp; chips &#8211; &euro;5') // 'Fish & chips – €5'
 */
export function decodeReferences(text: string, attribute = false): string {
  if (!text.includes('&')) return text
  return attribute ? decodeHTMLAttribute(text) : decodeHTML(text)
}

/** The tree builder's state: the stack of open elements, with a count of each name on it. */
class Builder {
  readonly root = new TreeElement('#root', [])
  readonly stack: TreeElement[] = [this.root]
  private readonly open = new Map<string, number>()

  get current(): TreeElement {
    return this.stack[this.stack.length - 1] as TreeElement
  }

  text(text: string): void {
    if (text === '') return
    const parent = this.current
    const last = parent.childNodes[parent.childNodes.length - 1]
    if (last instanceof TreeText) last.textContent += text
    else {
      const node = new TreeText(text)
      node.parentNode = parent
      parent.childNodes.push(node)
    }
  }

  append(el: TreeElement): void {
    const parent = this.current
    el.parentNode = parent
    parent.childNodes.push(el)
    parent.children.push(el)
  }

  private pop(): void {
    const el = this.stack.pop() as TreeElement
    this.open.set(el.localName, (this.open.get(el.localName) ?? 1) - 1)
  }

  openTag(name: string, attributes: string[]): TreeElement {
    const closes = IMPLIES_CLOSE.get(name)
    if (closes) while (this.stack.length > 1 && closes.has(this.current.localName)) this.pop()
    const el = new TreeElement(name, attributes)
    this.append(el)
    if (!VOID.has(name)) {
      this.stack.push(el)
      this.open.set(name, (this.open.get(name) ?? 0) + 1)
    }
    return el
  }

  /** The name of the innermost open heading (`h1`-`h6`), or an empty name when none is open. */
  private openHeading(): string {
    let any = false
    for (const h of HEADINGS) if ((this.open.get(h) ?? 0) > 0) any = true
    if (!any) return ''
    // The scan stops at a heading, which the caller then pops with all above it: linear overall.
    for (let i = this.stack.length - 1; i > 0; i--) {
      const name = (this.stack[i] as TreeElement).localName
      if (HEADINGS.has(name)) return name
    }
    return ''
  }

  closeTag(name: string): void {
    if (VOID.has(name)) {
      if (name === 'br') this.openTag('br', [])
      return
    }
    // A heading's end tag closes whichever heading is open, as browsers do
    // (`<h2>Lead</h3><p>Text` gives the heading, then the paragraph beside it).
    const target = HEADINGS.has(name) && !this.open.get(name) ? this.openHeading() : name
    if ((this.open.get(target) ?? 0) > 0) {
      // The popped elements pay for this scan: end tags cost linear time overall.
      for (let top = this.current; ; top = this.current) {
        this.pop()
        if (top.localName === target) return
      }
    }
    if (name === 'p') {
      this.openTag('p', [])
      this.pop()
    }
  }
}

/** Reads one start tag at `at` (`<` then a letter); returns the index after it. */
function readStartTag(html: string, at: number, builder: Builder): number {
  TAG_NAME.lastIndex = at + 1
  const nameMatch = TAG_NAME.exec(html) as RegExpExecArray
  const name = nameMatch[0].toLowerCase()
  const attributes: string[] = []
  let i = TAG_NAME.lastIndex
  const n = html.length
  while (i < n) {
    for (let c = html.charCodeAt(i); c === 47 || c === 32 || (c >= 9 && c <= 13); )
      c = html.charCodeAt(++i)
    if (i >= n) break
    if (html.charCodeAt(i) === 62) {
      i++
      break
    }
    ATTRIBUTE.lastIndex = i
    const m = ATTRIBUTE.exec(html)
    if (!m) {
      i++ // a stray '=': skipped
      continue
    }
    i = ATTRIBUTE.lastIndex
    const key = (m[1] as string).toLowerCase()
    const raw = m[2] ?? m[3] ?? m[4] ?? ''
    let seen = false
    for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === key) seen = true
    if (!seen) attributes.push(key, decodeReferences(raw, true))
  }
  builder.openTag(name, attributes)
  if (!RAW_TEXT.has(name)) return i
  const end = rawEnds.get(name) as RegExp
  end.lastIndex = i
  const found = end.exec(html)
  const stop = found ? found.index : n
  const raw = html.slice(i, stop)
  builder.text(ESCAPABLE_RAW_TEXT.has(name) ? decodeReferences(raw) : raw)
  return stop
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** The index after the next `close` from `from`, or the end of the input. */
function skipPast(html: string, from: number, close: string): number {
  const at = html.indexOf(close, from)
  return at < 0 ? html.length : at + close.length
}

/** Builds the tree of `html` under a root element; see the module comment for the rules. */
function build(html: string): TreeElement {
  const builder = new Builder()
  const n = html.length
  let i = 0
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      builder.text(decodeReferences(html.slice(i)))
      break
    }
    if (lt > i) builder.text(decodeReferences(html.slice(i, lt)))
    const c = html.charCodeAt(lt + 1)
    if (isLetter(c)) i = readStartTag(html, lt, builder)
    else if (c === 47) {
      // '/': an end tag; '</' without a letter opens a bogus comment, up to '>'.
      if (isLetter(html.charCodeAt(lt + 2))) {
        TAG_NAME.lastIndex = lt + 2
        const name = (TAG_NAME.exec(html) as RegExpExecArray)[0].toLowerCase()
        builder.closeTag(name)
      }
      i = skipPast(html, lt + 2, '>')
    } else if (c === 33) {
      // '!': a comment, a CDATA section (a comment in HTML) or a doctype.
      if (html.startsWith('<!--', lt)) i = skipPast(html, lt + 4, '-->')
      else if (html.startsWith('<![CDATA[', lt)) i = skipPast(html, lt + 9, ']]>')
      else i = skipPast(html, lt + 2, '>')
    } else if (c === 63) i = skipPast(html, lt + 2, '>')
    else {
      builder.text('<')
      i = lt + 1
    }
  }
  return builder.root
}

const firstChild = (el: TreeElement, tag: string) => el.children.find((c) => c.localName === tag)

/**
 * Parses a page into a {@link TreeDocument}. The input should have its `<html>`, `<head>` and
 * `<body>` (see `frameHtml`); when the body or the document element is missing, an empty one
 * stands in. Never throws on any input.
 *
 * @example
 * parseTree('<html><body><p>Fish &amp; chips</body></html>').body.textContent // 'Fish & chips'
 */
export function parseTree(html: string): TreeDocument {
  const root = build(html)
  // A page with no `<html>` of its own (`<!DOCTYPE html><head>...<body>`) is held whole by one
  // made for it: its first element may be its head, and an `<html>` may come later, nested in the
  // article (pasted documents).
  let documentElement = firstChild(root, 'html')
  if (!documentElement) {
    documentElement = new TreeElement('html', [])
    for (const node of root.childNodes) {
      node.parentNode = documentElement
      documentElement.childNodes.push(node)
      if (node instanceof TreeElement) documentElement.children.push(node)
    }
  }
  documentElement.parentNode = null
  const head = firstChild(documentElement, 'head') ?? null
  let body = firstChild(documentElement, 'body')
  if (!body) {
    body = new TreeElement('body', [])
    body.parentNode = documentElement
    documentElement.childNodes.push(body)
    documentElement.children.push(body)
  }
  return new TreeDocument(documentElement, head, body)
}
