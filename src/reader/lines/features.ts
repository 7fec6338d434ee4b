import { STOP_WORDS } from './data/stopwords.js'

/** Measures of one line that tell running text from page furniture. */
export interface LineFeatures {
  /** Words (runs of letters or digits). */
  readonly words: number
  /** Share of the words that are stop words of one of the data module's languages, 0-1. */
  readonly stopRatio: number
  /** The line ends like a sentence (`.`, `!`, `?`, `…`, possibly inside quotes or brackets). */
  readonly terminal: boolean
  /** Commas, semicolons and inner sentence ends: running text has them, menus do not. */
  readonly punctuation: number
}

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

const SPACE = /\s+/
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/** A letter or digit of ASCII, or any character from Latin-1 letters up (cheap test). */
const wordish = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0
const TERMINAL = /[.!?…:;]["'”’»)\]]*$/u
const PUNCT = /[,;:]|[.!?](?=\s)/g

/** The features of a line (one pass over its words). */
export function lineFeatures(line: string): LineFeatures {
  let words = 0
  let stops = 0
  // Whitespace tokens, trimmed of punctuation only when an end is not a letter (speed: one
  // split, rarely a regex).
  for (const raw of line.toLowerCase().split(SPACE)) {
    if (raw === '') continue
    const w =
      wordish(raw.charCodeAt(0)) && wordish(raw.charCodeAt(raw.length - 1))
        ? raw
        : raw.replace(EDGES, '')
    if (w === '') continue
    words++
    if (STOP_WORDS.has(w)) stops++
  }
  const punctuation = line.match(PUNCT)?.length ?? 0
  return {
    words,
    stopRatio: words === 0 ? 0 : stops / words,
    terminal: TERMINAL.test(line),
    punctuation,
  }
}

/**
 * How much a line looks like article prose, as a score for the densest-run search: positive for
 * running text (long, punctuated, rich in stop words), negative for short link-like lines. The
 * weights grow with length so one long paragraph outweighs a few menu items.
 */
export function proseScore(f: LineFeatures): number {
  if (f.words >= 6 && f.stopRatio >= 0.12 && (f.terminal || f.punctuation >= 2)) {
    return 1 + Math.min(f.words, 80) / 15
  }
  if (f.words >= 16 && f.stopRatio >= 0.08) return 0.5 + Math.min(f.words, 80) / 25
  if (f.words >= 12 && f.stopRatio >= 0.15) return 0.4
  // Long punctuated text in a language the stop words miss is still running text.
  if (f.words >= 15 && (f.terminal || f.punctuation >= 2)) return 0.5 + Math.min(f.words, 80) / 25
  if (f.words >= 3 && f.terminal && f.stopRatio > 0) return 0.3
  if (f.words <= 3) return -1
  return -0.6
}
