import type { Token } from '../core/doc.js'
import {
  CONTROL_STATUS,
  OBJECT_CONTROL,
  PRONOUNS,
  QUANTITY_NOUNS,
  SPEECH_ACT_VERBS,
  TIME_WORDS,
} from './data/cues.js'
import { gluedLeft } from './match.js'

/**
 * Shallow clause reading over the token layer: noun phrases, the subject and object of a verb,
 * agentive "by" phrases and prepositional recipients. Token indices are into the document's token
 * layer; `lo`/`hi` bound the sentence (`hi` exclusive). No parser: the rules read part-of-speech
 * tags and a few function words, so they are fast and degrade gracefully on odd text.
 */
export interface Sent {
  readonly toks: readonly Token[]
  readonly lo: number
  readonly hi: number
  /** True for tokens inside a time expression (from the timex layer, or a time word). */
  readonly isTime: (i: number) => boolean
  /** The surface text of token `i`. */
  readonly text: (i: number) => string
}

/** A noun phrase: tokens `[start, end)`, and its head (the last noun, name or pronoun). */
export interface NP {
  readonly start: number
  readonly end: number
  readonly head: number
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
const HEAD_POS = new Set(['NOUN', 'PROPN'])
const REL = new Set(['who', 'which', 'that', 'whom', 'whose'])
const SKIP_LEFT = new Set(['AUX', 'ADV', 'PART'])
const PARTICIPIAL_OPENERS = new Set([
  ',',
  'by',
  'after',
  'before',
  'while',
  'without',
  'when',
  'since',
  '—',
  '–',
])

function tok(s: Sent, i: number): Token | undefined {
  return i >= s.lo && i < s.hi ? s.toks[i] : undefined
}

/** True for a personal pronoun that can stand for an actor (he, they, it, we...). */
export function isPersonalPronoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PRON' && PRONOUNS[t.norm] !== undefined
}

/** Prepositions after which a place or an organisation qualifies the noun before it. */
const LOC_PREPS = new Set(['in', 'at', 'from', 'near', 'on', 'against', 'for'])

/**
 * How many such phrases may stack on one noun: "Miners [at the mine] [in the desert]" are miners.
 * A third is rarer than a phrase of the clause before the subject.
 */
const MAX_LOCS = 2

/**
 * True when token `i` is a common noun a prepositional phrase can hang on ("protesters in
 * Tbilisi"), counting a sentence's first word, which the tagger often reads as a name
 * ("Officials in Kyiv").
 */
function hangingNoun(s: Sent, i: number): boolean {
  const t = tok(s, i)
  if (!t) return false
  return t.pos === 'NOUN' || (t.pos === 'PROPN' && i === s.lo && /s$/.test(t.norm))
}

