import type { Reading } from '../reading.js'
import { joinParagraphs } from '../reading.js'

/** A line dropped only for lying outside the classifier's article run is put back from this many words. */
const MIN_RESTORED_WORDS = 5

/** Lines mostly made of links (related-article headlines) are never put back. */
const MAX_RESTORED_LINKS = 0.8

function count(texts: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>()
  for (const t of texts) m.set(t, (m.get(t) ?? 0) + 1)
  return m
}

function take(m: Map<string, number>, t: string): boolean {
  const n = m.get(t) ?? 0
  if (n === 0) return false
  m.set(t, n - 1)
  return true
}

/**
 * Puts back prose lines that the line classifier dropped only as 'boilerplate' (outside its
 * densest run of prose). On an HTML page Readability has already chosen the article container, so
 * a sentence-length line inside it is article text more often than not (on html-dev: recall +3
 * points for -0.6 of precision). Lines dropped for a reason of their own (notice, byline, caption,
 * headline) stay dropped, and so do lines mostly made of links (teasers of other articles). The body keeps the page order; when the classifier's paragraphs cannot be
 * matched to the input lines the reading is returned unchanged.
 */
export function restoreProse(
  lines: readonly { readonly text: string; readonly links: number }[],
  reading: Reading,
): Reading {
  const linked = new Set(
    lines.filter((l) => l.links >= MAX_RESTORED_LINKS).map((l) => l.text.trim()),
  )
  const restorable = reading.removed.filter(
    (r) =>
      r.reason === 'boilerplate' &&
      r.text.split(/\s+/).length >= MIN_RESTORED_WORDS &&
      !linked.has(r.text),
  )
  if (restorable.length === 0) return reading
  const body = count(reading.paragraphs.map((p) => reading.text.slice(p.start, p.end)))
  const back = count(restorable.map((r) => r.text))
  const kept: string[] = []
  for (const raw of lines) {
    const line = raw.text.trim()
    if (take(body, line) || take(back, line)) kept.push(line)
  }
  for (const n of body.values()) if (n > 0) return reading
  const restored = new Set(restorable.map((r) => r.text))
  const { text, spans } = joinParagraphs(kept)
  return {
    ...reading,
    text,
    paragraphs: spans,
    removed: reading.removed.filter((r) => !restored.has(r.text) || !kept.includes(r.text)),
  }
}
