import { BLOCK, SKIP } from './blocks.js'
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js'
import { type BlockFigures, HEADING, measure } from './figures.js'
import { findLeads, type Lead } from './lead.js'

/**
 * A content-density article finder: one walk over the DOM, without changing it, scores the blocks
 * of text the way Readability does (commas, length, link density, class and id words, spread to
 * the ancestors) and returns the best container with the siblings that belong to it, plus the
 * elements inside them to leave out (link lists, share bars, hidden parts).
 */
export interface DenseArticle {
  /** The elements of the article, in page order (the top container and its kept siblings). */
  readonly parts: readonly DomElement[]
  /** True for an element inside the parts whose text is not the article's (dropped or hidden). */
  readonly skip: (el: DomElement) => boolean
  /** Visible non-space characters of the article, the dropped elements left out. */
  readonly chars: number
  /** Share of the page's scored paragraph text that the article holds, 0-1. */
  readonly share: number
}

/**
 * Readability's retry flags: each pass of {@link findArticle} may drop one of its rules. Readability
 * retries with them off, one more at a time, when its article is short.
 */
export interface FindFlags {
  /** Skip elements whose class, id or role says comments, menus, sidebars... */
  readonly stripUnlikely: boolean
  /** Weigh class and id words (+25 article-like, -25 boilerplate) in scores and cleaning. */
  readonly weightClasses: boolean
  /** Drop containers by their figures (commas, link density, length) inside the article. */
  readonly cleanConditionally: boolean
}

/** Every rule on: the first pass. */
export const ALL_RULES: FindFlags = {
  stripUnlikely: true,
  weightClasses: true,
  cleanConditionally: true,
}

/**
 * Readability's retries, in its order: unlikely-stripping off, then class weights too, then
 * conditional cleaning too.
 */
export const RETRIES: readonly FindFlags[] = [
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
]

/** What the walk knows about an element. */
interface Info {
  /** Non-space characters of visible text inside. */
  chars: number
  /** The same with the text of skipped (unlikely) elements. */
  allChars: number
  /** Of those, the ones inside links. */
  linkChars: number
  commas: number
  /** Has a block-level element child. */
  hasBlock: boolean
  /** Has a child that keeps a `div` from being a paragraph. */
  hasDivBlock: boolean
  /** Readability-style content score, set once a paragraph scores the element. */
  score: number
  /** The same score without the class weight (for passes with `weightClasses` off). */
  plainScore: number
  scored: boolean
  /** Class and id say unlikely content (comments, menus, footers...). */
  unlikely: boolean
  /** Holds a heading (`h1`-`h6`). */
  headings: boolean
}

