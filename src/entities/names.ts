import type { EntityType, Span } from '../core/schema.js'
import type { NerSpan } from '../nlp/ner/tagger.js'
import { type Analysis, capitalised, isSubject, norm } from './analysis.js'
import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.js'
import { PARTY_WORDS, SEATS_OF_GOVERNMENT } from './data/nominals.js'
import { KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES } from './data/orgs.js'
import { countryOf, countryOfDemonym, fold, isKnownPlace } from './data/places.js'
import { HONORIFICS, TITLE_MODIFIERS } from './data/titles.js'
import { NOT_NAMES } from './data/words.js'
import { COORDINATORS, nameSpans, type Work } from './spans.js'
import { isPossessive, TITLE_WORDS, type TitleHit, titleAt, titleBefore } from './titles.js'

/** One proper-name mention, with the evidence read around it. */
export interface NameMention {
  /** UTF-16 offsets of the name itself (no title, no possessive). */
  readonly start: number
  readonly end: number
  /** Token range [first, last) of the name. */
  readonly first: number
  readonly last: number
  readonly sentence: number
  readonly type: EntityType
  /** How sure the type is: 3 rule evidence (title, gazetteer, suffix), 2 tagger, 1 hint, 0 none. */
  readonly strength: number
  readonly title: TitleHit | null
  readonly gender: 'm' | 'f' | null
  /** ISO alpha-3 code when the name is a country. */
  readonly country: string | null
  /** Folded tokens of the name (particles kept). */
  readonly words: readonly string[]
  /** The sentence is in capitals: the name may only join an entity found elsewhere. */
  readonly caps: boolean
  readonly subject: boolean
  /** The name is a seat of government ("Kremlin"): the alpha-3 code of its country. */
  readonly seat: string | null
  /** Start offset of "the" right before the name, when there is one (for nominal seats). */
  readonly theStart: number | null
}

const LOC_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside'])

/**
 * Turns the tagger's spans into name mentions: repairs spans cut inside a word or at a name
 * particle or hyphen, takes titles off the name ("President Volodymyr Zelensky" → the name
 * "Volodymyr Zelensky" with the title "President"), drops possessive endings, spans that are only
 * dates, titles or nationality words, capitalised sentence openers, and anything inside a
 * byline or dateline; then decides the type from the strongest evidence.
 */
export function findNames(
  a: Analysis,
  spans: readonly NerSpan[],
  excluded: readonly Span[],
): NameMention[] {
  const work = nameSpans(a, spans, notAName)
  const endsAt = new Map<number, Work>()
  for (const w of work) endsAt.set(w.last, w)
  const spanEndingAt = (token: number) => {
    const w = endsAt.get(token)
    if (!w) return null
    const t0 = a.tokens[w.first]
    const t1 = a.tokens[w.last - 1]
    if (!t0 || !t1 || w.type === 'PERSON') return null
    return { start: w.first, name: a.text.slice(t0.start, t1.end) }
  }
  // Surnames of the tagged people: "King" alone is a name when "Billie Jean King" is one.
  const surnames = new Set<string>()
  for (const w of work) {
    if (w.type !== 'PERSON' || w.last - w.first < 2) continue
    surnames.add(fold(norm(a, w.last - 1)))
  }
  const out: NameMention[] = []
  let ex = 0
  for (const w of work) {
    const mention = toMention(a, w, spanEndingAt, surnames)
    if (!mention) continue
    while (ex < excluded.length && (excluded[ex] as Span).end <= mention.start) ex++
    const x = excluded[ex]
    if (x && x.start < mention.end && mention.start < x.end) continue
    out.push(mention)
  }
  return agreeCoordinated(a, out, surnames)
}

/**
 * Coordinated names share a type: in "Zelensky and Biden" a one-word name the tagger called a
 * place, an organisation or MISC, and that no gazetteer knows, is a person like its partner.
 */
