import type { Token } from '../core/doc.js'
import type { Span } from '../core/schema.js'
import { fold } from './data/places.js'

/**
 * What the entity rules read about one document, computed once in linear time: tokens grouped by
 * sentence, the quotation each token sits in, the words the document writes in lower case, and
 * which sentences are written in capitals.
 */
export interface Analysis {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Span[]
  /** Token index of each sentence's first token; entry `sentences.length` is `tokens.length`. */
  readonly sentenceFirst: Int32Array
  /** Per token: the id of the quotation it is inside, or -1. */
  readonly quote: Int32Array
  /** Folded words the document writes in lower case somewhere (to spot capitalised common words). */
  readonly lowerWords: ReadonlySet<string>
  /** Per sentence: 1 when its letters are all capitals (a caption or shouted headline). */
  readonly caps: Uint8Array
}

const OPENERS = new Set(['“', '«', '„'])
const CLOSERS = new Set(['”', '»'])

/** Builds the analysis of a tokenized document. */
export function analyse(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
): Analysis {
  const sentenceFirst = new Int32Array(sentences.length + 1)
  sentenceFirst.fill(tokens.length)
  for (let i = tokens.length - 1; i >= 0; i--) {
    const s = (tokens[i] as Token).sentence
    if (s >= 0 && s < sentences.length) sentenceFirst[s] = i
  }
  // A sentence with no token takes the next sentence's first token, so ranges stay monotone.
  for (let s = sentences.length - 1; s >= 0; s--) {
    if ((sentenceFirst[s] as number) > (sentenceFirst[s + 1] as number)) {
      sentenceFirst[s] = sentenceFirst[s + 1] as number
    }
  }
  const quote = new Int32Array(tokens.length).fill(-1)
  const lowerWords = new Set<string>()
  let open = -1
  let next = 0
  // The next line break ahead (UTF-16 offset), found once per line, not once per token.
  let newline = text.indexOf('\n')
  if (newline === -1) newline = text.length
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // A quotation never runs past the end of its paragraph line without a new opening mark.
    if (t.start > newline) {
      open = -1
      newline = text.indexOf('\n', t.start)
      if (newline === -1) newline = text.length
    }
    const surface = text.slice(t.start, t.end)
    if (OPENERS.has(surface)) {
      open = next++
      continue
    }
    if (CLOSERS.has(surface)) {
      open = -1
      continue
    }
    if (surface === '"') {
      if (open === -1) open = next++
      else open = -1
      continue
    }
    quote[i] = open
    const c = surface.charCodeAt(0)
    if (c >= 97 && c <= 122) {
      lowerWords.add(fold(surface))
      lowerWords.add(t.lemma)
    }
  }
  const caps = new Uint8Array(sentences.length)
  for (let s = 0; s < sentences.length; s++) {
    const span = sentences[s] as Span
    caps[s] = allCaps(text, span.start, span.end) ? 1 : 0
  }
  return { text, tokens, sentences, sentenceFirst, quote, lowerWords, caps }
}

const LETTER = /\p{L}/u

/** True when `text[start, end)` has at least 8 letters and none of them in lower case. */
function allCaps(text: string, start: number, end: number): boolean {
  let letters = 0
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 97 && c <= 122) return false
    if (c >= 65 && c <= 90) letters++
    else if (c > 127) {
      const ch = text[k] as string
      if (!LETTER.test(ch)) continue
      // A lone surrogate half is no letter; a letter with no upper-case form counts as capital.
      if (ch !== ch.toUpperCase()) return false
      letters++
    }
  }
  return letters >= 8
}

/** The surface text of token `i`. */
export function tokenText(a: Analysis, i: number): string {
  const t = a.tokens[i]
  return t === undefined ? '' : a.text.slice(t.start, t.end)
}

/** The lower-case form of token `i` ('' outside the token list). */
export function norm(a: Analysis, i: number): string {
  return a.tokens[i]?.norm ?? ''
}

/** True when token `i` starts with a capital letter. */
export function capitalised(a: Analysis, i: number): boolean {
  const s = tokenText(a, i)
  return s !== '' && s[0] !== s[0]?.toLowerCase()
}

/** Index of the first token that ends after UTF-16 offset `pos` (binary search). */
export function tokenAfter(a: Analysis, pos: number): number {
  let lo = 0
  let hi = a.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((a.tokens[mid] as Token).end <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Words that end a clause for the purpose of binding and salience. */
const BOUNDARIES = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  '"',
  '“',
  '”',
  'and',
  'but',
  'while',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'because',
  'although',
  'though',
  'after',
  'before',
  'since',
  'if',
  'that',
  'as',
])

/** True when a clause boundary lies strictly between tokens `from` and `to`. */
export function boundaryBetween(a: Analysis, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (BOUNDARIES.has(norm(a, k))) return true
  return false
}

/**
 * True when the mention ending before token `end` (starting at `start`) is the subject of its
 * clause: a verb follows it (after adverbs) and no preposition governs it.
 */
export function isSubject(a: Analysis, start: number, end: number): boolean {
  const before = a.tokens[start - 1]
  if (before && before.sentence === a.tokens[start]?.sentence) {
    if (before.pos === 'ADP' || before.norm === 'of' || before.norm === 'the') return false
  }
  let k = end
  while (a.tokens[k]?.pos === 'ADV') k++
  const t = a.tokens[k]
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX')
}