// Readability's word lists (0.6), for the class and id of an element.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i
const MAYBE = /and|article|body|column|content|main|shadow/i
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
])
/** Elements never part of an article's text. */
const OUTSIDE = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM'])
const MIN_PARAGRAPH = 25
/** Blocks that score as paragraphs (Readability's tags to score; leaf `div`s count as `p`). */
const PARAGRAPH = new Set(['P', 'PRE', 'TD', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV'])
/** Children that keep a `div` from reading as a paragraph. */
const DIV_BLOCK = new Set(['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL'])
const ANCESTOR_LEVELS = 5

/** A `p`, or a `div` read as one: no block children, or a single `p` child. */
function paragraphLike(el: DomElement, i: Info): boolean {
  const tag = el.tagName.toUpperCase()
  if (tag === 'P') return true
  if (tag !== 'DIV') return false
  if (!i.hasDivBlock) return true
  const kids = el.children
  return kids.length === 1 && (kids[0] as DomElement).tagName.toUpperCase() === 'P'
}

/** Containers Readability cleans by their figures. */
const CLEANED = new Set(['DIV', 'SECTION', 'UL', 'OL', 'TABLE', 'FORM', 'FIELDSET', 'DL'])
/** Readability's conditional cleaning thresholds. */
const KEEP_COMMAS = 10
const MAX_LINKS = 0.2
const MAX_LINKS_POSITIVE = 0.5
const MIN_CONTAINER_CHARS = 25

/**
 * Class or id words of blocks inside an article that are not its text, beyond Readability's list
 * (trafilatura discards the same kinds): boxes about the author, and teasers of other articles.
 * A lead paragraph is often classed "teaser" too: a teaser is only dropped when it links elsewhere
 * (a fifth of its text in links) or is a bare headline (a card whose link is on its picture).
 */
const AUTHOR_BOX =
  /author[-_]?(?:bio|box|info|desc|profile|card|about)|about[-_]?(?:the[-_]?)?author|bio[-_]?box|saboxplugin/i
const TEASER =
  /teaser|related|recommend|read[-_]?(?:more|also|next)|more[-_]?(?:articles|stories|news)|see[-_]?also/i
/** A sign-up box for a newsletter inside the article ("newsletter-promo", "nl-signup"). */
const SIGNUP = /newsletter|sign[-_]?up/i
/** Longer blocks classed as sign-up boxes are text (a "newsletter" class on a whole page). */
const MAX_SIGNUP_CHARS = 400
/** A class or id naming a picture caption ("wp-caption-text", "figure__caption"). */
const CAPTION = /caption/i
/** Longer blocks classed as captions are text (a "caption" class on a whole column). */
const MAX_CAPTION_CHARS = 400
/** A teaser-classed block with a heading and no more text than a headline is a card. */
const MAX_HEADLINE_CARD = 120
/** A nested `<article>` with a heading, links and less text than this is a teaser card. */
const MAX_CARD_CHARS = 600

/**
 * A picture caption or credit: a `figcaption`, or a short block whose class or id says caption.
 * Captions are not article text (the held-back benchmark's bodies leave them out, and on html-dev
 * 15 caption snippets are marked boilerplate for 1 marked text).
 */
export function captionLike(el: DomElement, chars: (el: DomElement) => number): boolean {
  if (el.tagName.toUpperCase() === 'FIGCAPTION') return true
  return CAPTION.test(label(el)) && chars(el) < MAX_CAPTION_CHARS
}

/** Any of the class words {@link beyondReadability} looks for. */
const BEYOND = new RegExp(
  `${CAPTION.source}|${AUTHOR_BOX.source}|${TEASER.source}|${SIGNUP.source}`,
  'i',
)

/**
 * The blocks inside an article that Readability's cleaning keeps but are not article text:
 * captions ({@link captionLike}), author boxes (fewer than 10 commas), newsletter sign-up boxes
 * (under 400 characters), teaser cards (a block classed as a teaser that is a fifth links or a
 * bare headline; a nested `article` with a heading, links and little text). Applied to the
 * density finder's picks and to Readability's article.
 */
export function beyondReadability(el: DomElement, figures: () => BlockFigures): boolean {
  const tag = el.tagName.toUpperCase()
  const words = label(el)
  // The figures are only read for the few blocks whose tag or class may name one of these.
  if (tag !== 'FIGCAPTION' && tag !== 'ARTICLE' && !BEYOND.test(words)) return false
  const i = figures()
  if (captionLike(el, () => i.chars)) return true
  const density = i.chars === 0 ? 0 : i.linkChars / i.chars
  if (i.commas < KEEP_COMMAS && AUTHOR_BOX.test(words)) return true
  if (SIGNUP.test(words) && i.chars < MAX_SIGNUP_CHARS) return true
  const linked = density > MAX_LINKS
  if (TEASER.test(words) && (linked || (i.headings && i.chars < MAX_HEADLINE_CARD))) return true
  return linked && tag === 'ARTICLE' && i.headings && i.chars < MAX_CARD_CHARS
}

/**
 * Readability's conditional cleaning, on the figures of the walk: a container inside the article
 * with fewer than 10 commas goes when its class says boilerplate, when more than a fifth of its
 * text is links (half, for a container classed as content; lists are spared that rule, and the
 * next one), or when it holds under 25 characters. A heading goes when its class says boilerplate.
 * Beyond Readability: captions ({@link captionLike}), author boxes, teaser cards (a block classed
 * as a teaser, a nested `article` with a heading, little text and many links).
 */
function boilerplate(el: DomElement, i: Info, flags: FindFlags): boolean {
  const tag = el.tagName.toUpperCase()
  if (beyondReadability(el, () => i)) return true
  const density = i.chars === 0 ? 0 : i.linkChars / i.chars
  if (tag === 'H1' || tag === 'H2') return classWeight(el, flags) < 0
  if (!flags.cleanConditionally || !CLEANED.has(tag) || i.commas >= KEEP_COMMAS) return false
  const weight = classWeight(el, flags)
  const list = tag === 'UL' || tag === 'OL'
  return (
    weight < 0 ||
    (!list && weight < 25 && density > MAX_LINKS) ||
    (weight >= 25 && density > MAX_LINKS_POSITIVE) ||
    (!list && i.chars < MIN_CONTAINER_CHARS)
  )
}

/** How many ancestors of the article container are searched for its lead ({@link findLeads}). */
const LEAD_LEVELS = 3
/** How many wrappers holding nothing but the article container are climbed to find its siblings. */
const MAX_WRAPPER_LEVELS = 3

/** Readability's number of top candidates weighed, and the share of the best score that counts. */
const TOP_CANDIDATES = 5
const ALTERNATIVE_SHARE = 0.75
const MIN_ALTERNATIVES = 3

/**
 * Readability's widening of the best candidate: to the ancestor shared by three or more of the
 * other top candidates that score at least 3/4 of it (an article split in several blocks); else up
 * through ancestors that keep a third of its score, to the first that scores higher.
 */
function widen(
  top: DomElement,
  others: readonly DomElement[],
  info: ReadonlyMap<DomElement, Info>,
  body: DomElement,
  scoreOf: (el: DomElement) => number,
): DomElement {
  const best = scoreOf(top)
  const alternatives = others.filter((el) => scoreOf(el) / best >= ALTERNATIVE_SHARE)
  if (alternatives.length >= MIN_ALTERNATIVES) {
    const ancestors = alternatives.map((el) => {
      const set = new Set<DomElement>()
      for (let a = el.parentElement; a && a !== body; a = a.parentElement) set.add(a)
      return set
    })
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      let n = 0
      for (const set of ancestors) if (set.has(p)) n++
      if (n >= MIN_ALTERNATIVES) return p
    }
  }
  const shared = sameClassAncestor(top, others, info, body, scoreOf)
  if (shared) return shared
  let last = best
  const floor = best / 3
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const i = info.get(p)
    if (!i?.scored) continue
    const score = scoreOf(p)
    if (score < floor) break
    if (score > last) return p
    last = score
  }
  return top
}

