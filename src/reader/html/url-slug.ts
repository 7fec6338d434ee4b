/**
 * The headline a URL spells: most news and blog URLs end in a slug made from the headline
 * ("/2024/11/06/flood-warning-lifted-in-york.html"), so the words of the slug tell which of a
 * page's title candidates is the article's (not the site's name, a section or a kicker).
 */

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
function urlForms(word: string): string[] {
  const lower = word.toLowerCase()
  const plain = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  const translit = lower.replace(/[äöüßæøå]/g, (c) => TRANSLITERATION[c] ?? c)
  return plain === translit ? [plain] : [plain, translit]
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')

/** The words of a slug: each URL form of a word maps to the word's index; `size` distinct words. */
export interface Slug {
  readonly forms: ReadonlyMap<string, number>
  readonly size: number
}

/**
 * The words of a URL's slug: of its path segments, the one with the most words of letters (at
 * least {@link MIN_SLUG_WORDS}), file extension dropped, each word in all its URL forms. Null when
 * the URL has no such segment (a home page, `article.php?id=504`).
 *
 * @example
 * slugWords('https://example.org/2024/11/06/flood-warning-lifted.html')?.size // 3
 */
export function slugWords(url: string | null): Slug | null {
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
 * slugAgreement('Flood warning lifted', slugWords('https://x.org/flood-warning-lifted') as Slug).f1 // 1
 */
export function slugAgreement(title: string, slug: Slug): SlugAgreement {
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
