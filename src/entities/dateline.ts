import type { Span } from '../core/schema.js'

/**
 * Byline, dateline and credit lines inside a body: their names are metadata, not entities of the
 * story. Lines are read from the text as the reader left it:
 * - "By Jane Doe", "By Jane Doe and John Roe, Reuters" on a line of their own;
 * - "Author: ...", "Reporting by ...; Editing by ..." credits (with or without parentheses);
 * - a dateline opening a line: capitals, optional region and agency, then a dash
 *   ("KYIV, Ukraine (Reuters) - ", "WASHINGTON — ", "ATLANTA, GEORGIA - OCTOBER 28:").
 */
const BYLINE = /^By\s+\p{Lu}[^.!?\n]{0,80}$/u
const CREDIT =
  /^\(?(Author|Authors|Reporting by|Writing by|Editing by|Additional reporting by|Compiled by|Photo|Photograph)\b/iu
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’ -]{1,40}(,\s*\p{Lu}[\p{L}.'’ ]{1,40}){0,2}\s*(\([^)\n]{1,40}\))?\s*(—|–|--|-)\s/u

/** Spans of `text` whose names are not body entities, sorted. */
export function nonBodySpans(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const line = text.slice(start, end)
    const lead = line.length - line.trimStart().length
    const trimmed = line.trim()
    if (BYLINE.test(trimmed) || CREDIT.test(trimmed)) {
      out.push({ start, end })
    } else {
      const d = DATELINE.exec(line.slice(lead))
      // The capitals before the first comma or bracket must be a whole word in capitals.
      if (d && /^[\p{Lu}.'’ -]+$/u.test((d[0].split(/[,(—–]/)[0] ?? '').replace(/\s*-\s*$/, ''))) {
        out.push({ start: start + lead, end: start + lead + d[0].length })
      }
    }
    start = end + 1
  }
  return out
}
