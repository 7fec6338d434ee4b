import type { Token } from '../core/doc.js'
import { NAME_PARTICLES } from '../nlp/data/name-particles.js'
import { COGNITION_CUES, SPEECH_CUES, UNDERGO_VERBS } from './data/cues.js'
import {
  NAME_TITLES,
  NP_OPENERS,
  OBJECT_PRONOUNS,
  SKIPPABLE,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
} from './data/grammar.js'

/** A half-open range of token indices. */
export interface TokRange {
  readonly from: number
  readonly to: number
}

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM'])
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

function isCapitalised(t: Token, text: string): boolean {
  const ch = text[t.start] ?? ''
  return ch !== ch.toLowerCase()
}

/** A token that can end a noun phrase: a noun, a proper noun, or a capitalised word in a name. */
function isHead(t: Token, text: string, prev?: Token): boolean {
  if (NOMINAL.has(t.pos)) return true
  // "the attorney general", "the president-elect": a title's adjective after its noun.
  if (POSTNOMINAL.has(t.norm) && prev?.pos === 'NOUN') return true
  // A capitalised word the tagger missed as a name ("Ted/VERB Cruz"); not a sentence-initial
  // "Having" or "Asked".
  return isCapitalised(t, text) && !NOT_HEADS.has(t.pos) && !t.norm.endsWith('ing')
}

const POSTNOMINAL = new Set(['general', 'elect'])

const NOT_HEADS = new Set(['PRON', 'DET', 'ADP', 'ADV', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'PUNCT'])

/**
 * True when token `i` is a lower-case particle inside a personal name, between capitalised words
 * ("Ursula von der Leyen", "Luiz Inácio da Silva").
 */
function isNameParticle(toks: readonly Token[], text: string, i: number): boolean {
  const particle = (k: number) => {
    const t = toks[k]
    return t !== undefined && NAME_PARTICLES.has(t.norm) && !isCapitalised(t, text)
  }
  if (!particle(i)) return false
  let a = i - 1
  while (particle(a)) a--
  let b = i + 1
  while (particle(b)) b++
  const before = toks[a]
  const after = toks[b]
  return (
    before !== undefined &&
    after !== undefined &&
    isCapitalised(before, text) &&
    isCapitalised(after, text) &&
    after.pos !== 'PRON'
  )
}

function isPossessive(t: Token): boolean {
  return t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’'
}

/**
 * The noun phrase that ends at token `j` (inclusive), not reaching before `lo`: a subject
 * pronoun, a name ("Ukraine's Foreign Minister Dmytro Kuleba"), or a common noun phrase ("the
 * official", "a spokesman for the ministry"). Null when `j` cannot end a noun phrase.
 */
export function npBefore(
  toks: readonly Token[],
  text: string,
  j: number,
  lo: number,
): TokRange | null {
  const t = toks[j]
  if (!t || j < lo) return null
  // "47% say": a share of people polled.
  if (t.norm === '%' && toks[j - 1]?.pos === 'NUM' && j - 1 >= lo) return { from: j - 1, to: j + 1 }
  // "most of them", "many of us": a quantifier over a pronoun.
  if (/^(them|us|you|those)$/.test(t.norm) && toks[j - 1]?.norm === 'of' && j - 2 >= lo) {
    const q = toks[j - 2] as Token
    if (SUBJECT_PRONOUNS.has(q.norm) || q.pos === 'NUM') return { from: j - 2, to: j + 1 }
  }
  if (t.pos === 'PRON' || SUBJECT_PRONOUNS.has(t.norm)) {
    return SUBJECT_PRONOUNS.has(t.norm) ? { from: j, to: j + 1 } : null
  }
  // "some analyses/VERB suggest": a word the tagger read as a verb is a noun after a determiner.
  const afterDet = t.pos === 'VERB' && toks[j - 1]?.pos === 'DET' && j - 1 >= lo
  if (!afterDet && (!isHead(t, text, toks[j - 1]) || (t.pos === 'VERB' && !isCapitalised(t, text))))
    return null
  let a = j
  while (a - 1 >= lo) {
    const p = toks[a - 1] as Token
    // "On Monday Ursula von der Leyen told": a day before a name is not part of it.
    if (TIME_WORDS.has(p.norm)) break
    if (NOMINAL.has(p.pos) || p.pos === 'ADJ' || isPossessive(p)) {
      a--
      continue
    }
    if (
      (isCapitalised(p, text) && p.pos !== 'PRON' && p.pos !== 'ADP' && p.pos !== 'DET') ||
      isNameParticle(toks, text, a - 1)
    ) {
      a--
      continue
    }
    if (p.norm === '-' && a - 2 >= lo && text[p.start - 1] !== ' ') {
      a--
      continue
    }
    // "Hungary and Slovakia have threatened": two names joined are one subject.
    if (a - 2 >= lo && namesJoinedAt(toks, text, a - 1)) {
      a--
      continue
    }
    if (NP_OPENERS.has(p.norm) && (p.pos === 'DET' || p.pos === 'PRON' || p.pos === 'NUM')) {
      a--
      break
    }
    if (
      (p.norm === 'of' || p.norm === 'for' || p.norm === 'at' || p.norm === 'in') &&
      a - 2 >= lo
    ) {
      const q = toks[a - 2] as Token
      // "a spokesman for the ministry", "six in 10" (but not "votes in Iowa").
      if (
        p.norm === 'in' ? q.pos === 'NUM' && t.pos === 'NUM' : q.pos === 'NOUN' || q.pos === 'PROPN'
      ) {
        a--
        continue
      }
    }
    break
  }
  return { from: a, to: j + 1 }
}

