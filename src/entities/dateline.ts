import type { Span } from '../core/schema.js'
import { countryOf, isKnownPlace } from './data/places.js'

/**
 * Byline, dateline and credit lines inside a body: their names are metadata, not entities of the
 * story. Lines are read from the text as the reader left it:
 * - "By Jane Doe", "By Jane Doe and John Roe, Reuters" on a line of their own;
 * - "Author: ...", "Reporting by ...; Editing by ..." credits (with or without parentheses);
 * - a dateline opening one of the first lines: capitals, optional region and agency, then a dash
 *   ("KYIV, Ukraine (Reuters) - ", "WASHINGTON — ", "ATLANTA, GEORGIA - OCTOBER 28:").
 */
const BYLINE = /^By\s+\p{Lu}[^.!?\n]{0,80}$/u
const CREDIT =
  /^\(?(Author|Authors|Reporting by|Writing by|Editing by|Additional reporting by|Compiled by|Photo|Photograph)\b/iu
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’ -]{1,40}(,\s*\p{Lu}[\p{L}\d.'’ ]{1,40}){0,2}\s*(\([^)\n]{1,40}\))?\s*(—|–|--|-)\s/u

/** A dateline opens the story: only the first lines of the text are read for one. */
const DATELINE_LINES = 3

/** Spans of `text` whose names are not body entities, sorted. */
export function nonBodySpans(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  let line = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const raw = text.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (BYLINE.test(trimmed) || CREDIT.test(trimmed)) {
      out.push({ start, end })
    } else if (line < DATELINE_LINES) {
      const d = DATELINE.exec(text.slice(start + lead, end))
      // The capitals before the first comma or bracket are a place: a known one, or one given
      // with its region or agency ("TAVILDARA, Tajikistan -"), not a section ("RUGBY UNION -").
      const place = (d?.[0].split(/[,(—–]/)[0] ?? '').replace(/\s*-+\s*$/, '').trim()
      const located = d !== null && (d[1] !== undefined || d[2] !== undefined || knownPlace(place))
      if (d && located && /^[\p{Lu}.'’ -]+$/u.test(place)) {
        out.push({ start: start + lead, end: start + lead + d[0].length })
      }
    }
    if (trimmed !== '') line++
    start = end + 1
  }
  return out
}

function knownPlace(name: string): boolean {
  return countryOf(name) !== null || isKnownPlace(name)
}
