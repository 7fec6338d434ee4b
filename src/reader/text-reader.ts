import { EMPTY_META } from '../core/doc.js'
import { joinParagraphs, type Reading } from './reading.js'

/**
 * Reads a scraped plain-text page. PLACEHOLDER: keeps every non-empty line as a paragraph; the
 * line classifier replaces it.
 */
export function readText(content: string): Reading {
  const lines = content.split(/\r?\n/).map((l) => l.trim())
  const { text, spans } = joinParagraphs(lines)
  return { text, paragraphs: spans, meta: EMPTY_META, captions: [], removed: [], messages: [] }
}