/** The noun phrase that starts at token `k` (an inverted subject: "said the official"). */
export function npAfter(
  toks: readonly Token[],
  text: string,
  k: number,
  hi: number,
): TokRange | null {
  const t = toks[k]
  if (!t || k >= hi) return null
  if (SUBJECT_PRONOUNS.has(t.norm) && t.pos === 'PRON') return { from: k, to: k + 1 }
  let b = k
  if (NP_OPENERS.has(t.norm) && (t.pos !== 'PRON' || POSSESSIVES.has(t.norm))) b++
  let last = -1
  while (b < hi && b < k + 12) {
    const p = toks[b] as Token
    if (NOMINAL.has(p.pos) || p.pos === 'ADJ' || isPossessive(p) || isHead(p, text)) {
      if (NOMINAL.has(p.pos) || isHead(p, text)) last = b
      b++
      continue
    }
    if (isNameParticle(toks, text, b)) {
      b++
      continue
    }
    // "said Hungary and Slovakia": two names joined are one speaker.
    if (last === b - 1 && b + 1 < hi && namesJoinedAt(toks, text, b)) {
      b++
      continue
    }
    if (p.norm === '-' && text[p.start - 1] !== ' ') {
      // "op-ed", "self-funded": the word after the hyphen belongs to the noun, whatever its tag.
      const q = toks[b + 1]
      if (q && q.start === p.end && b + 1 < hi && /^\p{L}/u.test(q.norm)) {
        last = b + 1
        b += 2
        continue
      }
      b++
      continue
    }
    // "a poll by the Kyiv institute", "a report by Reuters": the author of a source; not "by phone".
    if (p.norm === 'by' && last === b - 1 && (toks[b - 1] as Token).pos === 'NOUN') {
      const q = toks[b + 1]
      if (q && (q.pos === 'DET' || isCapitalised(q, text))) {
        b++
        if (q.pos === 'DET') b++
        continue
      }
    }
    if ((p.norm === 'of' || p.norm === 'for' || p.norm === 'at') && last === b - 1) {
      const q = toks[b + 1]
      if (q && (NP_OPENERS.has(q.norm) || isHead(q, text))) {
        b++
        if (NP_OPENERS.has(q.norm)) b++
        continue
      }
    }
    break
  }
  return last === -1 ? null : { from: k, to: last + 1 }
}

/**
 * The name inside a noun phrase, when it ends in one: the last run of proper nouns, without the
 * titles before it ("Ukraine's Foreign Minister Dmytro Kuleba" → "Dmytro Kuleba"). Otherwise the
 * whole phrase.
 */
export function nameSpan(toks: readonly Token[], text: string, np: TokRange): TokRange {
  const last = toks[np.to - 1] as Token
  if (!(last.pos === 'PROPN' || isCapitalised(last, text)) || last.pos === 'PRON') return np
  let a = np.to - 1
  while (a - 1 >= np.from) {
    const p = toks[a - 1] as Token
    if (
      ((p.pos === 'PROPN' || (isCapitalised(p, text) && p.pos !== 'DET')) && !isPossessive(p)) ||
      isNameParticle(toks, text, a - 1)
    )
      a--
    // "Majed al-Ansari", "Jean-Yves Le Drian": a hyphen inside a word joins its halves
    else if (
      p.norm === '-' &&
      a - 2 >= np.from &&
      p.start === (toks[a - 2] as Token).end &&
      p.end === (toks[a] as Token).start
    )
      a -= 2
    // "Hungary and Slovakia": two names joined.
    else if (a - 2 >= np.from && namesJoinedAt(toks, text, a - 1)) a--
    else break
  }
  while (a < np.to - 1 && NAME_TITLES.has((toks[a] as Token).norm)) a++
  return { from: a, to: np.to }
}

