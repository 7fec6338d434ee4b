/**
 * The headline a URL spells: most news and blog URLs end in a slug made from the headline
 * ("/2024/11/06/flood-warning-lifted-in-york.html"), so the words of the slug tell which of a
 * page's title candidates is the article's (not the site's name, a section or a kicker).
 *
 * Both readers use this module, each with its own reading of the slug, tuned on its own
 * evaluation:
 * - the text reader ({@link slugWords}, {@link slugHits}, {@link slugEcho}; lines/title.ts,
 *   lines/headline.ts): the last path segment with words (the ones before it are sections),
 *   each word folded ({@link fold}) with its 5-letter prefix, numbers, file endings and URL noise
 *   ("index", "news") left out; a line counts the content words of its own that the slug
 *   repeats, to weigh any line of the page as the headline;
 * - the HTML reader ({@link headlineSlug}, {@link slugAgreement}; html/title.ts): the path
 *   segment with the most words, at least three, each word in all its URL forms
 *   ({@link urlForms}); a title scores its precision, recall and F1 against the slug, to choose
 *   among the page's few title candidates.
 */
import { contentWords } from './lines/features.js'

/** Lower case without diacritics ("Été" → "ete"): a word as most URLs write it. */
export function plainForm(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
}

// The text reader's slug.

/** The words of a URL's path, folded, with their 5-letter prefixes; `count` full words. */
export interface Slug {
  readonly words: ReadonlySet<string>
  readonly count: number
}

/** The words of a URL's path ("/2021/06/08/ep112-live-vom-sommerfest-2021/"), folded. */
export function slugWords(url: string): Slug {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '')
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // A malformed escape: the raw path still has its ASCII words.
  }
  // The last segment names the page ("/garten/gesunder-boden/kompost.html"); the
  // ones before it are the site's sections, whose words a section line repeats, never the
  // headline. With no word in the last segment ("/uutiset/3-11212601", "/index.html"), the
  // segments before it count, but a one-word one is still a section ("/kultur/...").
  const segments = decoded.split('/').filter((s) => s !== '')
  const last = segments[segments.length - 1] ?? ''
  const kept =
    slugTerms(last).length > 0
      ? [last]
      : segments.filter(
          (s, i) =>
            i === segments.length - 1 || contentWords(s.replace(/[_.+-]/g, ' ')).length !== 1,
        )
  const set = new Set<string>()
  let count = 0
  for (const w of contentWords(kept.join(' ').replace(/[_/.+-]/g, ' '))) {
    if (/^\d+$/.test(w) || SLUG_NOISE.has(w)) continue
    const f = fold(w)
    if (!set.has(f)) count++
    set.add(f)
    if (f.length >= 6) set.add(f.slice(0, 5))
  }
  return { words: set, count }
}

/** The content words of a URL's path segment, numbers and file extensions left out. */
const slugTerms = (segment: string) =>
  contentWords(segment.replace(/[_.+-]/g, ' ')).filter(
    (w) => !/^\d+$/.test(w) && !SLUG_NOISE.has(w),
  )

/** No URL: nothing to echo. */
export const NO_SLUG: Slug = { words: new Set(), count: 0 }

const SLUG_NOISE = new Set([
  'html',
  'htm',
  'php',
  'aspx',
  'asp',
  'jsp',
  'shtml',
  'www',
  'index',
  'article',
  'news',
  'blog',
])

/** Folds a word to the lowercase ASCII a URL writes it with ("Bäh" → "baeh", "é" → "e"). */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
}

/** The share of a line's content words the URL's path repeats (folded). */
export function slugEcho(line: string, slug: ReadonlySet<string>): number {
  return slugHits(line, slug) / Math.max(1, slugLineWords(line).length)
}

/**
 * A line's content words as a URL spells them: hyphenated parts apart, and an elided article or
 * pronoun apart from its word ("L’économie" → "économie", as in "/l-economie-et-...").
 */
