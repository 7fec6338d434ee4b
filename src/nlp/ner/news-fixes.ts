import { GAZ_CLASSES } from './gazetteer.js'
import type { TokenSpan } from './labels.js'
import { FIRST_NAMES, ORG_WORDS, PERSON_TITLES } from './lexicon.js'
import type { Words } from './words.js'

const NC = GAZ_CLASSES.length
const ORG_NAME = GAZ_CLASSES.indexOf('orgname')
const PERSON = 0
const ORG = 1
const LOC = 2
const MISC = 3
const TITLES = new Set(PERSON_TITLES)
const ORG_WORD = new Set(ORG_WORDS)
const FIRST_NAME_SET = new Set(FIRST_NAMES)
const UPPER_START = /^\p{Lu}/u
const INITIAL = /^\p{Lu}\.$/u
const LETTER = /\p{L}/u

/**
 * Repairs of the tagger's spans where CoNLL-2003 training leaves it weak on current news; each
 * is a general pattern, not a list of cases:
 * 1. a span that is exactly a well-known organisation (the `orgname` gazetteer: lexicon.ts
 *    ORG_NAMES) is an ORG, not a LOC ("Islamic State"), and such a name of
 *    two or more capitalised words that the tagger left untagged, or covered only in part by
 *    LOC or MISC spans, becomes an ORG;
 * 2. two names joined by "and the" are two spans ("the European Council and the Council of
 *    Europe");
 * 3. an ORG span after "<title> of" that ends in a personal name is the office and the person
 *    ("Secretary of Defense Ash Carter": "Defense Ash Carter" → the name "Ash Carter", PERSON;
 *    the rest stays ORG when it has two or more words, "Homeland Security").
 * 4. a span named by its class word is a place or a storm, whatever the tagger said: a river, lake, mountain, sea,
 *    island... ("River Eden", "Lake Tana", "the Atacama Desert") is a LOC; a storm, hurricane,
 *    typhoon or cyclone ("Storm Ivo", "Hurricane Maria") is a MISC (CoNLL types events MISC);
 * 5. a broadcaster's name and the region after it are one station ("BBC Radio Cumbria");
 * 6. a one-word "person" in apposition after a kind of organisation is that organisation ("The
 *    airline, Skyvela, cancelled ...").
 * `gaz` is the gazetteer match table of the words (see Gazetteer.match).
 */
export function newsFixes(words: Words, gaz: Uint8Array, spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = []
  for (const s of spans) {
    for (const part of splitAndThe(words, s)) {
      // MISC is left to the entities stage's own list (retyping it here moved story keys).
      const known = knownOrg(gaz, part.start, part.end)
      const feature = part.type === MISC ? null : namedFeature(words, part)
      if (known && part.type === LOC) out.push({ ...part, type: ORG })
      else if (feature !== null) out.push({ ...part, type: feature })
      else if (part.type === ORG) out.push(...officeAndPerson(words, part))
      else if (part.type === PERSON && namedCompany(words, part)) out.push({ ...part, type: ORG })
      else out.push(part)
    }
  }
  addUntaggedOrgs(words, gaz, out)
  return regionalStations(
    words,
    out.sort((a, b) => a.start - b.start),
  )
}

/** Nouns of a kind of organisation that a name in apposition may follow ("The airline, Skyvela,"). */
// biome-ignore format: a word list
const COMPANY_NOUNS = new Set([
  'company', 'firm', 'operator', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'retailer',
  'carmaker', 'automaker', 'manufacturer', 'maker', 'supplier', 'broadcaster', 'publisher',
  'group', 'startup', 'start-up', 'conglomerate', 'utility', 'distributor', 'chain', 'brand',
  'subsidiary', 'contractor', 'union', 'party', 'agency', 'network', 'charity', 'club',
])

/**
 * A one-word name the tagger reads as a person, in apposition after a kind of organisation
 * ("The port's operator, Harbourline, said"; "Its parent company, Dunmore, denied"), is that
 * organisation. A given name is left a person.
 */
function namedCompany(words: Words, s: TokenSpan): boolean {
  if (s.end - s.start !== 1 || s.start < 2 || words.text[s.start - 1] !== ',') return false
  const next = words.text[s.end]
  if (next !== undefined && next !== ',' && next !== '.') return false
  if (FIRST_NAME_SET.has(words.fold[s.start] as string)) return false
  return COMPANY_NOUNS.has(words.norm[s.start - 2] as string)
}

/** Last words of a broadcaster's name that a region's name may follow ("BBC Radio Kent"). */
const STATION_WORDS = new Set(['radio', 'tv', 'television'])

/**
 * A broadcaster's ORG span right before a place's span is one regional station: "BBC Radio" +
 * "Cumbria" → "BBC Radio Cumbria" (ORG). Spans in order of position.
 */
function regionalStations(words: Words, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = []
  for (const s of spans) {
    const prev = out[out.length - 1]
    const station =
      prev !== undefined &&
      prev.type === ORG &&
      s.type === LOC &&
      prev.end === s.start &&
      STATION_WORDS.has(words.norm[prev.end - 1] as string)
    if (station) out[out.length - 1] = { ...prev, end: s.end }
    else out.push(s)
  }
  return out
}