/**
 * Token `i` is an "and" joining two names ("Hungary and Slovakia", "Ruiz and Okafor"): a proper
 * noun before it and a capitalised proper noun after it, read as one speaker or subject.
 */
function namesJoinedAt(toks: readonly Token[], text: string, i: number): boolean {
  const [left, and, right] = [toks[i - 1], toks[i], toks[i + 1]]
  return (
    and?.norm === 'and' &&
    left?.pos === 'PROPN' &&
    right?.pos === 'PROPN' &&
    isCapitalised(right, text)
  )
}

/** Steps back from `j` over auxiliaries, adverbs and time words; returns the first other index. */
export function skipBack(toks: readonly Token[], j: number, lo: number): number {
  let i = j
  while (i >= lo) {
    const t = toks[i] as Token
    if (SKIPPABLE.has(t.norm) || t.pos === 'AUX' || (t.pos === 'ADV' && t.norm.endsWith('ly'))) {
      i--
      continue
    }
    // "on Nov. 6", "on Tuesday": a date between subject and cue.
    if (t.pos === 'NUM' && i - 1 >= lo && (toks[i - 1] as Token).pos === 'PROPN') {
      const m = toks[i - 1] as Token
      if (/^[a-z]{3,4}\.?$/.test(m.norm) && i - 2 >= lo && (toks[i - 2] as Token).norm === 'on') {
        i -= 3
        continue
      }
    }
    break
  }
  return i
}

const RELATIVES = new Set(['who', 'which', 'that'])

function isCueWord(t: Token): boolean {
  return SPEECH_CUES.has(t.lemma) || COGNITION_CUES.has(t.lemma)
}

/** True for a finite-looking verb: a VERB that is not an -ing form. */
function isVerb(t: Token): boolean {
  return t.pos === 'VERB'
}

/**
 * The subject of the cue at token `v`, searched within `[lo, v)`: the noun phrase right before it
 * (over auxiliaries, adverbs, an apposition or relative clause between commas), or, for a
 * participle ("..., voicing hopes") or a coordinated verb ("... and has referred to"), the subject
 * of the verb it hangs on. Null when there is none: never a guess.
 */
export function subjectOf(
  toks: readonly Token[],
  text: string,
  v: number,
  lo: number,
  depth = 0,
): TokRange | null {
  if (depth > 3) return null
  const cue = toks[v] as Token
  const j = skipBack(toks, v - 1, lo)
  if (j < lo) return null
  const t = toks[j] as Token
  // "forced the banker to admit", "declined to say": an infinitive's subject is its controller.
  if (t.norm === 'to' && (t.pos === 'PART' || t.pos === 'ADP')) {
    return controllerOf(toks, text, j, lo, depth)
  }
  // "A study released Friday shows", "an audit released by the panel says": a reduced relative
  // between the subject and its verb (a finite verb never follows another directly).
  const reduced = reducedRelative(toks, text, j, lo)
  if (reduced) return reduced
  const participle = cue.norm.endsWith('ing')
  if (!participle || (t.norm !== ',' && t.pos !== 'CCONJ')) {
    const np = npBefore(toks, text, j, lo)
    // "Barkley, who said ...": the relative pronoun stands for the name before its comma.
    if (np && RELATIVES.has((toks[np.from] as Token).norm) && toks[np.from - 1]?.norm === ',') {
      return npBefore(toks, text, np.from - 2, lo) ?? np
    }
    if (np) return np
  }
  if (t.norm === ',' || t.norm === '—' || t.norm === '–' || t.norm === ')') {
    if (!participle) {
      // "Zelensky, who visited New York in September, wrote": skip the aside.
      for (let m = j - 1; m >= lo && m >= j - 30; m--) {
        const c = toks[m] as Token
        if (c.norm === ',' || c.norm === '—' || c.norm === '–' || c.norm === '(') {
          const np = npBefore(toks, text, skipBack(toks, m - 1, lo), lo)
          if (np) return np
          // "The coach, Ana Ruiz, suggested": the aside is the name itself.
          const aside = npBefore(toks, text, j - 1, m + 1)
          if (aside && aside.from === m + 1) return aside
          break
        }
      }
    }
  }
  if (t.norm === ',' || t.pos === 'CCONJ' || participle) {
    // The verb this one is coordinated with or hangs on: a cue first ("noted that ..., and
    // added"), else the nearest finite verb ("is comparing ... and says").
    let fallback = -1
    for (let m = j - 1; m >= lo && m >= j - 40; m--) {
      const c = toks[m] as Token
      if (!isVerb(c)) continue
      const finite = !c.norm.endsWith('ing') || toks[m - 1]?.pos === 'AUX'
      // An infinitive ("sought to tamp down") hangs on the verb before it.
      if (!finite || toks[m - 1]?.norm === 'to') continue
      if (isCueWord(c)) return subjectOf(toks, text, m, lo, depth + 1)
      if (fallback === -1) fallback = m
    }
    if (fallback !== -1) return subjectOf(toks, text, fallback, lo, depth + 1)
  }
  return null
}

