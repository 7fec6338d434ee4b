import { type Doc, layer, type Token, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import type { Span } from '../core/schema.js'
import { wink } from './wink.js'

/**
 * The tokenizer stage: sentences and tokens with part of speech and lemma (wink-nlp).
 *
 * Sentences never cross a line break: each line of each paragraph is read on its own, so a
 * headline or a list item without a full stop stays one sentence. wink-nlp's sentence splitter
 * keeps abbreviations ("Nov. 6", "U.S.", "Mr.") inside their sentence.
 *
 * @example
 * createPipeline([reader(), tokenizer()])
 */
export function tokenizer(): Stage {
  return {
    name: 'tokenize',
    requires: ['text', 'paragraphs'],
    provides: ['sentences', 'tokens'],
    run(doc: Doc): Doc {
      const sentences: Span[] = []
      const tokens: Token[] = []
      for (const paragraph of layer(doc, 'paragraphs')) {
        let lineStart = paragraph.start
        while (lineStart < paragraph.end) {
          const newline = doc.text.indexOf('\n', lineStart)
          const lineEnd = newline === -1 || newline > paragraph.end ? paragraph.end : newline
          tokenizeLine(doc.text, lineStart, lineEnd, sentences, tokens)
          lineStart = lineEnd + 1
        }
      }
      return withLayers(doc, { sentences, tokens })
    },
  }
}

/** Tokenizes a whole text line by line, as the stage does with each paragraph's lines. */
export function tokenizeText(text: string): { tokens: Token[]; sentences: Span[] } {
  const tokens: Token[] = []
  const sentences: Span[] = []
  let at = 0
  for (const line of text.split('\n')) {
    tokenizeLine(text, at, at + line.length, sentences, tokens)
    at += line.length + 1
  }
  return { tokens, sentences }
}

/** Tokenizes `text[start, end)`, appending its sentences and tokens (UTF-16 offsets into `text`). */
export function tokenizeLine(
  text: string,
  start: number,
  end: number,
  sentences: Span[],
  tokens: Token[],
): void {
  const line = text.slice(start, end)
  if (line.trim() === '') return
  const nlp = wink()
  const its = nlp.its
  const parsed = nlp.readDoc(line)
  const values = parsed.tokens().out(its.value) as string[]
  const spaces = parsed.tokens().out(its.precedingSpaces) as string[]
  const pos = parsed.tokens().out(its.pos) as string[]
  const lemmas = parsed.tokens().out(its.lemma as unknown as typeof its.value) as string[]
  const spans = parsed.sentences().out(its.span) as unknown as [number, number][]
  // wink-nlp is lossless: preceding spaces plus values rebuild the line, which gives the offsets.
  const starts: number[] = []
  let cursor = start
  for (let i = 0; i < values.length; i++) {
    cursor += (spaces[i] ?? '').length
    const value = values[i] ?? ''
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor)
    const at = found === -1 || found >= end ? cursor : found
    starts.push(at)
    cursor = at + value.length
  }
  const firstSentence = sentences.length
  for (const [from, to] of spans) {
    const s = starts[from]
    const lastStart = starts[to]
    const lastValue = values[to]
    if (s === undefined || lastStart === undefined || lastValue === undefined) continue
    sentences.push({ start: s, end: lastStart + lastValue.length })
  }
  let sentence = firstSentence
  for (let i = 0; i < values.length; i++) {
    const s = starts[i] ?? start
    while (sentence + 1 < sentences.length && (sentences[sentence + 1]?.start ?? end) <= s)
      sentence++
    const value = values[i] ?? ''
    tokens.push({
      start: s,
      end: s + value.length,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      norm: value.toLowerCase(),
      sentence,
    })
  }
}