/** The noun phrase that ends at token `e`, or null when `e` cannot head one. */
export function npEndingAt(s: Sent, e: number): NP | null {
  const last = tok(s, e)
  if (!last) return null
  if (isPersonalPronoun(last)) return { start: e, end: e + 1, head: e }
  if (!HEAD_POS.has(last.pos) && !(last.pos === 'NUM' && !s.isTime(e))) return null
  if (s.isTime(e) && last.pos !== 'PROPN') return null
  let i = e - 1
  let ofs = 0
  let locs = 0
  let sawAnd = false
  let head = e
  while (i >= s.lo) {
    const t = s.toks[i] as Token
    if (gluedLeft(s.toks, i + 1) || gluedLeft(s.toks, i)) {
      i--
      continue
    }
    if (NOMINAL.has(t.pos) && !s.isTime(i)) {
      i--
      continue
    }
    const right = tok(s, i + 1)
    const left = tok(s, i - 1)
    if (
      t.pos === 'VERB' &&
      t.norm.endsWith('ed') &&
      right &&
      NOMINAL.has(right.pos) &&
      left &&
      /^(ADJ|DET|CCONJ)$/.test(left.pos)
    ) {
      i--
      continue
    }
    if (t.norm === "'s" || t.norm === "'" || t.norm === '’s' || t.norm === '’') {
      i--
      continue
    }
    if (t.pos === 'DET' || (t.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(t.norm))) {
      i--
      // "Ana Ruiz and a group of senators": a coordinated name before the determiner
      const and = tok(s, i)
      const name = tok(s, i - 1)
      if (and?.norm === 'and' && name?.pos === 'PROPN') {
        i -= 2
        while (i >= s.lo && (s.toks[i] as Token).pos === 'PROPN') i--
        // "The president of Peru and the prime minister of Bolivia": the name ends an "of" phrase
        // whose noun is the first conjunct's head
        if (tok(s, i)?.norm === 'of' && tok(s, i - 1)?.pos === 'NOUN') {
          i--
          continue
        }
        break
      }
      // "the head of the agency", "no court in the country": the noun the phrase hangs on
      const prep = tok(s, i)
      const noun = tok(s, i - 1)
      const hangs =
        prep !== undefined &&
        noun !== undefined &&
        !s.isTime(i - 1) &&
        ((prep.norm === 'of' && ofs === 0 && HEAD_POS.has(noun.pos)) ||
          (LOC_PREPS.has(prep.norm) && locs < MAX_LOCS && hangingNoun(s, i - 1)))
      if (hangs) continue
      break
    }
    const prev = tok(s, i - 1)
    if (
      LOC_PREPS.has(t.norm) &&
      locs < MAX_LOCS &&
      prev &&
      hangingNoun(s, i - 1) &&
      !s.isTime(i - 1)
    ) {
      locs++
      head = i - 1
      i--
      continue
    }
    if (t.norm === 'of' && ofs === 0 && prev && HEAD_POS.has(prev.pos)) {
      ofs++
      // "the government of Tarvia province" is a government; "thousands of farmers" are farmers
      if (!QUANTITY_NOUNS.has(prev.lemma)) head = i - 1
      i--
      continue
    }
    if (
      (t.norm === 'and' || t.norm === '&') &&
      prev &&
      NOMINAL.has(prev.pos) &&
      !s.isTime(i - 1) &&
      !closesClause(s, i - 1)
    ) {
      sawAnd = true
      i--
      continue
    }
    // "Lithuania, Latvia and Estonia": the earlier names of a list, up to a word that opens it
    if (t.norm === ',' && sawAnd && prev?.pos === 'PROPN' && !s.isTime(i - 1)) {
      let k = i - 1
      while (k - 1 >= s.lo && (s.toks[k - 1] as Token).pos === 'PROPN') k--
      const opener = tok(s, k - 1)
      if (k - 1 < s.lo || opener?.norm === ',' || opener?.norm === 'and') {
        i = k - 1
        continue
      }
    }
    break
  }
  let start = i + 1
  while (start < e && /^(and|of|&|,)$/.test((s.toks[start] as Token).norm)) start++
  return { start, end: e + 1, head }
}