/**
 * The subject of a purpose infinitive whose "to" is at `to` ("went on the radio to talk about",
 * "took to Twitter to accuse"): after a noun, the subject of the nearest finite verb before it in
 * the same clause, with no comma or conjunction between. Null otherwise.
 */
export function purposeSubject(
  toks: readonly Token[],
  text: string,
  to: number,
  lo: number,
): TokRange | null {
  if (toks[to]?.norm !== 'to' || !/^(NOUN|PROPN)$/.test(toks[to - 1]?.pos ?? '')) return null
  // A clause's verb is rarely more than a dozen words before its purpose.
  for (let m = to - 2; m >= lo && m >= to - 14; m--) {
    const c = toks[m] as Token
    if (c.norm === ',' || c.pos === 'SCONJ' || c.pos === 'CCONJ') return null
    if (c.pos === 'VERB' && !c.norm.endsWith('ing') && toks[m - 1]?.norm !== 'to') {
      return subjectOf(toks, text, m, lo)
    }
  }
  return null
}

/**
 * The possessor before a noun, over its adjectives ("his sharp criticism", "Sanders's claim"):
 * a possessive determiner or a noun phrase with "'s". Null otherwise.
 */
export function possessorOf(
  toks: readonly Token[],
  text: string,
  v: number,
  lo: number,
): TokRange | null {
  let p = v - 1
  while (p > lo && (toks[p] as Token).pos === 'ADJ') p--
  const o = toks[p]
  if (!o || p < lo) return null
  if (POSSESSIVES.has(o.norm) && o.norm !== 'your') return { from: p, to: p + 1 }
  const np = isPossessive(o) ? npBefore(toks, text, p - 1, lo) : null
  // "Tuesday's announcement", "last week's decision": a time holds no statement.
  return np !== null && TIME_WORDS.has((toks[np.to - 1] as Token).norm) ? null : np
}

/**
 * Who holds the statement a noun names: its possessor ("his criticism of", "Trump's plans to"),
 * else the subject of the verb it is the object of ("voiced concerns about", "made the case
 * for", "has no plans to"). Null otherwise: never a guess.
 */
export function ownerOf(
  toks: readonly Token[],
  text: string,
  v: number,
  lo: number,
): TokRange | null {
  const own = possessorOf(toks, text, v, lo)
  if (own) return own
  let p = v - 1
  while (p > lo && /^(ADJ|NUM)$/.test((toks[p] as Token).pos)) p--
  if (p > lo && NP_OPENERS.has((toks[p] as Token).norm)) p--
  const verb = toks[p]
  if (!verb || p <= lo || verb.pos !== 'VERB' || UNDERGO_VERBS.has(verb.lemma)) return null
  // "was given assurances": a passive's subject holds nothing it said.
  const before = toks[p - 1]
  if (before && /^(is|are|was|were|be|been|being)$/.test(before.norm) && /ed$/.test(verb.norm))
    return null
  return subjectOf(toks, text, p, lo)
}

/**
 * Verbs whose object is the subject of the infinitive after it and did what it says ("forced
 * him to admit", "led her to conclude"). A request ("asked the crowd to cheer", "urged them
 * to say") is not: what follows is the requester's wish, so it gives no speaker.
 */
const OBJECT_CONTROL = new Set(['force', 'compel', 'prompt', 'lead'])

/** Verbs whose subject is the subject of the infinitive after it ("refused to say"). */
const SUBJECT_CONTROL = new Set([
  'want',
  'try',
  'decide',
  'refuse',
  'decline',
  'promise',
  'plan',
  'seek',
  'hope',
  'agree',
  'fail',
  'vow',
  'threaten',
  'attempt',
  'continue',
  'begin',
  'start',
  'choose',
  'pledge',
  'intend',
  'prepare',
  'go',
])

