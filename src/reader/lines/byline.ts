import { NAME_PARTICLES } from '../../nlp/data/name-particles.js'
import { OUTLETS } from '../../nlp/data/outlets.js'
import { BY_WORDS, DESKS, PUBLISHED_WORDS, ROLE_WORDS, UPDATED_WORDS } from './data/bylines.js'
import { WEEKDAYS } from './data/months.js'
import { type FoundDate, findDate, findDates, findTimes } from './dates.js'

/** What a byline line says: its authors, its published time and the reading time. */
export interface Byline {
  readonly authors: readonly string[]
  /** The published (else updated) date and time stated in the line. */
  readonly date: FoundDate | null
  readonly readingTimeMinutes: number | null
}

const READING_TIME =
  /(\d{1,3})\s*-?\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti)\.?\s*(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|czytania|de leitura|leestijd)\b|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|tempo de leitura|leestijd)\s*:?\s*(?:ca\.?\s*|about\s*|approx\.?\s*)?(\d{1,3})\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti)?\.?/iu

const longestFirst = (set: ReadonlySet<string>) =>
  [...set].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
const BY_PREFIX = new RegExp(`^(?:${longestFirst(BY_WORDS).join('|')})(?=[\\s:])\\s*:?\\s*`, 'iu')
const TIME_WORD = new RegExp(
  `(?<![\\p{L}])(?:${longestFirst(new Set([...PUBLISHED_WORDS, ...UPDATED_WORDS])).join('|')})(?![\\p{L}])\\s*:?`,
  'giu',
)
/** Time words that open a dateline on their own ("on", "le" open sentences too). */
const INTRODUCED = new RegExp(
  `^(?:${longestFirst(new Set([...PUBLISHED_WORDS, ...UPDATED_WORDS].filter((w) => w !== 'on' && w !== 'le'))).join('|')})(?![\\p{L}])`,
  'iu',
)
const UPDATED = new RegExp(`^(?:${longestFirst(UPDATED_WORDS).join('|')})`, 'iu')
/** Separators between a byline's parts, and the words joining names. */
const SPLIT =
  /\s*(?:[|•·,;/@~]|\s[-–—]\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|&)\s*|(?<=\d\.?)\s+(?=(?:von|by|par|por|door)\s)/giu
const NAME_TOKEN = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u
const CONNECTORS =
  /^(?:on|at|am|um|le|el|il|the|à|a|de|o|w|dnia|et|pt|ct|mt|ist|jst|kst|hkt|local time|,)$/iu

/** Title case for names written in capitals ("DMYTRO BASMAT" → "Dmytro Basmat"). */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
}

/** The chunk is a personal name: 1-5 capitalised words, particles allowed inside. */
export function isPersonName(chunk: string, allowSingle: boolean): boolean {
  const words = chunk.split(/\s+/).filter((w) => w !== '')
  if (words.length === 0 || words.length > 5) return false
  if (words.length === 1 && !allowSingle) return false
  let capitals = 0
  for (const w of words) {
    if (NAME_TOKEN.test(w)) capitals++
    else if (!NAME_PARTICLES.has(w)) return false
  }
  const first = words[0] as string
  const last = words[words.length - 1] as string
  return (
    capitals > 0 &&
    NAME_TOKEN.test(first) &&
    NAME_TOKEN.test(last) &&
    !WEEKDAYS.has(first.toLowerCase())
  )
}

function isOutlet(chunk: string): boolean {
  const c = chunk.toLowerCase().replace(/^the\s+/, '')
  return (
    OUTLETS.has(chunk.toLowerCase()) ||
    OUTLETS.has(c) ||
    /^[\p{L}\d-]+\.(?:[a-z]{2,3}\.)?[a-z]{2,6}$/u.test(c)
  )
}

/** An outlet and its desk: "CNN Business", "BBC Sport", "Reuters Staff". */
function isOutletDesk(chunk: string): boolean {
  const words = chunk.toLowerCase().split(/\s+/)
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (!OUTLETS.has(words.slice(0, k).join(' '))) continue
    return words.slice(k).every((w) => ROLE_WORDS.has(w) || DESKS.has(w))
  }
  return false
}

function isRole(chunk: string): boolean {
  const words = chunk.toLowerCase().split(/\s+/)
  return (
    words.length <= 6 &&
    words.some((w) => ROLE_WORDS.has(w) && !['and', 'in', 'for', 'at', 'of', 'the'].includes(w)) &&
    words.every((w) => ROLE_WORDS.has(w) || /^\p{Lu}/u.test(w) || OUTLETS.has(w))
  )
}