/** The noun phrase that starts at (or just after determiners and quantities from) token `b`. */
export function npStartingAt(s: Sent, b: number): NP | null {
  let i = b
  const first = tok(s, i)
  if (!first) return null
  if (isPersonalPronoun(first) && !/^(his|her|its|their|our|my)$/.test(first.norm)) {
    return { start: i, end: i + 1, head: i }
  }
  const start = i
  let head = -1
  let ofs = 0
  while (i < s.hi) {
    const t = s.toks[i] as Token
    if (gluedLeft(s.toks, i) || gluedLeft(s.toks, i + 1)) {
      if (HEAD_POS.has(t.pos)) head = i
      i++
      continue
    }
    if (t.pos === 'DET' || (t.pos === 'PRON' && /^(his|her|its|their|our|my)$/.test(t.norm))) {
      if (head !== -1) break
      i++
      continue
    }
    if (t.norm === "'s" || t.norm === '’s' || t.norm === "'") {
      i++
      continue
    }
    if (
      head !== -1 &&
      (s.isTime(i) || (t.pos === 'NUM' && (s.toks[head] as Token).pos === 'PROPN'))
    )
      break
    if (
      NOMINAL.has(t.pos) ||
      (t.pos === 'ADV' && head === -1 && /^(more|than|least|nearly|about|some|up)$/.test(t.norm))
    ) {
      if (HEAD_POS.has(t.pos)) head = i
      i++
      continue
    }
    // "more than 40", "up to 300", "at least 48 protesters"
    if (
      (t.norm === 'than' || t.norm === 'at' || t.norm === 'to') &&
      head === -1 &&
      (i > b || (t.norm === 'at' && /^(least|most)$/.test(tok(s, i + 1)?.norm ?? '')))
    ) {
      i++
      continue
    }
    const next = tok(s, i + 1)
    if (t.norm === 'of' && head !== -1 && next) {
      const h = s.toks[head] as Token
      if (QUANTITY_NOUNS.has(h.lemma) && ofs === 0) {
        ofs++
        head = -1
        i++
        continue
      }
      if (
        ofs === 0 &&
        (next.pos === 'PROPN' || (next.pos === 'DET' && tok(s, i + 2)?.pos === 'PROPN'))
      ) {
        ofs++
        i++
        continue
      }
    }
    if (
      (t.norm === 'and' || t.norm === '&') &&
      head !== -1 &&
      next &&
      (NOMINAL.has(next.pos) || next.pos === 'DET') &&
      !opensClause(s, i + 1)
    ) {
      i++
      continue
    }
    break
  }
  if (head === -1) return null
  let end = head + 1
  // "the Bolivian border police and" never ends on a conjunction
  while (end > start && /^(and|of|&)$/.test((s.toks[end - 1] as Token).norm)) end--
  return { start, end, head }
}

/**
 * True when the words from `b` are the subject of a new clause: a short noun phrase followed by a
 * verb ("Hamas freed 50 hostages and [Israel released] 150 prisoners"), so the "and" before them
 * joins clauses, not noun phrases.
 */
function opensClause(s: Sent, b: number): boolean {
  let i = b
  while (i < s.hi && i < b + 6) {
    const t = s.toks[i] as Token
    if (NOMINAL.has(t.pos) || t.pos === 'DET' || t.norm === "'s" || t.norm === '’s') i++
    else return i > b && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm)
  }
  return false
}

/**
 * True when the words ending at `e` are the object of a verb before them ("Hamas [freed 50
 * hostages] and Israel released ..."), so an "and" after them joins clauses, not noun phrases.
 */
function closesClause(s: Sent, e: number): boolean {
  let i = e
  while (i >= s.lo && i > e - 6) {
    const t = s.toks[i] as Token
    if (NOMINAL.has(t.pos) || t.pos === 'DET' || t.norm === "'s" || t.norm === '’s') i--
    else return i < e && t.pos === 'VERB'
  }
  return false
}

/** True when the verb at `v` is passive ("was attacked", "has been put"). */
export function isPassive(s: Sent, v: number): boolean {
  const t = tok(s, v)
  if (!t || t.norm.endsWith('ing') || t.norm === t.lemma) return false
  let i = v - 1
  while (tok(s, i)?.pos === 'ADV' || tok(s, i)?.norm === 'not' || tok(s, i)?.norm === "n't") i--
  const aux = tok(s, i)
  return aux !== undefined && (aux.lemma === 'be' || aux.lemma === 'get') && aux.pos !== 'VERB'
}

/**
 * True when the participle at `v` opens a reduced passive relative clause on the noun before it,
 * with a "by" phrase that names its agent: "a pay rise [offered by the company]", "talks in the
 * capital [hosted by Norway]", "reporters [detained by the police]". The noun is what the act was
 * done to, not its actor. A "by" phrase that names no one ("attacked by night") is no agent.
 */
