import { FEMALE_NAMES, MALE_NAMES } from '../../entities/data/first-names.js'
import { isAffiliation, isPersonName, parseByline } from './byline.js'
import { BARE_CREDIT } from './caption.js'
import type { ClassifiedLine } from './line.js'
import type { LineRange } from './segment.js'

const DETERMINER = /^(?:the|a|an|der|die|das|le|la|les|el|los|il|lo|o)\s/i

/** A line that is only a byline word, its name on the next line ("Von" / "Simon Dückert"). */
const BY_ONLY =
  /^(?:by|von|par|por|door|di|autor|autorin|author|authors|post author|artikel von|ein artikel von|kommentar von|ein kommentar von|ein beitrag von|geschrieben von|written by|posted by|published by|veröffentlicht von|text|texte|text von)\s*:?$/i

/**
 * Bylines that a flattened page spreads over two lines, joined in place:
 * 1. a line holding only a "by" word, and the name on the next line ("Von" / "Jonas Wehrle");
 * 2. a line holding only a personal name that opens with a common given name, right over a
 *    byline that has a date but no author, with at most separator lines between ("Karin Voss"
 *    / "|" / "17 Sep 2019"): the name is the author, not a headline;
 * 3. a line holding only such a name over a line naming the author's outlet, desk or job ("Tom
 *    Hadley" / "BBC News, Carlisle"): both are the byline;
 * 4. a line holding only such a name over a sentence about that person opening with the name
 *    ("Lena Brandt" / "Lena Brandt unterrichtet Physik in Graz."): an author box,
 *    the name a byline and the sentence a notice;
 * 5. the name under an author box's heading ({@link boxName}).
 * Only body candidates change class; the joined byline's fields go on the name's line. (Other
 * names near the headline are found once it is known: {@link namesUnderHeadline}.)
 */
export function joinSplitBylines(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    const label = line.kind === 'body' || line.reason === 'author-box'
    if (!label || line.text.length > 60) continue
    const next = lines[i + 1]
    if (BY_ONLY.test(line.text) && next && (next.kind === 'body' || next.kind === 'byline')) {
      const joined = parseByline(`${line.text.replace(/:$/, '')} ${next.text}`)
      if (joined && joined.authors.length > 0) {
        lines[i] = { ...line, kind: 'byline', reason: 'byline' }
        lines[i + 1] = { ...next, kind: 'byline', reason: 'byline', byline: joined }
        i++
        continue
      }
    }
    if (AUTHOR_HEADING.test(line.text)) boxName(lines, i)
    else if (nameLine(line)) {
      const affiliated = affiliationBelow(lines, i)
      const bio = !affiliated && bioBelow(lines, i)
      if (!affiliated && !bio && !datedBylineBelow(lines, i)) continue
      const byline = { authors: [line.text], date: null, readingTimeMinutes: null }
      lines[i] = { ...line, kind: 'byline', reason: 'byline', byline }
      const next = lines[i + 1] as ClassifiedLine
      if (affiliated) lines[i + 1] = { ...next, kind: 'byline', reason: 'byline' }
      if (bio) lines[i + 1] = { ...next, kind: 'notice', reason: 'author-box' }
    }
  }
}

/** The next line names the author's outlet, desk or job ("BBC News, Carlisle"). */
function affiliationBelow(lines: readonly ClassifiedLine[], index: number): boolean {
  const next = lines[index + 1]
  return next !== undefined && next.kind === 'body' && isAffiliation(next.text)
}

/** The least words of an author's biography line. */
const BIO_WORDS = 6

/**
 * The next line is a biography of the name: it opens with the name and a lower-case word (a
 * verb: "lehrt", "is", "écrit") and runs on for a sentence.
 */
function bioBelow(lines: readonly ClassifiedLine[], index: number): boolean {
  const name = (lines[index] as ClassifiedLine).text
  const next = lines[index + 1]
  if (next === undefined || next.kind !== 'body' || next.features.words < BIO_WORDS) return false
  return next.text.startsWith(`${name} `) && /^\p{Ll}/u.test(next.text.slice(name.length + 1))
}

/** A line with no letter or digit: a separator a flattened page keeps ("|", "·", "—"). */
const SEPARATOR = /^[^\p{L}\p{N}]+$/u