export const slugLineWords = (line: string) => contentWords(line.replace(/[-–'’]/g, ' '))

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu

/** How many of a line's content words the URL's path repeats (folded, hyphenated parts apart). */
export function slugHits(line: string, slug: ReadonlySet<string>): number {
  // A web address in the line repeats the URL without being the headline.
  const words = slugLineWords(line.replace(WEB_ADDRESS, ' '))
  if (words.length === 0 || slug.size === 0) return 0
  let hits = 0
  for (const w of words) {
    const f = fold(w)
    if (slug.has(f) || (f.length >= 6 && slug.has(f.slice(0, 5)))) hits++
  }
  return hits
}

// The HTML reader's slug.

/** A slug needs this many words to be read as a headline (ids and sections have one or two). */
const MIN_SLUG_WORDS = 3

/** German and Nordic letters as URLs transliterate them ("ü" → "ue"). */
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
}

/** The forms a word may take in a URL: diacritics dropped, or German-style transliterated. */
export function urlForms(word: string): string[] {
  const lower = word.toLowerCase()
  const plain = plainForm(lower)
  const translit = lower.replace(/[äöüßæøå]/g, (c) => TRANSLITERATION[c] ?? c)
  return plain === translit ? [plain] : [plain, translit]
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')

/** The words of a slug: each URL form of a word maps to the word's index; `size` distinct words. */
export interface SlugForms {
  readonly forms: ReadonlyMap<string, number>
  readonly size: number
}

/**
 * The words of a URL's slug: of its path segments, the one with the most words of letters (at
 * least {@link MIN_SLUG_WORDS}), file extension dropped, each word in all its URL forms. Null when
 * the URL has no such segment (a home page, `article.php?id=504`).
 *
 * @example
 * headlineSlug('https://example.org/2024/11/06/flood-warning-lifted.html')?.size // 3
 */
export function headlineSlug(url: string | null): SlugForms | null {
  if (!url) return null
  let path: string
  try {
    path = decodeURIComponent(new URL(url).pathname)
  } catch {
    // not an absolute URL, or a broken escape: no slug to read
    return null
  }
  let best: string[] = []
  for (const segment of path.split('/')) {
    const words = wordsOf(segment.replace(/\.[a-z]{2,5}$/i, '')).filter((w) => /\p{L}/u.test(w))
    if (words.length > best.length) best = words
  }
  if (best.length < MIN_SLUG_WORDS) return null
  const distinct = [...new Set(best)]
  const forms = new Map<string, number>()
  distinct.forEach((w, i) => {
    for (const f of urlForms(w)) forms.set(f, i)
  })
  return { forms, size: distinct.length }
}

/** How a title's words agree with a slug's; see {@link slugAgreement}. */
export interface SlugAgreement {
  /** The share of the title's distinct words found in the slug. */
  readonly precision: number
  /** The share of the slug's words the title has. */
  readonly recall: number
  readonly f1: number
}

/**
 * How well a title agrees with a slug: its distinct words found in the slug, as precision over
 * the title's words, recall over the slug's words, and their F1.
 *
 * @example
 * slugAgreement('Flood warning lifted', headlineSlug('https://x.org/flood-warning-lifted') as SlugForms).f1 // 1
 */
export function slugAgreement(title: string, slug: SlugForms): SlugAgreement {
  const words = [...new Set(wordsOf(title))]
  const none = { precision: 0, recall: 0, f1: 0 }
  if (words.length === 0 || slug.size === 0) return none
  let found = 0
  const hit = new Set<number>()
  for (const w of words) {
    const i = urlForms(w)
      .map((f) => slug.forms.get(f))
      .find((x) => x !== undefined)
    if (i === undefined) continue
    found++
    hit.add(i)
  }
  if (found === 0) return none
  const p = found / words.length
  const r = hit.size / slug.size
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) }
}
