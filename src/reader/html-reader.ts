import { EMPTY_META } from '../core/doc.js'
import { joinParagraphs, type Reading } from './reading.js'

/**
 * Reads a saved HTML page. PLACEHOLDER: strips tags; the Readability reader replaces it.
 */
export function readHtml(content: string, _url: string | null): Reading {
  const lines = content
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
  const { text, spans } = joinParagraphs(lines)
  return { text, paragraphs: spans, meta: EMPTY_META, captions: [], removed: [], messages: [] }
}