export function reducedPassive(s: Sent, v: number): boolean {
  const t = tok(s, v)
  const prev = tok(s, v - 1)
  if (!t || !prev || (t.pos !== 'VERB' && t.pos !== 'ADJ')) return false
  if (t.norm.endsWith('ing') || t.norm === t.lemma || !t.norm.endsWith('ed')) {
    // irregular participles ("held", "taken", "given") are not told from past tenses by form
    if (!IRREGULAR_PARTICIPLES.has(t.norm)) return false
  }
  if (!nounBefore(s, v - 1) || s.isTime(v - 1)) return false
  if (tok(s, v + 1)?.norm !== 'by') return false
  const agent = npStartingAt(s, v + 2)
  return agent !== null && !s.isTime(agent.head) && namesSomeone(s, agent)
}

/**
 * True when token `i` ends a noun phrase: a noun or name, or a base-form verb right after a
 * determiner, number or adjective, which the tagger gave a noun ("a 4% raise").
 */
function nounBefore(s: Sent, i: number): boolean {
  const t = tok(s, i)
  if (!t) return false
  if (HEAD_POS.has(t.pos)) return true
  const p = tok(s, i - 1)
  return (
    t.pos === 'VERB' && t.norm === t.lemma && p !== undefined && /^(DET|NUM|ADJ|SYM)$/.test(p.pos)
  )
}

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set([
  'held',
  'taken',
  'given',
  'shot',
  'beaten',
  'hit',
  'struck',
  'sent',
  'caught',
  'driven',
])

/**
 * True when the phrase's head is someone: a name, a pronoun, or a person or group noun ("the
 * protesters"), not a thing that merely mentions a name ("talks in the Zambian capital").
 */
export function headIsSomeone(s: Sent, np: NP): boolean {
  const h = s.toks[np.head] as Token
  if (isPersonalPronoun(h) || GROUP.has(h.lemma) || GROUP.has(h.norm.replace(/s$/, ''))) return true
  // a sentence's first word in -s is often a common noun read as a name ("Talks in ...")
  return h.pos === 'PROPN' && !s.isTime(np.head) && !hangingNoun(s, np.head)
}

/** The nearest verb left of `i` in the sentence (not an auxiliary), or -1. */
export function verbLeft(s: Sent, i: number): number {
  for (let j = i; j >= s.lo; j--) {
    const t = s.toks[j] as Token
    if (t.pos === 'VERB' && !gluedLeft(s.toks, j)) return j
    // "had a conversation": an auxiliary used as the main verb
    const next = s.toks[j + 1]
    if (t.pos === 'AUX' && next && j + 1 < s.hi && (next.pos === 'DET' || next.pos === 'NOUN'))
      return j
  }
  return -1
}

function skipTimeLeft(s: Sent, i: number): number {
  let j = i
  for (;;) {
    const t = tok(s, j)
    if (!t) return j
    if (s.isTime(j) || (t.pos === 'NUM' && s.isTime(j - 1))) {
      j--
      continue
    }
    if (
      j < i &&
      (t.pos === 'ADP' || t.norm === 'this') &&
      (s.isTime(j + 1) || tok(s, j + 1)?.pos === 'NUM')
    ) {
      j--
      continue
    }
    if (t.pos === 'ADV' && j < i) {
      j--
      continue
    }
    return j
  }
}

/**
 * The subject of the verb at `v`: the noun phrase before it (skipping auxiliaries, adverbs, time
 * phrases, appositions and relative pronouns), or for an infinitive or participle the subject of
 * the clause that controls it ("Zelensky ... urging Trump", "invited Trump to visit").
 */
