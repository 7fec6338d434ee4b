import type { DomDocument, DomElement } from './dom.js'

/** Share of the page's paragraph text a container must hold to be read alone. */
const MIN_SHARE = 0.9
/** Below this much paragraph text on the page, focusing saves nothing worth the risk. */
const MIN_PAGE_CHARS = 400

function paragraphText(root: DomDocument | DomElement): number {
  const ps = root.getElementsByTagName('p')
  let n = 0
  for (let i = 0; i < ps.length; i++) n += (ps[i] as DomElement).textContent?.length ?? 0
  return n
}

/**
 * Narrows the page to its `<main>` (or its only `<article>`) when that element holds at least 90%
 * of the page's paragraph text: every other branch of the body is removed, so Readability scores
 * a fraction of the nodes (it costs time in proportion to the DOM, and most of a modern page is
 * menus, teasers and footers). Changes the document; returns the element kept, or null when the
 * page has no such container (then nothing changes).
 */
export function focusMain(doc: DomDocument): DomElement | null {
  const body = doc.body
  if (!body) return null
  const mains = doc.querySelectorAll('main, [role="main"]')
  const articles = doc.getElementsByTagName('article')
  const candidate =
    mains.length === 1
      ? (mains[0] as DomElement)
      : articles.length === 1
        ? (articles[0] as DomElement)
        : null
  if (!candidate) return null
  const total = paragraphText(body)
  if (total < MIN_PAGE_CHARS || paragraphText(candidate) < MIN_SHARE * total) return null
  for (let el: DomElement = candidate; el.parentElement && el !== body; el = el.parentElement) {
    const parent = el.parentElement
    const siblings = Array.from(parent.children)
    for (const s of siblings) if (s !== el) s.remove()
  }
  return candidate
}
