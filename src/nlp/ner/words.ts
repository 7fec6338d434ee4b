import type { Token } from '../../core/doc.js'

/**
 * The tagger's unit: a word made of one or more touching tokens. wink-nlp splits some
 * non-English names inside a word ("Erdoğan" → "Erdo" "ğ" "an"); tokens that touch with a letter
 * on both sides of the seam are joined back, so "Erdoğan" is one word. Entity boundaries therefore
 * always fall on token boundaries.
 */
export interface Words {
  /** Surface forms. */
  readonly text: string[]
  /** Lower-cased forms. */
  readonly norm: string[]
  /** Lower-cased, accent-folded forms, for gazetteer look-ups ("zurich"). */
  readonly fold: string[]
  /** UPOS of the first token of each word (its first non-X token when there is one). */
  readonly pos: string[]
  /** UTF-16 offsets into the document text. */
  readonly start: Int32Array
  readonly end: Int32Array
  /** Sentence index of each word. */
  readonly sentence: Int32Array
}

const LETTER_END = /[\p{L}\p{M}]$/u
const LETTER_START = /^[\p{L}\p{M}]/u
const NON_ASCII = /[^\x00-\x7f]/
const MARKS = /\p{M}/gu

/** Lower-cased and accent-folded (NFD without combining marks). */
export function foldWord(norm: string): string {
  return NON_ASCII.test(norm) ? norm.normalize('NFD').replace(MARKS, '') : norm
}

/** Builds the words of a document from its token layer. */
export function toWords(text: string, tokens: readonly Token[]): Words {
  const starts: number[] = []
  const ends: number[] = []
  const pos: string[] = []
  const sentence: number[] = []
  let prevText = ''
  for (const t of tokens) {
    const surface = text.slice(t.start, t.end)
    const last = ends.length - 1
    if (
      last >= 0 &&
      ends[last] === t.start &&
      sentence[last] === t.sentence &&
      LETTER_END.test(prevText) &&
      LETTER_START.test(surface)
    ) {
      ends[last] = t.end
      if (pos[last] === 'X') pos[last] = t.pos
    } else {
      starts.push(t.start)
      ends.push(t.end)
      pos.push(t.pos)
      sentence.push(t.sentence)
    }
    prevText = surface
  }
  const words: string[] = []
  const norms: string[] = []
  const folds: string[] = []
  for (let i = 0; i < starts.length; i++) {
    const w = text.slice(starts[i], ends[i])
    const n = w.toLowerCase()
    words.push(w)
    norms.push(n)
    folds.push(foldWord(n))
  }
  return {
    text: words,
    norm: norms,
    fold: folds,
    pos,
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    sentence: Int32Array.from(sentence),
  }
}