export function subjectOf(s: Sent, v: number, depth = 0): NP | null {
  if (depth > 4 || v <= s.lo) return null
  const verb = s.toks[v] as Token
  let i = v - 1
  while (tok(s, i)?.pos === 'ADV') i--
  const before = tok(s, i)
  if (before && before.norm === 'to' && before.pos !== 'ADP') return controllerOf(s, i, depth)
  if (before && before.norm === 'to' && verb.pos === 'VERB') return controllerOf(s, i, depth)
  if (
    verb.pos === 'VERB' &&
    verb.norm.endsWith('ing') &&
    (!before ||
      reducedClause(s, i) ||
      PARTICIPIAL_OPENERS.has(before.norm) ||
      before.pos === 'SCONJ')
  ) {
    const main = verbLeft(s, i - 1)
    return main === -1 ? null : subjectOf(s, main, depth + 1)
  }
  while (i >= s.lo && SKIP_LEFT.has((s.toks[i] as Token).pos) && (s.toks[i] as Token).norm !== 'to')
    i--
  i = skipTimeLeft(s, i)
  while (i >= s.lo && SKIP_LEFT.has((s.toks[i] as Token).pos) && (s.toks[i] as Token).norm !== 'to')
    i--
  let t = tok(s, i)
  if (t && (t.norm === ',' || t.norm === ')')) {
    // an apposition or parenthesis between subject and verb: "Norway, a close EU partner, has refused"
    const open = t.norm === ')' ? '(' : ','
    let j = i - 1
    while (j >= s.lo && (s.toks[j] as Token).norm !== open) j--
    if (j >= s.lo && npEndingAt(s, j - 1)) i = j - 1
    else i = i - 1
    t = tok(s, i)
  }
  if (t && REL.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
    i--
    if (tok(s, i)?.norm === ',') i--
    t = tok(s, i)
  }
  let np = npEndingAt(s, i)
  // "Three reporters detained by the police were freed": the agent of a reduced relative is not
  // the subject; the noun the relative hangs on is
  if (np && tok(s, np.start - 1)?.norm === 'by' && reducedPassive(s, np.start - 2))
    np = npEndingAt(s, np.start - 3) ?? np
  if (
    np &&
    tok(s, np.start - 1)?.norm === 'with' &&
    /^(along|together)$/.test(tok(s, np.start - 2)?.norm ?? '')
  ) {
    np = npEndingAt(s, np.start - 3) ?? np
  }
  if (np) return widenAppositive(s, np)
  if (t && (t.norm === 'and' || t.norm === 'but' || t.norm === ',' || t.pos === 'VERB')) {
    const main =
      t.pos === 'VERB'
        ? verbLeft(s, i)
        : coordinatedWith(s, i - 1, SPEECH_ACT_VERBS.has(verb.lemma))
    return main === -1 || main >= v ? null : subjectOf(s, main, depth + 1)
  }
  return null
}

/**
 * The verb a coordinated verb phrase ending at `i` joins ("accused the opposition of organizing
 * violence and [vowed]"): the nearest finite verb to the left, skipping gerunds and infinitives.
 * A second speech act joins the speech act whose that-clause lies between them ("told reporters
 * that Hungary would not block it but [warned]" is Orban's warning).
 */
function coordinatedWith(s: Sent, i: number, speech: boolean): number {
  let m = verbLeft(s, i)
  while (m > s.lo && (isNonFinite(s, m) || gluedLeft(s.toks, m))) m = verbLeft(s, m - 1)
  if (m === -1 || !speech) return m
  for (let j = m - 1; j > s.lo; j--) {
    const t = s.toks[j] as Token
    if (t.norm !== 'that' || t.pos !== 'SCONJ') continue
    const r = verbLeft(s, j - 1)
    if (r !== -1 && SPEECH_ACT_VERBS.has((s.toks[r] as Token).lemma)) return r
    break
  }
  return m
}

/** A gerund or participle in -ing, or a verb after infinitival "to". */
function isNonFinite(s: Sent, v: number): boolean {
  return (s.toks[v] as Token).norm.endsWith('ing') || tok(s, v - 1)?.norm === 'to'
}