/**
 * A line naming an author's outlet, desk, job or place without the author: the line under the
 * name in a two-line byline ("BBC News, Carlisle", "Political correspondent, BBC News",
 * "Diplomatic editor", "Redaktion Haus.de", an e-mail address). Comma-separated parts, each an
 * outlet, an outlet's desk, a job title, a newsroom, an e-mail address or a place of one to three
 * capitalised words; at least one not a place.
 *
 * @example
 * isAffiliation('BBC News, Carlisle') // → true
 * isAffiliation('Floods in Carlisle') // → false
 */
export function isAffiliation(line: string): boolean {
  const parts = line.trim().split(/\s*,\s*/)
  if (line.length > 60 || parts.length > 3) return false
  let named = false
  for (const p of parts) {
    if (isOutlet(p) || isOutletDesk(p) || (isRole(p) && JOB_NOUN.test(p))) named = true
    else if (NEWSROOM.test(p) || EMAIL.test(p)) named = true
    else if (!PLACE_PART.test(p)) return false
  }
  return named
}

/** A job's head noun: a role part of an affiliation names one ("Diplomatic editor"; not "News"). */
const JOB_NOUN =
  /\b(?:correspondent|reporter|editor|writer|columnist|analyst|producer|journalist|photographer|contributor)s?\b/i

/** An outlet's newsroom named as such ("Redaktion Haus.de", "Rédaction de Lyon", "Newsroom"). */
const NEWSROOM =
  /^(?:redaktion|rédaction|redacción|redação|redazione|redactie|newsroom|editorial (?:team|staff|desk))(?:\s|$)|\s(?:redaktion|newsroom|editorial team)$/i

/** An e-mail address alone: a reporter's contact under the name. */
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u

const PLACE_PART = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u

/** Job titles closing a byline chunk ("Jane Doe, Staff Writer", "Al Jazeera Staff"). */
const JOB_TAIL =
  /(?:\s+(?:staff|senior|chief|political|foreign|white house)?\s*(?:staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|producer|analyst|autor|autorin|redakteur|redakteurin))+$/i

/** Splits an outlet off the end of a chunk ("Brooke Singman Fox News" → name, outlet). */
function outletTail(chunk: string): [string, boolean] {
  const words = chunk.split(' ')
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(' ')
    if (OUTLETS.has(tail.toLowerCase()) && tail.length >= 3)
      return [words.slice(0, -k).join(' '), true]
  }
  return [chunk, false]
}

const SINGLE_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]+$/u
/** A word in capitals (two letters or more) among others that are not: an organisation's. */
const ACRONYM =
  /(?:^|\s)\p{Lu}{2,}(?=\s|$)(?=.*\s\p{Lu}\p{Ll})|(?:\s\p{Lu}\p{Ll}.*\s)\p{Lu}{2,}(?:\s|$)/u
/** A user name after a "by" word ("uriebe", "Herr_Rein", "c1ph4"). */
const USERNAME = /^[\p{L}\d][\p{L}\p{M}\d_.-]{1,29}$/u
/** Chunks a byline may carry besides names and dates: view and comment counts. */
const IGNORABLE =
  /^(?:\d{1,2}\s*(?:h|hrs?|m|mins?|d)(?:\s+ago)?|\d+\s*(?:hours?|hrs?|minutes?|mins?|days?)\s+ago|vor\s+\d+\s*(?:stunden?|minuten?|tagen?)|il y a\s+\d+\s*(?:heures?|minutes?|jours?)|hace\s+\d+\s*(?:horas?|minutos?|días?)|\(?\d+\s*x?\s*(?:mal )?(?:gelesen|views?|aufrufe|reads?|hits)\)?|kommentare? geschlossen|comments? (?:closed|off)|keine kommentare|no comments|\d+\s*(?:kommentare?|comments?|antworten|replies)|kommentare?|comments?|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})$/iu
const BY_WORD_LIST =
  'by|von|par|por|door|autor|autorin|author|redaktion|geschrieben von|erstellt von|gespeichert von|verfasst von|written by|posted by|ein artikel von|artikel von|ein beitrag von'
const CHUNK_BY = new RegExp(`^(?:${BY_WORD_LIST})\\s*:?\\s+(?=[\\p{L}\\d])`, 'iu')
const GLUED_BY = /(?<=\s|^)([Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Dd]oor)(?=\p{Lu}\p{Ll})/gu
const GLUED_BY_START = /^(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Dd]oor)\p{Lu}\p{Ll}/u
const GLUED_YEAR = /(?<=\d[.,]?\s?\p{L}*\s?)\b((?:19|20)\d{2})(?=\d{1,2}[./:])/gu
/** What {@link GLUED_YEAR} and {@link GLUED_ZONE} need in a line (a cheap test first). */
const GLUED_YEAR_HINT = /(?:19|20)\d{3}/
const GLUED_ZONE_HINT =
  /(?:[AaPp]\.?[Mm]\.?|UTC|GMT|[ECMP][SD]T|CES?T|BST)\s?(?:[A-Z]{2,4})?\p{Lu}\p{Ll}/u