/** How far above the best candidate a block of the same class may join it. */
const MAX_SHARED_LEVELS = 6

/**
 * An article cut into blocks of one class by a page builder (a text column per row): when another
 * top candidate has the best one's class and a fifth of its score, the two's nearest common
 * ancestor (at most {@link MAX_SHARED_LEVELS} levels up, and not mostly links) holds the article.
 */
function sameClassAncestor(
  top: DomElement,
  others: readonly DomElement[],
  info: ReadonlyMap<DomElement, Info>,
  body: DomElement,
  scoreOf: (el: DomElement) => number,
): DomElement | null {
  const cls = top.getAttribute('class')
  if (!cls) return null
  const best = scoreOf(top)
  const path: DomElement[] = []
  for (
    let a = top.parentElement;
    a && a !== body && path.length < MAX_SHARED_LEVELS;
    a = a.parentElement
  )
    path.push(a)
  let shared: DomElement | null = null
  for (const el of others) {
    if (el.getAttribute('class') !== cls || scoreOf(el) < best * 0.2) continue
    for (let a = el.parentElement; a && a !== body; a = a.parentElement) {
      const at = path.indexOf(a)
      if (at < 0) continue
      if (!shared || at > path.indexOf(shared)) shared = a
      break
    }
  }
  const i = shared ? info.get(shared) : undefined
  return shared && i && i.chars > 0 && i.linkChars / i.chars < 0.5 ? shared : null
}

