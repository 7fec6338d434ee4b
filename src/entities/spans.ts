import type { Token } from '../core/doc.js'
import type { EntityType } from '../core/schema.js'
import { NAME_PARTICLES } from '../nlp/data/name-particles.js'
import type { NerSpan } from '../nlp/ner/tagger.js'
import { type Analysis, capitalised, norm, tokenAfter } from './analysis.js'
import { KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES } from './data/orgs.js'
import { countryOf, fold, isKnownPlace } from './data/places.js'
import { NOT_NAMES } from './data/words.js'
import { titleBefore } from './titles.js'

/**
 * Step 1 of the names: the tagger's spans as token ranges, repaired (cut words, hyphens, name
 * particles, "X of Y" organisations, coordinations and place compounds) and completed with the
 * names the tagger missed but tagged elsewhere in the document.
 */

/** A name span as a token range [first, last) with the tagger's type. */
export interface Work {
  first: number
  last: number
  type: EntityType
}

/** Words that join coordinated names. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor'])

/** The tagger's spans as repaired token ranges, with the names it missed. */
export function nameSpans(
  a: Analysis,
  spans: readonly NerSpan[],
  notAName: (word: string) => boolean,
): Work[] {
  const names = recover(a, repair(a, spans), notAName)
  const tags = partyTags(a.text)
  if (tags.length === 0) return names
  const start = (w: Work) => (a.tokens[w.first] as Token).start
  return names.filter((w) => !tags.some((t) => t.start < start(w) && start(w) < t.end))
}

/** Token ranges of the spans, repaired and merged. */
function repair(a: Analysis, spans: readonly NerSpan[]): Work[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end)
  const out: Work[] = []
  for (const s of sorted) {
    let start = s.start
    let end = s.end
    // A span cut inside a word (the tokenizer splits some non-ASCII names) grows to the word.
    while (start > 0 && /[\p{L}\p{M}]/u.test(a.text[start - 1] ?? '')) start--
    while (end < a.text.length && /[\p{L}\p{M}]/u.test(a.text[end] ?? '')) end++
    // A person's hyphenated given name ends in a short lower-case part ("Lai Ching-te").
    if (s.type === 'PERSON') {
      const tail = /^-\p{Ll}{1,3}(?![\p{L}\p{M}-])/u.exec(a.text.slice(end, end + 5))
      if (tail) end += tail[0].length
    }
    const from = tokenAfter(a, start)
    let to = from
    while (to < a.tokens.length && (a.tokens[to]?.start ?? Infinity) < end) to++
    for (const [first, last] of splitCoordinated(a, from, to, s.type)) {
      if (last <= first) continue
      const prev = out[out.length - 1]
      if (prev && first < prev.last) continue
      if (prev && joinable(a, prev, first)) {
        prev.last = last
        if (prev.type === 'MISC') prev.type = s.type
        continue
      }
      // Particles before a name ("von der" Leyen) belong to it.
      let f = first
      while (f > 0 && NAME_PARTICLES.has(norm(a, f - 1)) && sameSentence(a, f - 1, first)) f--
      out.push({ first: f < first && (!prev || prev.last <= f) ? f : first, last, type: s.type })
    }
  }
  return out
}

/**
 * A US party-and-state tag after a lawmaker's name ("Ellen Marsh, D-N.Y.,", "Dale Kerr
 * (R-Ky.)"): its letters are an affiliation, not a name ("Y.", "R-La").
 */
const PARTY_TAG = /(?:,\s|\()[DRI]-(?:[A-Z][A-Za-z]*\.?){1,3}(?=[\s,;)]|$)/g