/** A time's zone or half of day glued to the next word ("3:41 PM UTCUpdated 2 hours ago"). */
const GLUED_ZONE =
  /(?<=\d\s?(?:[AaPp]\.?[Mm]\.?|UTC|GMT|[ECMP][SD]T|CES?T|BST)\s?(?:[A-Z]{2,4})?)(?=\p{Lu}\p{Ll})/gu
/** A bracketed tail after a name, its closing bracket maybe trimmed off. */
const BRACKETED_TAIL = /(?<=\S)\s+\([^()]{2,60}\)?$/u
/** Connector words left at a chunk's end by a date cut out ("Cooper am | 25.08.2015"). */
const TRAILING_CONNECTOR = /\s+(?:am|um|on|at|le|el|il|the|dnia|vom|den)$/iu
/** A category after the byline ("by Aureliana · in Gefühle", "Posted in News"). */
const CATEGORY = /^(?:in|im|dans|en|posted in|filed under|kategorie|category|rubrik)\s*:?\s+\S/iu
/** A picture's credit inside a byline: "Foto:", "Photos by", "Illustration von", "Bild:". */
const CREDIT =
  /[\s,|•·]+(?:fotos?|photos?|photographs?|pictures?|bilder?|images?|illustrations?|grafik|grafiken|video)(?:\s*:|\s+(?:by|von|de|di|par|por)\s)/iu
const CHEAP_SIGNS = /\d|[,|•·]/
const SENTENCE_WORDS =
  /\s(?:is|are|was|were|has|have|had|will|would|said|says|ist|sind|war|hat|wird|est|sont|a été|es|fue|ha|è|jest)\s/

/** A quick test that rules out most lines before the full parse (speed: most lines are prose). */
function maybeByline(line: string): boolean {
  if (!CHEAP_SIGNS.test(line) && !BY_PREFIX.test(line) && !GLUED_BY_START.test(line)) {
    if (line.length > 60 || !JOB_TAIL.test(line)) return false
  }
  return !SENTENCE_WORDS.test(line)
}

/** Picks the published time: the first date of a part not introduced by an "updated" word. */
function publishedDate(line: string): FoundDate | null {
  TIME_WORD.lastIndex = 0
  const cuts = [0]
  for (let m = TIME_WORD.exec(line); m !== null; m = TIME_WORD.exec(line))
    if (m.index > 0) cuts.push(m.index)
  cuts.push(line.length)
  let updated: FoundDate | null = null
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = line.slice(cuts[i], cuts[i + 1])
    const found = findDate(part)
    if (!found) continue
    const at = {
      ...found,
      start: found.start + (cuts[i] as number),
      end: found.end + (cuts[i] as number),
    }
    if (!UPDATED.test(part.trimStart())) return at
    updated ??= at
  }
  return updated ?? findDate(line)
}

/**
 * Reads a line as a byline, or returns null when it is not one. A byline is a short line made only
 * of author names, outlets, job titles, dates, times, a reading time and byline words:
 * "by Jane Doe March 3, 2023 4:27 PM 3 min read", "By A and B | Updated 3:45 PM EST, Tue
 * November 5, 2024", "Xinhua | Updated: 2018-04-23 09:05", "By NAME, Reuters", "NAME and NAME,
 * Associated Press". A line of names alone counts only after a "By" word or with an outlet.
 *
 * @example
 * parseByline('By Tom Balmforth, Reuters')?.authors // → ['Tom Balmforth']
 */