/** "published a statement demanding that ...": a participle after the object of a finite verb. */
function reducedClause(s: Sent, i: number): boolean {
  if (tok(s, i)?.pos !== 'NOUN') return false
  const v = verbLeft(s, i - 1)
  return v !== -1 && (s.toks[v] as Token).pos === 'VERB'
}

/** "Quatar's emir, Sheikh Hamad ..." → the phrase from the first noun phrase of the sentence. */
function widenAppositive(s: Sent, np: NP): NP {
  const comma = tok(s, np.start - 1)
  if (comma?.norm !== ',') return np
  const first = npEndingAt(s, np.start - 2)
  if (first && first.start === s.lo) return { start: first.start, end: np.end, head: first.head }
  return np
}

/** The subject of an infinitive whose `to` is at `toIdx`. */
function controllerOf(s: Sent, toIdx: number, depth: number): NP | null {
  let k = toIdx - 1
  while (tok(s, k)?.pos === 'ADV') k--
  const t = tok(s, k)
  if (!t) return null
  if (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'AUX') return subjectOf(s, k, depth + 1)
  // "The minister plans to visit": a control verb tagged as a noun
  if (t.pos === 'NOUN' && CONTROL_STATUS[t.lemma] !== undefined) {
    const np = npEndingAt(s, k - 1)
    if (np) return np
  }
  const obj = npEndingAt(s, k)
  if (obj) {
    let g = obj.start - 1
    while (tok(s, g)?.pos === 'ADV') g--
    const gov = tok(s, g)
    if (gov && gov.pos === 'VERB' && OBJECT_CONTROL.has(gov.lemma)) return obj
    if (gov && gov.norm === 'on' && tok(s, g - 1)?.lemma === 'call') return obj
    const main = verbLeft(s, obj.start - 1)
    return main === -1 ? null : subjectOf(s, main, depth + 1)
  }
  const main = verbLeft(s, k)
  return main === -1 ? null : subjectOf(s, main, depth + 1)
}

/** The direct object after token `after` ("criticized the Ukrainian president"), or null. */
export function objectAfter(s: Sent, after: number): NP | null {
  let i = after + 1
  // "rejected Monday a World Bank offer": adverbs and time words before the object
  while (
    i < s.hi &&
    (tok(s, i)?.pos === 'ADV' ||
      s.isTime(i) ||
      (tok(s, i)?.pos === 'ADP' && s.isTime(i + 1) && tok(s, i)?.norm !== 'to'))
  )
    i++
  const t = tok(s, i)
  if (!t || t.norm === 'to' || t.norm === 'that') return null
  if (t.pos === 'PRON' && !isPersonalPronoun(t)) return null
  return npStartingAt(s, i)
}

/** Index where the clause that holds token `i` ends (exclusive): a semicolon, dash, or subordinator. */
export function clauseEnd(s: Sent, i: number, stopAtComma: boolean): number {
  for (let j = i; j < s.hi; j++) {
    const t = s.toks[j] as Token
    if (
      t.norm === ';' ||
      t.norm === '—' ||
      t.norm === ':' ||
      t.norm === '"' ||
      t.norm === '“' ||
      t.norm === '”'
    )
      return j
    if (stopAtComma && t.norm === ',') return j
    if (t.pos === 'SCONJ' && t.norm !== 'than') return j
    if (REL.has(t.norm) && t.pos === 'PRON') return j
  }
  return s.hi
}

/** The first noun phrase introduced by one of `preps` after token `after`, within the clause. */
export function prepObject(
  s: Sent,
  after: number,
  preps: readonly string[],
  limit = 14,
): NP | null {
  if (preps.length === 0) return null
  const end = Math.min(clauseEnd(s, after + 1, false), after + 1 + limit)
  for (let j = after + 1; j < end; j++) {
    const t = s.toks[j] as Token
    if (t.pos === 'VERB' && j > after + 1 && tok(s, j - 1)?.norm !== 'to') {
      // a new verb: the recipient search stays in the trigger's own phrase
      if (!t.norm.endsWith('ing')) return null
    }
    if (!preps.includes(t.norm)) continue
    if (s.isTime(j + 1)) continue
    const np = npStartingAt(s, j + 1)
    if (np && !s.isTime(np.head) && !TIME_WORDS.has((s.toks[np.head] as Token).norm)) return np
  }
  return null
}

