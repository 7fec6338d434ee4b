import { isPersonName, parseByline } from './byline.js'
import type { ClassifiedLine } from './classify.js'

/** A line that is only a byline word, its name on the next line ("Von" / "Simon Dückert"). */
const BY_ONLY =
  /^(?:by|von|par|por|door|di|autor|autorin|author|authors|post author|artikel von|ein artikel von|kommentar von|ein kommentar von|ein beitrag von|geschrieben von|written by|posted by|published by|veröffentlicht von|text|texte|text von)\s*:?$/i

/**
 * Bylines that a flattened page spreads over two lines, joined in place:
 * 1. a line holding only a "by" word, and the name on the next line ("Von" / "Dieter Sieckmeyer");
 * 2. a line holding only a personal name (2-4 words) next to a byline that has a date but no
 *    author ("Helmut Rubik" / "September 17, 2019").
 * Only body candidates change class; the joined byline's fields go on the name's line.
 */
export function joinSplitBylines(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind !== 'body' || line.text.length > 60) continue
    const next = lines[i + 1]
    if (BY_ONLY.test(line.text) && next && (next.kind === 'body' || next.kind === 'byline')) {
      const joined = parseByline(`${line.text.replace(/:$/, '')} ${next.text}`)
      if (joined && joined.authors.length > 0) {
        lines[i] = { ...line, kind: 'byline', reason: 'byline' }
        lines[i + 1] = { ...next, kind: 'byline', reason: 'byline', byline: joined }
        i++
      }
      continue
    }
    const words = line.features.words
    if (words < 2 || words > 4 || !isPersonName(line.text, false)) continue
    const prev = lines[i - 1]
    const datedNeighbour = [prev, next].some(
      (l) => l?.kind === 'byline' && l.byline?.date !== null && l.byline?.authors.length === 0,
    )
    if (datedNeighbour) {
      const byline = { authors: [line.text], date: null, readingTimeMinutes: null }
      lines[i] = { ...line, kind: 'byline', reason: 'byline', byline }
    }
  }
}