/** The party-and-state tags of a text, once per document (few texts have any). */
function partyTags(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const m of text.matchAll(PARTY_TAG)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** "Russia-Ukraine", "U.S.-China": a compound of places is one mention per place. */
function splitPlaces(a: Analysis, first: number, last: number): [number, number][] {
  const parts: [number, number][] = []
  let from = first
  for (let k = first; k <= last; k++) {
    if (k === last || norm(a, k) === '-') {
      parts.push([from, k])
      from = k + 1
    }
  }
  const place = ([f, l]: [number, number]) => {
    const t0 = a.tokens[f]
    const t1 = a.tokens[l - 1]
    if (!t0 || !t1 || l <= f) return false
    const s = a.text.slice(t0.start, t1.end)
    return countryOf(s) !== null || isKnownPlace(s)
  }
  return parts.length > 1 && parts.every(place) ? parts : [[first, last]]
}

/**
 * Names the tagger missed, found from what it did find (document-level consistency):
 * - a capitalised proper-noun run equal to a name tagged elsewhere in the document, or to the
 *   surname of a tagged person ("Trump" opening a sentence after "Donald Trump");
 * - a proper-noun run coordinated with a tagged name ("Zelensky and Biden") takes its type, also
 *   across the title of a tagged person ("Trump and Vice President JD Vance").
 */
function recover(a: Analysis, work: Work[], notAName: (word: string) => boolean): Work[] {
  const known = new Map<string, EntityType>()
  for (const w of work) {
    if (w.type === 'MISC') continue
    const words: string[] = []
    for (let k = w.first; k < w.last; k++) words.push(fold(norm(a, k)))
    known.set(words.join(' '), w.type)
    if (w.type === 'PERSON' && words.length >= 2)
      known.set(words[words.length - 1] as string, 'PERSON')
  }
  const covered = new Uint8Array(a.tokens.length)
  const index = { byFirst: new Map<number, Work>(), byLast: new Map<number, Work>() }
  for (const w of work) {
    covered.fill(1, w.first, w.last)
    index.byFirst.set(w.first, w)
    index.byLast.set(w.last, w)
  }
  const added: Work[] = []
  for (let k = 0; k < a.tokens.length; k++) {
    if (covered[k] || !properWord(a, k)) continue
    let end = k + 1
    while (end < a.tokens.length && !covered[end] && properWord(a, end) && sameSentence(a, k, end))
      end++
    const words: string[] = []
    for (let j = k; j < end; j++) words.push(fold(norm(a, j)))
    const key = words.join(' ')
    let type = known.get(key) ?? null
    if (type === null && !a.caps[a.tokens[k]?.sentence ?? 0])
      type = coordinatedType(a, k, end, index, covered)
    const floor = a.sentenceFirst[a.tokens[k]?.sentence ?? 0] ?? 0
    const common = k === floor && end - k === 1 && a.lowerWords.has(words[0] as string)
    if (type !== null && !common && !words.every(notAName)) {
      added.push({ first: k, last: end, type })
      // A name found by coordination is known for the rest of the document too.
      if (!known.has(key)) known.set(key, type)
    }
    k = end - 1
  }
  if (added.length === 0) return work
  return [...work, ...added].sort((x, y) => x.first - y.first)
}

function properWord(a: Analysis, k: number): boolean {
  const t = a.tokens[k]
  return t !== undefined && t.pos === 'PROPN' && capitalised(a, k) && !NOT_NAMES.has(t.norm)
}

/** The type of a tagged name joined to tokens [k, end) by "and", "or", "nor" or a comma. */
function coordinatedType(
  a: Analysis,
  k: number,
  end: number,
  index: { byFirst: Map<number, Work>; byLast: Map<number, Work> },
  covered: Uint8Array,
): EntityType | null {
  const joiner = (i: number) => COORDINATORS.has(norm(a, i)) || norm(a, i) === ','
  const find = (first: number, last: number) =>
    (first >= 0 ? index.byFirst.get(first) : index.byLast.get(last)) ?? null
  if (joiner(k - 1) && covered[k - 2] && sameSentence(a, k - 2, k)) {
    const w = find(-1, k - 1)
    if (w && w.type !== 'MISC' && COORDINATORS.has(norm(a, k - 1))) return w.type
  }
  if (joiner(end) && covered[end + 1] && sameSentence(a, end, end + 1)) {
    const w = find(end + 1, -1)
    if (w && w.type !== 'MISC' && COORDINATORS.has(norm(a, end))) return w.type
  }
  // "Trump and Vice President JD Vance": a title may stand before the tagged person.
  if (COORDINATORS.has(norm(a, end))) {
    for (let f = end + 2; f <= end + 6 && f < a.tokens.length && !covered[f - 1]; f++) {
      const w = index.byFirst.get(f)
      if (!w) continue
      // A person's title says PERSON whatever the tagger typed the name.
      const titled = sameSentence(a, end, f) && titleBefore(a, f, end + 1, () => null)
      if (titled && titled.start === end + 1 && titled.hit) return 'PERSON'
      break
    }
  }
  return null
}

/**
 * Splits a span that coordinates two names ("Zelensky nor Trump") unless the whole is one name
 * with a conjunction in it: a known place ("Trinidad and Tobago") or an organisation name
 * ("Ministry of Foreign Affairs and Trade", "Bosnia and Herzegovina").
 */
function splitCoordinated(
  a: Analysis,
  first: number,
  last: number,
  type: EntityType,
): [number, number][] {
  let has = false
  let nor = false
  let dashes = false
  for (let k = first + 1; k < last - 1; k++) {
    if (COORDINATORS.has(norm(a, k))) has = true
    if (norm(a, k) === 'nor') nor = true
    if (norm(a, k) === '-') dashes = true
  }
  if (dashes && !has) return splitPlaces(a, first, last)
  // Organisations and places have "and" in their names ("Test and County Cricket Board").
  if (!has || (!nor && type !== 'PERSON' && type !== 'MISC')) return [[first, last]]
  const t0 = a.tokens[first]
  const t1 = a.tokens[last - 1]
  const whole = t0 && t1 ? a.text.slice(t0.start, t1.end) : ''
  if (countryOf(whole) || isKnownPlace(whole) || KNOWN_ORGS.has(fold(whole))) return [[first, last]]
  if (ORG_HEADS.has(norm(a, first)) || ORG_SUFFIXES.has(norm(a, last - 1))) return [[first, last]]
  const out: [number, number][] = []
  let from = first
  for (let k = first; k < last; k++) {
    if (COORDINATORS.has(norm(a, k)) || norm(a, k) === ',') {
      out.push([from, k])
      from = k + 1
    }
  }
  out.push([from, last])
  return out
}

function sameSentence(a: Analysis, i: number, j: number): boolean {
  return a.tokens[i]?.sentence === a.tokens[j]?.sentence
}

/** Two spans form one name when only a hyphen, name particles or "of" (org heads) part them. */
function joinable(a: Analysis, prev: Work, next: number): boolean {
  if (!sameSentence(a, prev.last - 1, next)) return false
  if (next === prev.last) {
    // Touching spans of one type with no space between: a word the tokenizer cut in two.
    const before = a.tokens[prev.last - 1]
    return before !== undefined && before.end === a.tokens[next]?.start
  }
  const gap: string[] = []
  for (let k = prev.last; k < next; k++) gap.push(norm(a, k))
  const before = a.tokens[prev.last - 1]
  const after = a.tokens[next]
  if (gap.length === 1 && gap[0] === '-' && before && after) {
    const dash = a.tokens[prev.last]
    return dash !== undefined && dash.start === before.end && dash.end === after.start
  }
  if (gap.every((g) => NAME_PARTICLES.has(g)) && gap.length <= 2) return true
  const head = norm(a, prev.last - 1)
  return (
    ORG_HEADS.has(head) &&
    capitalised(a, prev.last - 1) &&
    gap[0] === 'of' &&
    (gap.length === 1 || (gap.length === 2 && gap[1] === 'the'))
  )
}