/**
 * The subject of an infinitive whose "to" is at `to`: the object of an object-control verb
 * ("forced Stumpf, who ..., to admit"), else the subject of a subject-control verb ("refused to
 * say", "went on to say", "is expected to say"). Null otherwise.
 */
function controllerOf(
  toks: readonly Token[],
  text: string,
  to: number,
  lo: number,
  depth: number,
): TokRange | null {
  const k = to - 1
  const o = toks[k]
  if (!o || k < lo) return null
  const objectControl = (g: number) => {
    const verb = toks[g]
    return g >= lo && verb !== undefined && verb.pos === 'VERB' && OBJECT_CONTROL.has(verb.lemma)
  }
  if (o.pos === 'PRON' && OBJECT_PRONOUNS.has(o.norm)) {
    return objectControl(k - 1) ? { from: k, to: k + 1 } : null
  }
  // "forced Kerr, who was under oath, to admit": the object before an aside.
  let end = k
  if (o.norm === ',') {
    for (let m = k - 1; m >= lo && m >= k - 30; m--) {
      if ((toks[m] as Token).norm === ',') {
        end = m - 1
        break
      }
    }
    if (end === k) return null
  }
  const np = npBefore(toks, text, end, lo)
  if (np && !SUBJECT_PRONOUNS.has((toks[np.from] as Token).norm)) {
    return objectControl(np.from - 1) ? np : null
  }
  if (end !== k) return null
  let g = k
  if (o.norm === 'on' && toks[k - 1]?.lemma === 'go') g = k - 1
  const verb = toks[g] as Token
  if (verb.pos !== 'VERB') return null
  const raised = verb.lemma === 'expect' && toks[g - 1]?.pos === 'AUX'
  if (SUBJECT_CONTROL.has(verb.lemma) || raised) return subjectOf(toks, text, g, lo, depth + 1)
  return null
}

/**
 * The subject before a reduced relative that ends at `j` ("A poll released Friday", "the report
 * released by the committee"): a past participle after a noun phrase. Null otherwise.
 */
function reducedRelative(
  toks: readonly Token[],
  text: string,
  j: number,
  lo: number,
): TokRange | null {
  let p = j
  // "released by the committee": the agent phrase after the participle.
  const agent = npBefore(toks, text, j, lo)
  if (agent && toks[agent.from - 1]?.norm === 'by') p = agent.from - 2
  const part = toks[p]
  if (!part || p - 1 < lo || part.pos !== 'VERB' || !/ed$/.test(part.norm)) return null
  const np = npBefore(toks, text, p - 1, lo)
  if (!np || (toks[np.from] as Token).pos === 'PRON') return null
  return np
}

/**
 * Steps forward from `i` over what may sit between a cue and its clause: a time word, an adverb,
 * a prepositional phrase ("in a statement", "on Tuesday", "to reporters"). Returns the next index.
 */
export function skipForward(toks: readonly Token[], text: string, i: number, hi: number): number {
  let k = i
  for (let guard = 0; guard < 6 && k < hi; guard++) {
    const t = toks[k] as Token
    // "this week", "last month": a determiner is a time word only before one ("told reporters
    // this was ..." is the clause).
    const det = t.norm === 'this' || t.norm === 'last' || t.norm === 'next'
    if (det && !TIME_WORDS.has(toks[k + 1]?.norm ?? '')) break
    if (TIME_WORDS.has(t.norm) || (t.pos === 'ADV' && t.norm.endsWith('ly'))) {
      k++
      continue
    }
    // "said, twice, that": an adverb between commas.
    if (
      t.norm === ',' &&
      toks[k + 2]?.norm === ',' &&
      (toks[k + 1]?.pos === 'ADV' || TIME_WORDS.has(toks[k + 1]?.norm ?? ''))
    ) {
      k += 3
      continue
    }
    if (
      t.pos === 'ADP' &&
      [
        'in',
        'on',
        'at',
        'during',
        'via',
        'through',
        'to',
        'after',
        'before',
        'with',
        'from',
        'over',
      ].includes(t.norm)
    ) {
      const np = npAfter(toks, text, k + 1, hi)
      if (np) {
        k = np.to
        continue
      }
    }
    if (t.pos === 'PROPN' && TIME_WORDS.has(t.norm)) {
      k++
      continue
    }
    break
  }
  return k
}

export { isCapitalised }
