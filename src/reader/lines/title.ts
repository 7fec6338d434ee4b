import { STOP_WORDS } from './data/stopwords.js'
import type { LineFeatures } from './features.js'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu

/** The content words of a text (lowercase, no stop words, at least three letters). */
export function contentWords(text: string): string[] {
  const out: string[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0].toLowerCase()
    if (w.length >= 3 && !STOP_WORDS.has(w)) out.push(w)
  }
  return out
}

/**
 * The headline's echo: the share of a line's content words that the article body repeats. A
 * headline names what its article is about, so its words come back in the first paragraphs; a
 * menu item or a teaser of another story does not echo. Prefixes of 5+ letters match, so
 * inflected forms count ("Zelensky's" / "Zelensky", "Wahlen" / "Wahl").
 */
export function echo(line: string, body: ReadonlySet<string>): number {
  const words = contentWords(line)
  if (words.length === 0) return 0
  let hits = 0
  for (const w of words) {
    if (body.has(w) || (w.length >= 6 && body.has(w.slice(0, 5)))) hits++
  }
  return hits / words.length
}

/** The body's content words for {@link echo}, with their 5-letter prefixes. */
export function echoSet(paragraphs: readonly string[]): Set<string> {
  const set = new Set<string>()
  for (const p of paragraphs) {
    for (const w of contentWords(p)) {
      set.add(w)
      if (w.length >= 6) set.add(w.slice(0, 5))
    }
  }
  return set
}

/** A candidate headline line with its index and features. */
export interface TitleCandidate {
  readonly index: number
  readonly text: string
  readonly features: LineFeatures
  /** The first text line of the page (a clean article's headline stands there). */
  readonly first: boolean
  /** Lines between the candidate and the article's first paragraph. */
  readonly distance: number
}

/**
 * Picks the headline among the candidates before the article, or returns null. A headline has a
 * headline's shape (2-30 words, at most 250 UTF-16 units, not a sentence of running text) and
 * either opens the page or is echoed by the body; among several, the best echo nearest the body
 * wins.
 */
export function chooseTitle(
  candidates: readonly TitleCandidate[],
  body: ReadonlySet<string>,
): TitleCandidate | null {
  let best: TitleCandidate | null = null
  let bestScore = 0
  for (const c of candidates) {
    const f = c.features
    if (f.words < 1 || f.words > 30 || c.text.length > 250) continue
    // A long line ending like a sentence and full of stop words is prose, not a headline.
    if (f.words > 12 && /[.]$/.test(c.text) && f.stopRatio > 0.3) continue
    const e = echo(c.text, body)
    let score = e * 3 - c.distance * 0.08
    if (c.first) score += 1.2
    if (f.words >= 3) score += 0.4
    if (f.words === 1) score -= 0.8
    if (score > bestScore && (e >= 0.25 || c.first)) {
      best = c
      bestScore = score
    }
  }
  return best
}
