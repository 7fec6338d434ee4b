import type { Caption, Message, Meta, Removed, Span } from '../core/schema.js'

/** What a reader makes of one raw input: the clean body, its paragraphs and the metadata. */
export interface Reading {
  readonly text: string
  readonly paragraphs: readonly Span[]
  readonly meta: Meta
  readonly captions: readonly Caption[]
  readonly removed: readonly Removed[]
  readonly messages: readonly Message[]
}

/**
 * Joins body paragraphs into the document text, one blank line between paragraphs, and returns
 * the text with each paragraph's span (UTF-16 offsets).
 */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: Span[] } {
  const spans: Span[] = []
  let text = ''
  for (const p of paragraphs) {
    if (p === '') continue
    if (text !== '') text += '\n\n'
    spans.push({ start: text.length, end: text.length + p.length })
    text += p
  }
  return { text, spans }
}

/**
 * Paragraph spans of a text given as a clean body: blocks separated by blank lines, or, when the
 * text has no blank line, each non-empty line. Spans exclude surrounding whitespace.
 */
export function paragraphSpans(text: string): Span[] {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n+/g
  const spans: Span[] = []
  let from = 0
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start++
    while (end > start && /\s/.test(text[end - 1] as string)) end--
    if (end > start) spans.push({ start, end })
  }
  for (const match of text.matchAll(separator)) {
    push(from, match.index)
    from = match.index + match[0].length
  }
  push(from, text.length)
  return spans
}
