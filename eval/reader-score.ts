/**
 * The scoring shared by the reader suites (`reader-html`, `reader-text`) on html-dev, trafilatura's
 * evaluation pages: one reading of the gold entries, one normalisation, one author matcher, so the
 * HTML and the plain-text reader are measured the same way.
 */
import { readFileSync } from 'node:fs'
import { STOPWORDS } from '../src/kb/data/stopwords.js'
import { requireData } from './baseline.js'

/** One entry of html-dev/evaldata.json. */
export interface HtmlDevEntry {
  readonly file: string
  readonly with: readonly string[]
  readonly without: readonly string[]
  readonly title?: string | null
  readonly author?: string | readonly string[] | null
  readonly date?: string | null
}

/** The html-dev folder (with a trailing slash) and its entries by URL, in file order. */
export function loadHtmlDev(): { dir: string; entries: [string, HtmlDevEntry][] } {
  const dir = requireData('html-dev/')
  const data = JSON.parse(readFileSync(`${dir}evaldata.json`, 'utf8')) as Record<
    string,
    HtmlDevEntry
  >
  return { dir, entries: Object.entries(data) }
}

/** Lower case, white space collapsed and trimmed: how texts are compared. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()

/** True when a gold field is stated (a non-empty string or list). */
export const given = (v: unknown): boolean =>
  (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0)

/** Author names of a gold or predicted value: split on , ; / & and/und, "By"/"Von" dropped. */
function nameSet(value: string | readonly string[]): string[] {
  const list = typeof value === 'string' ? [value] : value
  return list
    .flatMap((v) => v.split(/\s*(?:,|;|\/|&|\s+and\s+|\s+und\s+)\s*/i))
    .map((v) =>
      norm(v)
        .replace(/^(?:by|von|par|por)\s+/, '')
        .replace(/[^\p{L}\p{N} ]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((v) => v !== '')
}

/**
 * Loose, order-free author match: every gold name is matched by a found one and every found name
 * by a gold one, where two names match when equal or when one holds the other as whole words
 * ("anna schmidt" and "dr anna schmidt"; not "ann" and "joanna").
 *
 * @example
 * authorsMatch('Anna Schmidt und Jan Kowalski', ['Jan Kowalski', 'Anna Schmidt']) // true
 */
export function authorsMatch(gold: string | readonly string[], found: readonly string[]): boolean {
  const g = nameSet(gold)
  const f = nameSet(found)
  if (g.length === 0 || f.length === 0) return false
  const match = (a: string, b: string) =>
    a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)
  return g.every((x) => f.some((y) => match(x, y))) && f.every((y) => g.some((x) => match(x, y)))
}

/**
 * A title as compared: {@link norm}, with typographic variants of one mark folded (dashes and
 * hyphens to "-", double quotes (curly, low, angle) to '"', single ones to "'", white space around a dash evened). Pages write one
 * headline with "–" in the `<h1>` and "-" in `<title>`, with „…“ in one and "…" in another; the
 * annotators copied one of them, so the form of the dash or quote is not what is measured.
 */
const titleNorm = (s: string): string =>
  norm(
    s
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s*-\s+|\s+-\s*/g, ' - ')
      .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
      .replace(/[\u2018\u2019\u201a\u2039\u203a]/g, "'"),
  )

/** Title match: equal after {@link titleNorm} (case, white space, dash and quote forms). */
export const titleMatch = (gold: string, found: string | null): boolean =>
  titleNorm(found ?? '') === titleNorm(gold)

/**
 * Date match: the gold day (its first ten characters, "." or "/" read as "-": one gold date is
 * written "2022-01.26") equals the document date.
 */
export const dateMatch = (gold: string, documentDate: string | null): boolean =>
  documentDate === gold.slice(0, 10).replace(/[./]/g, '-')

/** Snippet counts of one page: `with` snippets found (tp) and missed (fn), `without` found (fp). */
export interface SnippetCounts {
  readonly tp: number
  readonly fn: number
  readonly fp: number
  readonly missing: readonly string[]
  readonly kept: readonly string[]
}

/** Checks a page's `with`/`without` snippets against the extracted text (both normalised). */
export function snippetCounts(entry: HtmlDevEntry, text: string): SnippetCounts {
  const body = norm(text)
  const missing = entry.with.filter((s) => !body.includes(norm(s)))
  const kept = entry.without.filter((s) => body.includes(norm(s)))
  return {
    tp: entry.with.length - missing.length,
    fn: missing.length,
    fp: kept.length,
    missing,
    kept,
  }
}

/** Tokens as the ScrapingHub article-body benchmark splits them (on white space), lower-cased. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '')
}

/** Token counts of one page: article tokens found (tp) and missed (fn), boilerplate kept (fp). */
export interface TokenCounts {
  readonly tp: number
  readonly fn: number
  readonly fp: number
}

/**
 * Token-level counts of one page in the manner of the ScrapingHub article-body benchmark (bags of
 * white-space tokens, multiset overlap), with the snippets as the only gold html-dev has: the
 * `with` snippets' tokens are the article's, each found in the extracted text's bag is a tp, each
 * missing a fn; the tokens of each `without` snippet the text keeps (as a phrase) are fp. A page
 * missing a word of a long snippet loses one token, not the snippet; summed over pages, this is
 * closer to the benchmark's precision/recall than snippet counts, though its precision only sees
 * the boilerplate the annotators listed.
 */
export function tokenCounts(entry: HtmlDevEntry, text: string): TokenCounts {
  const bag = new Map<string, number>()
  for (const t of tokens(text)) bag.set(t, (bag.get(t) ?? 0) + 1)
  let tp = 0
  let fn = 0
  for (const t of entry.with.flatMap(tokens)) {
    const n = bag.get(t) ?? 0
    if (n > 0) {
      bag.set(t, n - 1)
      tp++
    } else fn++
  }
  const body = norm(text)
  let fp = 0
  for (const s of entry.without) if (body.includes(norm(s))) fp += tokens(s).length
  return { tp, fn, fp }
}

/** Precision, recall and F1 of summed counts. */
export function prf(tp: number, fn: number, fp: number): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp)
  const r = tp + fn === 0 ? 0 : tp / (tp + fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

/**
 * From this share of English function words among the words of a page's visible text, the page
 * counts as English. On html-dev the share is 0.21-0.47 on the 13 English pages and at most 0.17
 * on the others (German pages with English menus or titles included).
 */
const ENGLISH_SHARE = 0.2

/**
 * True when a raw HTML page is in English, by a cheap test: the share of English function words
 * ({@link STOPWORDS}) among the words of its tag-stripped text, scripts and styles left out. Used
 * to report the English dev pages apart, the held-back set being English news.
 */
export function isEnglishPage(html: string): boolean {
  const visible = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ')
  const words = visible.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length === 0) return false
  let hits = 0
  for (const w of words) if (STOPWORDS.has(w)) hits++
  return hits / words.length >= ENGLISH_SHARE
}