function agreeCoordinated(
  a: Analysis,
  names: NameMention[],
  surnames: ReadonlySet<string>,
): NameMention[] {
  for (let i = 0; i + 1 < names.length; i++) {
    const x = names[i] as NameMention
    const y = names[i + 1] as NameMention
    if (y.first !== x.last + 1 || !COORDINATORS.has(norm(a, x.last))) continue
    // The one-word name is a whole noun phrase ("three RBI", "Chechen separatists" are not).
    const alone = (m: NameMention) => {
      const before = a.tokens[m.first - 1]
      const after = a.tokens[m.last]
      const mod = (t: typeof before) =>
        t !== undefined && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos)
      return (
        !mod(after) &&
        !(before && (before.pos === 'DET' || before.pos === 'NUM' || before.pos === 'ADJ'))
      )
    }
    const weak = (m: NameMention) =>
      m.words.length === 1 &&
      ((m.strength === 2 && (m.type === 'LOC' || m.type === 'ORG')) ||
        (m.strength === 0 && m.type === 'MISC')) &&
      !countryOf(m.words[0] as string) &&
      !isKnownPlace(m.words[0] as string) &&
      alone(m)
    // The partner is surely a person: a title, a full name, or the surname of one.
    const sure = (m: NameMention) =>
      m.type === 'PERSON' &&
      (m.strength >= 3 ||
        (m.strength >= 2 && (m.words.length >= 2 || surnames.has(m.words[0] as string))))
    if (sure(x) && weak(y)) names[i + 1] = { ...y, type: 'PERSON', strength: 2 }
    else if (sure(y) && weak(x)) names[i] = { ...x, type: 'PERSON', strength: 2 }
  }
  return names
}

const TRAILING_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'you'])

/** True when the word after token `last - 1` is a noun the name modifies ("Roman Catholic archdiocese"). */
function modifies(a: Analysis, last: number): boolean {
  const t = a.tokens[last]
  return t !== undefined && t.sentence === a.tokens[last - 1]?.sentence && t.pos === 'NOUN'
}

function hasOpen(a: Analysis, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (norm(a, k) === '(') return true
  return false
}

function isSentenceStart(a: Analysis, k: number): boolean {
  const t = a.tokens[k]
  return t !== undefined && a.sentenceFirst[t.sentence] === k
}

function toMention(
  a: Analysis,
  w: Work,
  spanEndingAt: (token: number) => { start: number; name: string } | null,
  surnames: ReadonlySet<string>,
): NameMention | null {
  let first = w.first
  let last = w.last
  // Possessive endings and trailing punctuation are not part of the name.
  while (last > first && (isPossessive(a, last - 1) || !/[\p{L}\p{N}]/u.test(norm(a, last - 1)))) {
    // A closing bracket stays when the name opened it ("Mladost ( L )").
    if (norm(a, last - 1) === ')' && hasOpen(a, first, last - 1)) break
    last--
  }
  // A pronoun glued to the end of a span across an unsplit sentence ("on X. He said").
  while (last - first > 1 && TRAILING_PRONOUNS.has(norm(a, last - 1))) last--
  // "the" is not part of a name, unless capitalised inside a sentence ("at The Hague").
  while (
    first < last &&
    ((norm(a, first) === 'the' && (!capitalised(a, first) || isSentenceStart(a, first))) ||
      a.tokens[first]?.pos === 'PUNCT')
  ) {
    first++
  }
  first = stripLeadingTitles(a, first, last, w.type)
  if (first >= last) return null
  // A span that is only a title ("President-elect" tagged apart from the name after it).
  if (titleAt(a, first, last)?.end === last) return null
  const t0 = a.tokens[first]
  const t1 = a.tokens[last - 1]
  if (!t0 || !t1) return null
  const sentence = t0.sentence
  const floor = a.sentenceFirst[sentence] ?? 0
  const surface = a.text.slice(t0.start, t1.end)
  // Words from the surface, not the tokens: the tokenizer may cut a name inside a word.
  const words = fold(surface)
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '-')
  if (words.length === 0) return null
  if (words.every(notAName) && !(words.length === 1 && surnames.has(words[0] as string)))
    return null
  if (!/\p{Lu}/u.test(surface)) return null
  const caps = a.caps[sentence] === 1
  // A capitalised sentence opener that the document also writes in lower case is a common word.
  if (
    first === floor &&
    last - first === 1 &&
    (a.lowerWords.has(words[0] as string) || a.lowerWords.has(t0.lemma))
  ) {
    if (!countryOf(surface) && !isKnownPlace(surface)) return null
  }
  // Titles are not read in a sentence in capitals ("BARATELLI TO COACH NICE").
  const parsed = caps ? null : titleBefore(a, first, floor, spanEndingAt)
  const title = parsed?.hit ?? null
  const country = countryOf(surface)
  const folded = fold(surface)
  const seat = SEATS_OF_GOVERNMENT.get(folded) ?? null
  let type: EntityType = w.type
  let strength = w.type === 'MISC' ? 0 : 2
  let gender: 'm' | 'f' | null = title?.gender ?? parsed?.honorific ?? null
  const firstName = words[0] as string
  const nameGender =
    last - first >= 2 && MALE_NAMES.has(firstName) !== FEMALE_NAMES.has(firstName)
      ? MALE_NAMES.has(firstName)
        ? 'm'
        : 'f'
      : null
  if (title || parsed?.honorific !== undefined) {
    type = 'PERSON'
    strength = 3
  } else if (
    (country || isKnownPlace(surface)) &&
    (w.type === 'LOC' || (w.type === 'MISC' && !modifies(a, last)))
  ) {
    // A place name the tagger read as an organisation (a team, a government) stays one.
    type = 'LOC'
    strength = 3
  } else if (seat || KNOWN_ORGS.has(folded)) {
    type = 'ORG'
    strength = 3
  } else if (last - first >= 2 && ORG_SUFFIXES.has(words[words.length - 1] as string)) {
    type = 'ORG'
    strength = 3
  } else if (last - first >= 3 && ORG_HEADS.has(words[0] as string) && words.includes('of')) {
    type = 'ORG'
    strength = 3
  } else if (strength === 0 && !caps && nameGender && !modifies(a, last)) {
    type = 'PERSON'
    strength = 1
  } else if (
    strength === 0 &&
    !caps &&
    LOC_PREPOSITIONS.has(norm(a, first - 1)) &&
    !modifies(a, last)
  ) {
    type = 'LOC'
    strength = 1
  }
  if (type === 'PERSON' && gender === null) gender = nameGender
  return {
    start: t0.start,
    end: t1.end,
    first,
    last,
    sentence,
    type,
    strength,
    title,
    gender,
    country: type === 'LOC' ? (country?.code ?? null) : null,
    words,
    caps,
    subject: isSubject(a, parsed?.start ?? first, last),
    seat,
    theStart: norm(a, first - 1) === 'the' ? (a.tokens[first - 1]?.start ?? null) : null,
  }
}