/** Whether words [start, end) are exactly one match of the well-known organisations. */
function knownOrg(gaz: Uint8Array, start: number, end: number): boolean {
  const first = gaz[start * NC + ORG_NAME]
  if (end - start === 1) return first === 4
  if (first !== 1 || gaz[(end - 1) * NC + ORG_NAME] !== 3) return false
  for (let k = start + 1; k < end - 1; k++) if (gaz[k * NC + ORG_NAME] !== 2) return false
  return true
}

/**
 * Multi-word well-known organisations written capitalised that no span covers, or that only
 * LOC or MISC spans inside the name cover ("an Islamic State banner" with "Islamic" MISC): those
 * become one ORG span.
 */
function addUntaggedOrgs(words: Words, gaz: Uint8Array, spans: TokenSpan[]): void {
  const n = words.text.length
  // Per word: 0 untagged, 1 inside a LOC or MISC span, 2 inside another span.
  const tagged = new Uint8Array(n)
  for (const s of spans) tagged.fill(s.type === LOC || s.type === MISC ? 1 : 2, s.start, s.end)
  for (let i = 0; i < n; i++) {
    if (gaz[i * NC + ORG_NAME] !== 1) continue
    let e = i + 1
    while (e < n && gaz[e * NC + ORG_NAME] === 2) e++
    if (e >= n || gaz[e * NC + ORG_NAME] !== 3) continue
    e++
    let ok = words.sentence[e - 1] === words.sentence[i]
    // Every word with letters capitalised ("Al - Qaeda": the hyphens have none).
    for (let k = i; k < e && ok; k++) {
      const w = words.text[k] as string
      ok = tagged[k] !== 2 && (!LETTER.test(w) || UPPER_START.test(w))
    }
    // Spans inside the name give way to it; a span reaching out of it keeps it.
    for (let k = spans.length - 1; k >= 0 && ok; k--) {
      const s = spans[k] as TokenSpan
      if (s.end <= i || s.start >= e) continue
      if (s.start < i || s.end > e) ok = false
    }
    if (!ok) continue
    for (let k = spans.length - 1; k >= 0; k--) {
      const s = spans[k] as TokenSpan
      if (s.start >= i && s.end <= e) spans.splice(k, 1)
    }
    spans.push({ start: i, end: e, type: ORG })
    i = e - 1
  }
}

/** Splits a span at a lower-case "and the" between two capitalised parts. */
function splitAndThe(words: Words, s: TokenSpan): TokenSpan[] {
  for (let k = s.start + 1; k + 2 < s.end; k++) {
    if (words.norm[k] !== 'and' || words.norm[k + 1] !== 'the') continue
    if (words.text[k] !== 'and' || words.text[k + 1] !== 'the') continue
    if (!UPPER_START.test(words.text[k + 2] as string)) continue
    return [{ start: s.start, end: k, type: s.type }, ...splitAndThe(words, { ...s, start: k + 2 })]
  }
  return [s]
}

/**
 * "<title> of <office> <First> <Last>" tagged as one ORG: the personal name is the last two
 * capitalised words (three with a middle initial), when they are not organisation words.
 */
function officeAndPerson(words: Words, s: TokenSpan): TokenSpan[] {
  const { start, end } = s
  if (end - start < 3 || start < 2) return [s]
  if (words.sentence[start - 2] !== words.sentence[start]) return [s]
  if (words.norm[start - 1] !== 'of' || !TITLES.has(words.norm[start - 2] as string)) return [s]
  let first = end - 2
  if (INITIAL.test(words.text[first] as string) && first - 1 > start) first--
  for (let k = first; k < end; k++) {
    const w = words.text[k] as string
    if (!UPPER_START.test(w) || ORG_WORD.has(words.norm[k] as string)) return [s]
    if (k === first && INITIAL.test(w)) return [s]
  }
  const person = { start: first, end, type: PERSON }
  return first - start >= 2 ? [{ start, end: first, type: ORG }, person] : [person]
}

/** Class words that open a geographic feature's name ("River Eden", "Mount Kenya"). */
const FEATURE_FIRST = new Set(['river', 'lake', 'mount', 'mt.', 'gulf', 'cape', 'loch'])
/** Class words that close one ("Eden River", "Atacama Desert", "Canary Islands"). */
// biome-ignore format: a word list
const FEATURE_LAST = new Set([
  'river', 'lake', 'sea', 'ocean', 'mountains', 'mountain', 'valley', 'island', 'islands',
  'strait', 'bay', 'desert', 'peninsula', 'glacier', 'canal', 'delta', 'coast',
])
/** Words that open a storm's name ("Storm Ivo", "Tropical Storm Lee", "Hurricane Maria"). */
const STORM_FIRST = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical'])

/** LOC or MISC for a span that a feature's or a storm's class word names, else null. */
function namedFeature(words: Words, s: TokenSpan): number | null {
  if (s.end - s.start < 2) return null
  const first = words.norm[s.start] as string
  const last = words.norm[s.end - 1] as string
  if (STORM_FIRST.has(first)) return MISC
  if (FEATURE_FIRST.has(first) || FEATURE_LAST.has(last)) return LOC
  return null
}
