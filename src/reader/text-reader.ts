import { message } from '../core/messages.js'
import type { Message, Removed } from '../core/schema.js'
import { detectLanguage } from './html/language.js'
import { classifyLines } from './lines/classify.js'
import { pageMetadata } from './lines/metadata.js'
import { joinParagraphs, type Reading } from './reading.js'

/**
 * Reads a scraped plain-text page: a whole flattened page (menus, footers, other headlines, one
 * block per line) or a saved article with its header, headline, byline and notices. Finds the
 * article, its metadata, captions and the debris it drops (see {@link readLines}).
 *
 * @example
 * const reading = readText(' date 2025-03-02 Skip to content\nHeadline\n\nBody paragraph...')
 * reading.meta.documentDate // → '2025-03-02'
 */
export function readText(content: string): Reading {
  const reading = readLines(content.split(/\r?\n/), { title: null })
  if (reading.meta.language !== null) return reading
  // A plain-text page declares no language: the body's is detected (~0.2 ms an article).
  return { ...reading, meta: { ...reading.meta, language: detectLanguage(reading.text) } }
}

/**
 * Classifies lines (of a plain-text page, or the blocks an HTML reader kept) into body,
 * metadata, captions and removed debris, by the cascade of `classifyLines`
 * (src/reader/lines/classify.ts). `hints.title` is a headline already known (from the page's
 * markup): the line repeating it is taken as the headline. The body is the article's paragraphs
 * joined by blank lines; every dropped line is in `removed` with its reason; the headline becomes
 * `meta.title` and captions go to `captions`.
 */
export function readLines(lines: readonly string[], hints: { title: string | null }): Reading {
  const page = classifyLines(lines, hints.title)
  const body: string[] = []
  const removed: Removed[] = []
  for (const l of page.lines) {
    if (l.kind === 'body') body.push(l.text)
    else if (l.kind !== 'title' && l.kind !== 'caption')
      removed.push({ text: l.text, reason: l.reason })
  }
  const { meta, captions } = pageMetadata(page)
  const { text, spans } = joinParagraphs(body)
  const messages: Message[] =
    text === '' && page.lines.length > 0
      ? [message('reader/no-body', 'no line of the page reads as article text', 'reader')]
      : []
  return { text, paragraphs: spans, meta, captions, removed, messages }
}
