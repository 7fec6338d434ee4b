import type { DomElement } from './dom.js'

/** Class or id words of a page's comment section: a date or name there is a reader's. */
const COMMENTS = /comment|respond|reply/i
/**
 * Class or id words of blocks beside the article. Matched at the start of a class word
 * ("sidebar", "widget-area", "related-posts", "footer"), not inside one: "group-article-footer"
 * is the article's own footer (where bylines sit) and "elementor-widget" wraps every block of
 * pages built with that tool.
 */
const BESIDE = /^(?:sidebar|widget|related|footer)/i

/** How many ancestors are looked at: page wrappers further up say nothing of the element. */
const MAX_DEPTH = 10

/** The class and id words of an element. */
function labels(el: DomElement): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .filter((w) => w !== '')
}

/**
 * True when the element or an ancestor (up to the body, not into it: `<body>` classes say
 * "comments-open" on every page) belongs to the comments.
 *
 * @example
 * inComments(doc.querySelector('#comments .date')) // true
 */
export function inComments(el: DomElement): boolean {
  for (let p: DomElement | null = el, i = 0; p && i < MAX_DEPTH; p = p.parentElement, i++) {
    if (p.tagName.toUpperCase() === 'BODY') return false
    if (COMMENTS.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) return true
  }
  return false
}

/**
 * True when the element or an ancestor is a comment section or a block beside the article
 * (sidebar, widget, related stories, page footer): see {@link BESIDE}.
 */
export function outsideArticle(el: DomElement): boolean {
  if (inComments(el)) return true
  for (let p: DomElement | null = el, i = 0; p && i < MAX_DEPTH; p = p.parentElement, i++) {
    if (p.tagName.toUpperCase() === 'BODY') return false
    if (labels(p).some((w) => BESIDE.test(w))) return true
  }
  return false
}