/** True when `el` lies inside `root` (or is it). */
function contains(root: DomElement, el: DomElement): boolean {
  for (let a: DomElement | null = el; a; a = a.parentElement) if (a === root) return true
  return false
}

/** Readability's starting score of a candidate by its tag. */
function tagScore(tag: string): number {
  switch (tag) {
    case 'DIV':
      return 5
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5
    default:
      return 0
  }
}

const label = (el: DomElement): string =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`

/** Readability's class weight: +25 for article-like class/id words, -25 for boilerplate ones. */
function classWeight(el: DomElement, flags: FindFlags): number {
  if (!flags.weightClasses) return 0
  let w = 0
  const cls = el.getAttribute('class')
  const id = el.getAttribute('id')
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25
    if (POSITIVE.test(cls)) w += 25
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25
    if (POSITIVE.test(id)) w += 25
  }
  return w
}

/** Readability's unlikely candidates: by role, or by class and id words (not saved by others). */
function unlikely(el: DomElement, tag: string): boolean {
  const role = el.getAttribute('role')
  if (role !== null && UNLIKELY_ROLES.has(role)) return true
  if (tag === 'A' || tag === 'BODY') return false
  const words = label(el)
  return words.length > 1 && UNLIKELY.test(words) && !MAYBE.test(words)
}

function hidden(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null) return true
  if (el.getAttribute('aria-hidden') === 'true') return true
  const style = el.getAttribute('style')
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

/**
 * What one walk over a page body gives: the figures of each element, the elements a paragraph
 * scored (in the order they were first scored), and the characters of all scored paragraphs.
 * It depends on one flag only, `stripUnlikely`; the scores are kept with and without class
 * weights, so one walk serves every pass that strips (or keeps) the same elements.
 */
interface Walk {
  readonly info: ReadonlyMap<DomElement, Info>
  readonly candidates: readonly DomElement[]
  readonly totalParagraphChars: number
  /** True when the unlikely-stripping rule skipped some element (a walk without it differs). */
  readonly stripped: boolean
}

/**
 * The walk of {@link findArticle}: elements whose class/id says comments, menus, sidebars (when
 * `stripUnlikely`; and `nav`, `aside`, `footer`, `header`, `form` always), and hidden ones, are
 * skipped; each paragraph (a block without block children, or the loose text of a block) of 25+
 * characters scores 1 + its commas + one per 100 characters (at most 3), given in full to its
 * parent, half to its grandparent and a third of its level to the ancestors above (5 levels); an
 * ancestor's score starts from its tag and class weight and ends multiplied by (1 - link density).
 */
function walkBody(body: DomElement, stripUnlikely: boolean): Walk {
  const info = new Map<DomElement, Info>()
  const candidates: DomElement[] = []
  let totalParagraphChars = 0
  let stripped = false

  const touch = (el: DomElement): Info | undefined => {
    const i = info.get(el)
    if (i && !i.scored) {
      i.scored = true
      const base = tagScore(el.tagName.toUpperCase())
      i.score = base + classWeight(el, ALL_RULES)
      i.plainScore = base
      candidates.push(el)
    }
    return i
  }
  const scoreParagraph = (at: DomElement | null, chars: number, commas: number) => {
    if (chars < MIN_PARAGRAPH) return
    totalParagraphChars += chars
    const points = 1 + commas + Math.min(Math.floor(chars / 100), 3)
    let level = 0
    for (let a = at; a && level < ANCESTOR_LEVELS; a = a.parentElement, level++) {
      const i = touch(a)
      if (!i) break
      const share = level === 0 ? points : level === 1 ? points / 2 : points / (level * 3)
      i.score += share
      i.plainScore += share
    }
  }

  // Post-order walk: an element's figures are its children's, summed.
  const walk = (el: DomElement, inLink: boolean, skipped: boolean): Info => {
    const me: Info = {
      chars: 0,
      allChars: 0,
      linkChars: 0,
      commas: 0,
      hasBlock: false,
      hasDivBlock: false,
      score: 0,
      plainScore: 0,
      scored: false,
      unlikely: skipped,
      headings: false,
    }
    info.set(el, me)
    let looseChars = 0
    let looseCommas = 0
    const kids: ArrayLike<DomNode> = el.childNodes
    for (let k = 0; k < kids.length; k++) {
      const node = kids[k] as DomNode
      if (node.nodeType === TEXT_NODE) {
        const m = measure(node.textContent ?? '')
        me.chars += m.chars
        me.allChars += m.chars
        me.commas += m.commas
        if (inLink) me.linkChars += m.chars
        looseChars += m.chars
        looseCommas += m.commas
        continue
      }
      if (node.nodeType !== ELEMENT_NODE) continue
      const child = node as DomElement
      // Upper case already: the DOM gives HTML elements' names so, and so does our tree.
      const tag = child.tagName
      if (SKIP.has(tag) || hidden(child)) continue
      let out = skipped || OUTSIDE.has(tag)
      if (!out && stripUnlikely && unlikely(child, tag)) {
        out = true
        stripped = true
      }
      const c = walk(child, inLink || tag === 'A', out)
      me.allChars += c.allChars
      if (out) continue
      me.chars += c.chars
      me.linkChars += c.linkChars
      me.commas += c.commas
      if (c.headings || HEADING.has(tag)) me.headings = true
      if (DIV_BLOCK.has(tag)) me.hasDivBlock = true
      if (BLOCK.has(tag)) me.hasBlock = true
      else {
        looseChars += c.chars
        looseCommas += c.commas
      }
    }
    if (!skipped) {
      const tag = el.tagName
      const leaf = tag === 'DIV' ? !me.hasDivBlock : !me.hasBlock
      if (leaf && PARAGRAPH.has(tag)) {
        scoreParagraph(el.parentElement, me.chars, me.commas)
      } else if (me.hasBlock && looseChars >= MIN_PARAGRAPH) {
        scoreParagraph(el, looseChars, looseCommas)
      }
    }
    return me
  }
  walk(body, false, false)

  for (const el of candidates) {
    const i = info.get(el) as Info
    const links = 1 - (i.chars === 0 ? 0 : i.linkChars / i.chars)
    i.score *= links
    i.plainScore *= links
  }
  return { info, candidates, totalParagraphChars, stripped }
}

/**
 * Finds the article of a page body, or null when no block of text scores. Readability's
 * algorithm in one walk ({@link walkBody}, which scores the blocks): the best container is kept
 * with its siblings that score a fifth of it (at least 10) or are link-poor paragraphs; inside
 * them, link lists and elements classed as boilerplate are dropped. `flags` turn off the
 * unlikely-stripping, the class weights or the conditional cleaning, as Readability's retries do
 * ({@link RETRIES}); to try several, {@link articleFinder} shares the walks between them.
 */
export function findArticle(body: DomElement, flags: FindFlags = ALL_RULES): DenseArticle | null {
  return articleFinder(body)(flags)
}

/**
 * {@link findArticle} for one body under several flags: the body is walked at most twice (with
 * and without the unlikely-stripping; once when that rule strips nothing), each walk serving
 * every pass with its `stripUnlikely`.
 */
export function articleFinder(body: DomElement): (flags: FindFlags) => DenseArticle | null {
  let stripping: Walk | null = null
  let keeping: Walk | null = null
  return (flags) => {
    if (flags.stripUnlikely) stripping ??= walkBody(body, true)
    else keeping ??= stripping && !stripping.stripped ? stripping : walkBody(body, false)
    return pickArticle(body, (flags.stripUnlikely ? stripping : keeping) as Walk, flags)
  }
}

/** The article of a walked body under `flags`; see {@link findArticle}. */
function pickArticle(body: DomElement, walked: Walk, flags: FindFlags): DenseArticle | null {
  const { info, candidates, totalParagraphChars } = walked
  const weighted = flags.weightClasses
  const scoreOf = (el: DomElement) => {
    const i = info.get(el)
    return i === undefined ? 0 : weighted ? i.score : i.plainScore
  }
  const ranked = candidates.filter((el) => scoreOf(el) > 0).sort((a, b) => scoreOf(b) - scoreOf(a))
  const best = ranked[0]
  if (!best) return null
  let top = widen(best, ranked.slice(1, TOP_CANDIDATES), info, body, scoreOf)
  const topScore = scoreOf(top)

  // A container alone in its wrapper (the wrapper holds no other text) is weighed with the
  // wrapper's siblings: an article cut into rows of one class, one text column in each.
  let climbed = 0
  for (; climbed < MAX_WRAPPER_LEVELS; climbed++) {
    const up: DomElement | null = top.parentElement
    const upInfo = up ? info.get(up) : undefined
    if (!up || up === body || !upInfo || upInfo.chars > (info.get(top) as Info).chars) break
    top = up
  }
  const parts: DomElement[] = []
  const parent = top.parentElement
  const siblings = parent ? Array.from(parent.children) : [top]
  const threshold = Math.max(10, topScore * 0.2)
  const topClass = top.getAttribute('class') ?? ''
  for (const s of siblings) {
    const i = info.get(s)
    if (!i || i.unlikely) continue
    if (s === top) {
      parts.push(s)
      continue
    }
    let bonus = 0
    if (topClass !== '' && s.getAttribute('class') === topClass) bonus = topScore * 0.2
    const density = i.chars === 0 ? 0 : i.linkChars / i.chars
    if (i.scored && scoreOf(s) + bonus >= threshold) parts.push(s)
    else if (paragraphLike(s, i)) {
      const text = s.textContent ?? ''
      if (
        (i.chars > 80 && density < 0.25) ||
        (i.chars > 0 && i.chars <= 80 && density === 0 && /\.(\s|$)/.test(text))
      )
        parts.push(s)
    }
  }

  // Inside the article: drop skipped parts, link lists and boilerplate-classed blocks.
  const drop = new Set<DomElement>()
  let chars = 0
  const prune = (el: DomElement) => {
    const kids = el.children
    for (let k = 0; k < kids.length; k++) {
      const child = kids[k] as DomElement
      const i = info.get(child)
      if (!i) continue
      if (i.unlikely || boilerplate(child, i, flags)) {
        drop.add(child)
        continue
      }
      if (i.hasBlock) prune(child)
    }
  }
  for (const p of parts) {
    prune(p)
    chars += (info.get(p) as Info).chars
  }
  // Skipped elements never counted in their parent's characters; the other dropped ones did.
  for (const d of drop) if (!(info.get(d) as Info).unlikely) chars -= (info.get(d) as Info).chars
  // The leads go in page order: those beside the container before the sibling that holds them.
  const headers: Lead[] = []
  for (const p of parts) {
    for (const d of drop) {
      if (d.tagName.toUpperCase() === 'HEADER' || /head/i.test(label(d))) {
        if (contains(p, d)) headers.push({ el: d, holder: p })
      }
    }
  }
  const leads = findLeads(top, parts, body, LEAD_LEVELS - climbed, headers).filter((l) =>
    info.has(l.el),
  )
  for (const l of leads) chars += (info.get(l.el) as Info).chars
  const ordered = leads.filter((l) => l.holder === null).map((l) => l.el)
  for (const s of siblings) {
    for (const l of leads) if (l.holder === s) ordered.push(l.el)
    if (parts.includes(s)) ordered.push(s)
  }
  return {
    parts: ordered,
    skip: (el) => drop.has(el) || !info.has(el),
    chars,
    share: totalParagraphChars === 0 ? 0 : Math.min(1, chars / totalParagraphChars),
  }
}