/** A byline with a date and no author follows the line, with only separator lines between. */
function datedBylineBelow(lines: readonly ClassifiedLine[], index: number): boolean {
  for (let i = index + 1; i < Math.min(lines.length, index + 3); i++) {
    const l = lines[i] as ClassifiedLine
    if (l.kind === 'byline') return l.byline?.date != null && l.byline.authors.length === 0
    if (!SEPARATOR.test(l.text)) return false
  }
  return false
}

/** The heading of an author box ("About the author", "Über den Autor", "Autor"). */
const AUTHOR_HEADING =
  /^(?:about the author|about the writer|über (?:den|die) autor(?:in)?|à propos de l['’]auteur|sobre el autor|sull['’]autore|o autorze|(?:der |die )?autor(?:in)?|author|the author)\s*:?$/i

/**
 * The name under an author box's heading is the article's author ("Über den Autor" / "Zeige
 * alle Artikel" / "Matthias"): the first of the next two lines that reads as a byline once a "by"
 * is put before it, holding a name of up to four words.
 */
function boxName(lines: ClassifiedLine[], heading: number): void {
  for (let i = heading + 1; i <= heading + 2 && i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind === 'notice') continue
    if (line.kind !== 'body' || line.features.words > 4) return
    const byline = parseByline(`by ${line.text}`)
    if (byline === null || byline.authors.length !== 1) return
    lines[i] = { ...line, kind: 'byline', reason: 'byline', byline }
    return
  }
}

/**
 * Names between the headline and the article's first line are its authors: a line holding only a
 * personal name of 2-4 capitalised words (no article) within three lines of a dated byline
 * becomes a byline ("Karin Voss" / "September 17, 2019"), and so does one right under the
 * headline of a page with furniture (a flattened page). A single word ("Paddy") only stands for
 * a name right under the headline and beside a dated byline, and when the article does not name
 * it (a place or a topic label, "Wien", "Corona", recurs in the text; an author's name seldom).
 * On a clean article a place name there ("Ewood Park") stays text.
 */
export function namesUnderHeadline(
  lines: ClassifiedLine[],
  from: number,
  to: number,
  furnished: boolean,
): void {
  // A one-word "name" ("Kommentar", "Wissen") is trusted only when no fuller name is near.
  let fuller = false
  for (let i = Math.max(0, from); i < Math.min(to + 3, lines.length); i++) {
    const l = lines[i] as ClassifiedLine
    fuller ||=
      l.byline?.authors.some((a) => a.includes(' ')) === true ||
      (l.kind === 'body' &&
        l.features.words >= 2 &&
        l.features.words <= 4 &&
        isPersonName(l.text, false))
  }
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind !== 'body' || line.text.length > 60) continue
    // "Angelique Chrisafis in Paris": the reporter's place after the name is not part of it.
    const name = line.text.replace(/[\s|•·,;–—-]+$/u, '').replace(IN_PLACE, '')
    const words = name === line.text ? line.features.words : name.split(/\s+/).length
    if (fuller && words === 1) continue
    if (words > 4 || DETERMINER.test(name) || !isPersonName(name, words === 1)) continue
    const dated = (reach: number) => {
      for (let j = i - reach; j <= i + reach; j++) {
        const l = lines[j]
        if (j !== i && l?.kind === 'byline' && l.byline?.date !== null) return true
      }
      return false
    }
    // On a page with furniture, the line right under the headline may be the name alone.
    const underHeadline = furnished && i <= from + 1
    const ok =
      words === 1
        ? underHeadline && dated(1) && !/\.$/.test(name) && !namedAfter(lines, to, name)
        : underHeadline || dated(3)
    if (!ok) continue
    const byline = { authors: [name], date: null, readingTimeMinutes: null }
    lines[i] = { ...line, kind: 'byline', reason: 'byline', byline }
  }
}

/** A place after a reporter's name: " in Paris", " in New York". */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u

/** The article's first paragraphs (from `start`) name the word (a topic or a place, not its author). */
function namedAfter(lines: readonly ClassifiedLine[], start: number, word: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu')
  for (let i = start; i < Math.min(lines.length, start + 20); i++) {
    const l = lines[i] as ClassifiedLine
    if (l.kind === 'body' && re.test(l.text)) return true
  }
  return false
}

/** Lines of the article's opening searched for its author's name standing alone. */
const OPENING = 6

/**
 * On a page with furniture and no author found near the headline, a line of the article's
 * opening holding only a personal name of 2-3 words is its byline ("Markus Mäki" between the lead
 * and the first paragraph).
 */
