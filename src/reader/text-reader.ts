import { EMPTY_META } from '../core/doc.js'
import { joinParagraphs, type Reading } from './reading.js'

/**
 * Reads a scraped plain-text page. PLACEHOLDER: keeps every non-empty line as a paragraph; the
 * line classifier replaces it.
 */
export function readText(content: string): Reading {
  return readLines(content.split(/\r?\n/), { title: null })
}

/**
 * Classifies lines (of a plain-text page, or the blocks of an HTML page's article) into body,
 * metadata, captions and removed debris. PLACEHOLDER: keeps every non-empty line.
 */
export function readLines(lines: readonly string[], _hints: { title: string | null }): Reading {
  const { text, spans } = joinParagraphs(lines.map((l) => l.trim()))
  return { text, paragraphs: spans, meta: EMPTY_META, captions: [], removed: [], messages: [] }
}