/** Words that never make a name alone: dates, titles, nationalities, parties, pronouns. */
export function notAName(w: string): boolean {
  return (
    NOT_NAMES.has(w) ||
    TITLE_WORDS.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    HONORIFICS.has(w) ||
    PARTY_WORDS.has(w) ||
    (countryOfDemonym(w) !== null && countryOf(w) === null) ||
    /^i'/.test(w) ||
    !/\p{L}/u.test(w)
  )
}

/**
 * Moves the start of a name past the titles, honorifics, modifiers and nationality words the
 * tagger left in it ("Foreign Minister Dmytro Kuleba" → "Dmytro Kuleba"). A capitalised word that
 * is also common outside titles ("General Motors") is a title only before a two-word name or a
 * known first name.
 */
function stripLeadingTitles(a: Analysis, first: number, last: number, type: EntityType): number {
  let k = first
  for (let guard = 0; guard < 8 && k < last - 1; guard++) {
    const n = norm(a, k)
    if (HONORIFICS.has(n)) {
      k++
      continue
    }
    if (TITLE_MODIFIERS.has(n) && titleAt(a, norm(a, k + 1) === '-' ? k + 2 : k + 1, last)) {
      k += norm(a, k + 1) === '-' ? 2 : 1
      continue
    }
    const m = titleAt(a, k, last - 1)
    // The name after a title starts with a capital ("Queen of South" is not Queen "of South").
    if (m && capitalised(a, m.end) && !isPossessive(a, m.end)) {
      const rest = last - m.end
      const given = fold(norm(a, m.end))
      // An ambiguous capitalised title ("General", "Major") leaves a person's span only: before
      // a known given name, or before two words in a span the tagger called a person.
      if (
        m.entry.ambiguous &&
        capitalised(a, k) &&
        !MALE_NAMES.has(given) &&
        !FEMALE_NAMES.has(given) &&
        (rest < 2 || type !== 'PERSON')
      ) {
        break
      }
      k = m.end
      continue
    }
    const surface = a.text.slice(a.tokens[k]?.start, a.tokens[k]?.end)
    const countryWord = countryOfDemonym(surface) ?? countryOf(surface)
    const afterCountry = isPossessive(a, k + 1) ? k + 2 : k + 1
    if (countryWord && afterCountry < last && titleAt(a, afterCountry, last - 1)) {
      k = afterCountry
      continue
    }
    // A portfolio word before a title ("Foreign" Minister).
    if (capitalised(a, k) && titleAt(a, k + 1, last - 1) && !countryWord) {
      k++
      continue
    }
    break
  }
  return k
}