export function nameInOpening(lines: ClassifiedLine[], title: number, start: number): void {
  const end = Math.min(lines.length, start + OPENING)
  for (let i = title + 1; i < end; i++) if (lines[i]?.byline?.authors.length) return
  for (let i = start; i < end; i++) {
    const line = lines[i] as ClassifiedLine
    if (line.kind !== 'body' || line.text.length > 40) continue
    const words = line.features.words
    if (words < 2 || words > 3 || DETERMINER.test(line.text)) continue
    if (!isPersonName(line.text, false) || !/^(?:\p{Lu}\S*\s?)+$/u.test(line.text)) continue
    // A crosshead stands between two paragraphs; a name beside a date, a share button, a
    // caption... A common given name first is a name wherever it stands.
    const short = (l: ClassifiedLine | undefined) =>
      l !== undefined && (l.kind !== 'body' || l.features.words < 8)
    if (!short(lines[i - 1]) && !short(lines[i + 1]) && !givenNameFirst(line.text)) continue
    const byline = { authors: [line.text], date: null, readingTimeMinutes: null }
    lines[i] = { ...line, kind: 'byline', reason: 'byline', byline }
    return
  }
}

/** The text opens with a common given name ("Marie Rövekamp"), folded as the name list is. */
function givenNameFirst(text: string): boolean {
  const first = (text.split(/\s+/)[0] ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
  return MALE_NAMES.has(first) || FEMALE_NAMES.has(first)
}

/** A line holding only a personal name of 2-3 capitalised words, the first a given name. */
function nameLine(line: ClassifiedLine): boolean {
  if ((line.kind !== 'body' && line.kind !== 'outside') || line.text.length > 40) return false
  const words = line.features.words
  if (words < 2 || words > 3 || DETERMINER.test(line.text)) return false
  return (
    isPersonName(line.text, false) &&
    /^(?:\p{Lu}\S*\s?)+$/u.test(line.text) &&
    givenNameFirst(line.text)
  )
}

/** Lines above the headline and below the article searched for its author's name alone. */
const NAME_REACH = 3

/**
 * On a page with furniture and no author near the headline, a line holding only a personal name
 * that opens with a common given name, just above the headline (a name over a date over the
 * headline) or just below the article (an author box, "Heinz Steiner" under the last
 * paragraph), is its byline. Nearest first: above the headline, then below the article.
 */
export function nameNearArticle(lines: ClassifiedLine[], title: number, range: LineRange): void {
  const end = Math.min(lines.length, range.start + OPENING)
  for (let i = Math.max(0, title - NAME_REACH); i < end; i++)
    if (lines[i]?.byline?.authors.length) return
  const order: number[] = []
  for (let i = title - 1; i >= Math.max(0, title - NAME_REACH); i--) order.push(i)
  for (let i = range.end; i < Math.min(lines.length, range.end + NAME_REACH + 1); i++) order.push(i)
  for (const i of order) {
    const line = lines[i] as ClassifiedLine
    if (!nameLine(line)) continue
    // Below the article, a name under a topics or links heading is a tag ("Explore more on these
    // topics" / "Emmanuel Macron"), not the author. (Skipping names the article mentions too cost
    // a page of html-dev: a columnist the text names.)
    if (i >= range.end) {
      let listed = false
      for (let j = range.end; j < i; j++) if (lines[j]?.kind === 'notice') listed = true
      if (listed) continue
    }
    const byline = { authors: [line.text], date: null, readingTimeMinutes: null }
    lines[i] = { ...line, kind: 'byline', reason: 'byline', byline }
    return
  }
}

/** The most words of a caption read under a picture's credit. */
const CAPTION_WORDS = 40

/**
 * A photo's caption under its bare credit line ("PA Media" / "Flood water covered the road on
 * Sunday"): a body candidate of 3-40 words right after the credit, not ending like a sentence
 * (captions under a credit drop their full stop; the article's paragraphs keep theirs).
 */
export function captionsUnderCredits(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine
    const credit = lines[i - 1] as ClassifiedLine
    if (line.kind !== 'body' || credit.kind !== 'caption' || !BARE_CREDIT.test(credit.text))
      continue
    const words = line.features.words
    if (words < 3 || words > CAPTION_WORDS || /[.!?:]["'”’)]?$/.test(line.text)) continue
    lines[i] = {
      ...line,
      kind: 'caption',
      reason: 'caption',
      caption: { text: line.text, place: null, date: null },
    }
  }
}
