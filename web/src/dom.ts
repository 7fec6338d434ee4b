/// <reference lib="dom" />
/**
 * DOM helpers. Data is only ever put in the page as text (`textContent`, attribute values):
 * nothing here parses HTML, so article text cannot become markup or script.
 */

/** Children: nodes, text, or nothing. */
export type Child = Node | string | number | null | undefined | false

/** Attributes: `class`, `href`, `title`, `data-*`...; `on*` take a listener. */
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>

/**
 * Makes an element.
 *
 * @example
 * h('a', { href: '#/stories', class: 'nav' }, 'Stories')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  setAttrs(el, attrs)
  append(el, children)
  return el
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Makes an SVG element. */
export function s(tag: string, attrs: Attrs | null = null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement
  setAttrs(el, attrs)
  append(el, children)
  return el
}

function setAttrs(el: Element, attrs: Attrs | null): void {
  if (!attrs) return
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v)
    else if (k === 'href') el.setAttribute(k, safeHref(String(v)))
    else el.setAttribute(k, v === true ? '' : String(v))
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    el.append(typeof c === 'object' ? c : document.createTextNode(String(c)))
  }
}

/** Only in-app (`#...`), relative and http(s) links; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): string {
  if (href.startsWith('#') || href.startsWith('/')) return href
  return /^https?:\/\//i.test(href) ? href : '#'
}

/** Replaces the children of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren()
  append(el, children)
}

/** `text` with every case-insensitive occurrence of `terms` wrapped in `<mark>`. */
export function highlightTerms(text: string, terms: readonly string[]): DocumentFragment {
  const frag = document.createDocumentFragment()
  const words = terms.filter((t) => t.trim() !== '')
  if (words.length === 0) {
    frag.append(text)
    return frag
  }
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const re = new RegExp(`(${escaped.join('|')})`, 'gi')
  let last = 0
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0
    if (at > last) frag.append(text.slice(last, at))
    frag.append(h('mark', null, m[0]))
    last = at + m[0].length
  }
  if (last < text.length) frag.append(text.slice(last))
  return frag
}

/** A link to an in-app route. */
export function link(route: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#${route}` }, ...children)
}