export function parseByline(line: string): Byline | null {
  if (line.length > 260 || line.length < 3 || !maybeByline(line)) return null
  // Inline markup glues words on a flattened page: "Veröffentlicht vonChris Jung".
  // ... and two dates ("22. Dezember 201922. Dezember 2019"), a name and a date ("macbacchi28.09.19").
  let rest = line.replace(GLUED_BY, '$1 ')
  // Speed: the look-behinds of the two glue patterns are slow; most lines hold neither a year
  // followed by a digit nor a zone or half of day before a capital.
  if (GLUED_YEAR_HINT.test(rest)) rest = rest.replace(GLUED_YEAR, '$1 ')
  if (GLUED_ZONE_HINT.test(rest)) rest = rest.replace(GLUED_ZONE, ' ')
  let readingTimeMinutes: number | null = null
  const rt = READING_TIME.exec(rest)
  if (rt) {
    readingTimeMinutes = Number(rt[1] ?? rt[2])
    rest = rest.slice(0, rt.index) + ' | ' + rest.slice(rt.index + rt[0].length)
  }
  const dates = findDates(rest)
  const times = findTimes(rest).filter(
    (t) => !dates.some((d) => t.start < d.end && d.start < t.end),
  )
  const date = dates.length > 0 || times.length > 0 ? publishedDate(rest) : null
  const spans = [...dates, ...times].sort((a, b) => b.start - a.start)
  for (const s of spans) rest = rest.slice(0, s.start) + ' | ' + rest.slice(s.end)
  const by = BY_PREFIX.exec(rest.trimStart())
  if (by) rest = rest.trimStart().slice(by[0].length)
  // After a "by" word, a picture's credit closes the byline ("von Anna Berger Foto: © GEPA",
  // "Text von NAME Illustration von NAME", "By NAME, Photos by NAME"): its names are not authors.
  const credit = by ? CREDIT.exec(rest) : null
  if (credit) rest = rest.slice(0, credit.index)
  // A line opened by "Published", "Veröffentlicht am"... with a date is a byline whatever else
  // it says ("Posted on ... Categories").
  const introduced = date !== null && INTRODUCED.test(line.trimStart())
  TIME_WORD.lastIndex = 0
  const hadTimeWord = TIME_WORD.test(rest)
  rest = rest.replace(TIME_WORD, ' | ')
  const authors: string[] = []
  const dated = date !== null
  let sawBy = by !== null
  let outlet = false
  let roled = false
  for (const raw of rest.split(SPLIT)) {
    let chunk = raw.replace(/^[\s:()[\]–—-]+|[\s:()[\]–—-]+$/gu, '').replace(/\s+/g, ' ')
    // A "by" inside the line ("... 2019 von Simon Dückert", "| by LD").
    const midBy = CHUNK_BY.exec(chunk)
    if (midBy) {
      chunk = chunk.slice(midBy[0].length)
      sawBy = true
    }
    if (chunk === '' || CONNECTORS.test(chunk)) continue
    const words = chunk
      .split(' ')
      .filter((w) => !WEEKDAYS.has(w.toLowerCase().replace(/[.,]$/, '')))
    // A role or place in brackets after the name ("Martin Keller (Pressesprecher des Vereins)"; the
    // closing bracket was trimmed with the chunk's edges).
    let c = words.join(' ').replace(BRACKETED_TAIL, '')
    // "Andrew Roth in Moscow": the place after the name is not part of it.
    const inPlace = sawBy ? / in \p{Lu}/u.exec(c) : null
    if (inPlace) c = c.slice(0, inPlace.index)
    const withRole = c
    c = c.replace(JOB_TAIL, '').replace(TRAILING_CONNECTOR, '')
    if ((sawBy || dated) && CATEGORY.test(c)) continue
    if (c === '' || CONNECTORS.test(c)) continue
    const [name, hasOutlet] = outletTail(c)
    if (hasOutlet) outlet = true
    // "The" left of "The Associated Press".
    if (name === '' || CONNECTORS.test(name)) continue
    if (isOutlet(name) || isOutletDesk(name)) outlet = true
    // A job alone after the name ("By Jane Doe, Contributor") is no second author.
    else if (!name.includes(' ') && ROLE_WORDS.has(name.toLowerCase())) continue
    else if (IGNORABLE.test(name)) continue
    // After a full name, one word ("Google", "London") or a name with an acronym in it ("AMP
    // Project Marketing") is the author's employer, desk or place, not a second author.
    else if (authors.some((a) => a.includes(' ')) && (!name.includes(' ') || ACRONYM.test(name)))
      continue
    else if (isPersonName(name, sawBy) || (sawBy && USERNAME.test(name))) {
      authors.push(nameCase(name))
      // "Harald Bauer Autor", "Jane Doe Senior Reporter": a name and its job is a byline.
      if (withRole !== c && words.length <= 7) roled = true
    } else if (isRole(name) || IGNORABLE.test(name)) continue
    // One capitalised word beside a date is the place or the outlet ("Madrid - 06 nov 2024").
    else if (dated && SINGLE_WORD.test(name)) continue
    else if (!introduced) return null
  }
  const timed = date !== null || readingTimeMinutes !== null
  if (!sawBy && !timed && !roled && !(outlet && authors.length > 0)) return null
  if (sawBy && authors.length === 0 && !timed && !outlet) return null
  if (!sawBy && !timed && !hadTimeWord && authors.length === 0) return null
  return { authors, date, readingTimeMinutes }
}