/** Heads of noun phrases that name people or groups even without a proper name. */
const GROUP = new Set([
  'people',
  'rebel',
  'force',
  'troop',
  'soldier',
  'refugee',
  'government',
  'official',
  'leader',
  'worker',
  'student',
  'civilian',
  'militant',
  'police',
  'army',
  'protester',
  'demonstrator',
  'minister',
  'president',
  'faction',
  'party',
  'guerrilla',
  'militia',
  'prisoner',
  'detainee',
  'citizen',
  'resident',
  'villager',
  'authority',
  'diplomat',
  'ambassador',
  'candidate',
  'group',
  'country',
  'nation',
  'state',
  'regime',
  'opposition',
  'member',
  'journalist',
  'activist',
])

/** True when a phrase names someone: a proper noun in it, a pronoun, or a person/group head. */
export function namesSomeone(s: Sent, np: NP): boolean {
  for (let k = np.start; k < np.end; k++) if ((s.toks[k] as Token).pos === 'PROPN') return true
  const h = s.toks[np.head] as Token
  return isPersonalPronoun(h) || GROUP.has(h.lemma)
}

const CONTENT_PREPS = ['by', 'from', 'of', 'with', 'against', 'on', 'to', 'in', 'into', 'for']

/**
 * A recipient phrase: when it names no one ("an immediate admission", "further action"), the
 * phrase after it that does ("... by Moscow", "... against Russia") takes its place.
 */
export function whoseContent(s: Sent, np: NP | null): NP | null {
  if (!np || namesSomeone(s, np)) return np
  let at = np.end
  // "alleged abuses committed by militia fighters": a participle before the preposition
  if (
    tok(s, at)?.pos === 'VERB' &&
    /(ed|ing)$/.test(tok(s, at)?.norm ?? '') &&
    CONTENT_PREPS.includes(tok(s, at + 1)?.norm ?? '')
  )
    at++
  const next = tok(s, at)
  if (!next || !CONTENT_PREPS.includes(next.norm)) return np
  const inner = npStartingAt(s, at + 1)
  if (inner && namesSomeone(s, inner)) return inner
  return np
}

/** The first phrase after `after` that names someone by a proper name, through any preposition. */
export function namedAfter(s: Sent, after: number, limit = 16): NP | null {
  const end = Math.min(s.hi, after + 1 + limit)
  for (let j = after + 1; j < end; j++) {
    const t = s.toks[j] as Token
    if (t.norm === ';' || t.norm === ',' || t.norm === '"' || t.norm === '—') return null
    if (!CONTENT_PREPS.includes(t.norm) || s.isTime(j + 1)) continue
    const np = npStartingAt(s, j + 1)
    if (!np) continue
    for (let k = np.start; k < np.end; k++)
      if ((s.toks[k] as Token).pos === 'PROPN' && !s.isTime(k)) return np
  }
  return null
}

/** The agent of a passive verb: "was attacked by rebel gunmen". */
export function byAgent(s: Sent, after: number): NP | null {
  return prepObject(s, after, ['by'], 8)
}

/** The possessor before a noun: "Russia's invasion" → Russia. */
export function possessorOf(s: Sent, noun: number): NP | null {
  let i = noun - 1
  while (i > s.lo) {
    const t = s.toks[i] as Token
    if (t.norm === "'s" || t.norm === '’s' || t.norm === "'") return npEndingAt(s, i - 1)
    if (
      t.pos === 'ADJ' ||
      t.pos === 'NOUN' ||
      gluedLeft(s.toks, i) ||
      gluedLeft(s.toks, i + 1) ||
      t.norm === '-'
    ) {
      i--
      continue
    }
    return null
  }
  return null
}
