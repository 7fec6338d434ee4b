import { NAME_PARTICLES } from '../data/name-particles.js'
import { GAZ_CLASSES, type Gazetteer } from './gazetteer.js'
import { TYPES, typeOf } from './labels.js'
import { SPORT_WORDS } from './lexicon.js'
import type { Words } from './words.js'

const SPORTS = new Set(SPORT_WORDS)

/**
 * Whether the document is a sports page: its first sentence (the headline, or CoNLL's "SOCCER -"
 * slug) names a sport. On sports pages a city is mostly a club ("Lyon beat Marseille 2-1"), so
 * the tagger reads word identities there apart from the rest of the news (see {@link wordInfo}).
 */
export function sportsPage(words: Words): boolean {
  const first = words.sentence[0]
  for (let i = 0; i < words.fold.length && words.sentence[i] === first; i++)
    if (SPORTS.has(words.fold[i] as string)) return true
  return false
}

/**
 * Feature extraction for the NER tagger. Every feature is a 32-bit FNV-1a hash of a template id
 * and its string parts, computed without building strings (the hot path of the tagger). The
 * model maps hashes to weight rows; a hash the model has never seen is ignored.
 */
export interface Features {
  /** Feature hashes of all words, word after word. */
  readonly hashes: Uint32Array
  /** Word i's features are hashes[offsets[i], offsets[i + 1]). */
  readonly offsets: Int32Array
}

const PRIME = 0x01000193
const BASIS = 0x811c9dc5
const NC = GAZ_CLASSES.length

function open(template: number): number {
  return Math.imul(BASIS ^ template, PRIME)
}
function add(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME)
  return Math.imul(h ^ 0x1f, PRIME)
}
function addRange(h: number, s: string, from: number, to: number): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME)
  return h
}
function addInt(h: number, n: number): number {
  return Math.imul(h ^ (n + 0x100), PRIME)
}

/** A growable list of uint32 feature hashes (no boxed numbers, little garbage). */
class HashList {
  buf: Uint32Array
  length = 0
  constructor(capacity: number) {
    this.buf = new Uint32Array(Math.max(16, capacity))
  }
  push(h: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2)
      next.set(this.buf)
      this.buf = next
    }
    this.buf[this.length++] = h
  }
  done(): Uint32Array {
    return this.buf.slice(0, this.length)
  }
}

/** Word shape: X upper, x lower, d digit, other characters kept; runs capped at `cap`. */
export function shapeOf(word: string, cap: number): string {
  let out = ''
  let prev = ''
  let run = 0
  for (let k = 0; k < word.length && k < 40; k++) {
    const ch = word[k] as string
    const code = ch.charCodeAt(0)
    let c: string
    if (code >= 48 && code <= 57) c = 'd'
    else if (code >= 97 && code <= 122) c = 'x'
    else if (code >= 65 && code <= 90) c = 'X'
    else if (code < 128) c = ch
    else if (ch !== ch.toLowerCase()) c = 'X'
    else if (ch !== ch.toUpperCase()) c = 'x'
    else c = /\p{L}|\p{M}/u.test(ch) ? 'x' : ch
    if (c === prev) {
      run++
      if (run >= cap) continue
    } else run = 0
    prev = c
    out += c
  }
  return out
}

const BOS = '<s>'
const EOS = '</s>'

/** Per-document facts the features read. */
interface Context {
  readonly cap: Uint8Array
  readonly initial: Uint8Array
  readonly caps: Uint8Array
  readonly gaz: Uint8Array
  /** This document's stamp in {@link NormInfo} (capitalised mid-sentence, lower case). */
  readonly stamp: number
}

/** Stamps documents for {@link NormInfo}: each call to {@link context} takes the next. */
let documents = 0

function context(words: Words, info: readonly WordInfo[], gaz: Gazetteer): Context {
  const n = words.text.length
  const cap = new Uint8Array(n)
  const initial = new Uint8Array(n)
  const caps = new Uint8Array(n)
  for (let i = 0; i < n; i++) cap[i] = (info[i] as WordInfo).capFirst
  // Sentence-initial: the first word with a letter in its sentence. All-caps sentence: most of
  // its words with letters have no lower-case letter (headlines, datelines, captions).
  let s = 0
  while (s < n) {
    let e = s
    while (e < n && words.sentence[e] === words.sentence[s]) e++
    let lettered = 0
    let upper = 0
    let first = -1
    for (let i = s; i < e; i++) {
      const wi = info[i] as WordInfo
      if (!wi.lettered) continue
      lettered++
      if (first === -1) first = i
      if (wi.noLower) upper++
    }
    if (first !== -1) initial[first] = 1
    if (lettered >= 2 && upper >= 0.8 * lettered) caps.fill(1, s, e)
    s = e
  }
  const stamp = ++documents
  for (let i = 0; i < n; i++) {
    const wi = info[i] as WordInfo
    if (cap[i] && !initial[i] && !caps[i]) wi.normInfo.capMidIn = stamp
    else if (!cap[i] && !wi.noLower) wi.normInfo.lowerIn = stamp
  }
  const gazOut = new Uint8Array(n * NC)
  gaz.match(words.fold, words.sentence, gazOut)
  return { cap, initial, caps, gaz: gazOut, stamp }
}

/** FNV-1a of a whole string. */
function strHash(s: string): number {
  let h = BASIS
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME)
  return h
}

/** Folds a 32-bit value into a feature hash (xor-multiply, then a shift to spread the bits). */
function mixIn(h: number, x: number): number {
  h = Math.imul(h ^ x, PRIME)
  return h ^ (h >>> 15)
}

/** What the features know about one word form, computed once per distinct surface string. */
export interface WordInfo {
  /** Features of the word itself: form, lower-case form, affixes, shapes. */
  readonly own: Uint32Array
  /**
   * Features this word gives the words around it, two per position (its form, then its short
   * shape): as the previous word, the next, the one two before, the one two after.
   */
  readonly near: Uint32Array
  readonly norm: number
  readonly short: number
  /**
   * Cache slot of the tagger (see form-vectors.ts): the summed weights of `own` and `near` under
   * the model `vectorsOf`. Word forms are cached here, so the sums live and die with them.
   */
  vectors: Int32Array | null
  vectorsOf: object | null
  /** 1 when the first character is a capital letter. */
  readonly capFirst: 0 | 1
  /** Whether it has a letter (a cased one), and whether none of its letters is lower case. */
  readonly lettered: boolean
  readonly noLower: boolean
  /** Whether it is a lower-case name particle ("von", "bin"). */
  readonly particle: boolean
  /** What the document knows of its lower-case form, shared by all its spellings. */
  readonly normInfo: NormInfo
}

/**
 * Per-document facts of one lower-case form ("police" for "Police", "police", "POLICE"), kept
 * as the stamp of the last document that showed them instead of in per-document maps.
 */
interface NormInfo {
  /** Last document that wrote the form capitalised mid-sentence (outside all-caps lines). */
  capMidIn: number
  /** Last document that wrote it in lower case. */
  lowerIn: number
  /** Last document whose context aggregates `agg` holds (see contextAggregates). */
  aggIn: number
  readonly agg: number[]
}

const normInfos = new Map<string, NormInfo>()

function normInfo(norm: string): NormInfo {
  let ni = normInfos.get(norm)
  if (!ni) {
    ni = { capMidIn: 0, lowerIn: 0, aggIn: 0, agg: [] }
    normInfos.set(norm, ni)
  }
  return ni
}

/** Word forms seen in news pages and in sports pages (their identity features differ). */
const caches = [new Map<string, WordInfo>(), new Map<string, WordInfo>()] as const
/**
 * Bound on cached word forms. A form with its cached weight sums takes ~3–4 KB (measured: +117 MB
 * of heap over the 2,225 BBC articles, ~30,000 forms), so 40,000 forms keep a worker under
 * ~160 MB; the frequent forms are back in the cache within a few articles after it is emptied.
 */
const CACHE_LIMIT = 40_000
/** Offset of the template ids of the forms and affixes on sports pages. */
const SPORTS_TEMPLATES = 100

/** Empties the word caches once they hold too many forms (between documents only). */
function boundCaches(): void {
  if (caches[0].size + caches[1].size < CACHE_LIMIT) return
  caches[0].clear()
  caches[1].clear()
  normInfos.clear()
}

/**
 * The word's own features: its forms and 1–4 letter affixes, then its shapes. On a sports page
 * (`sports` = 1) the forms and affixes are separate features ("lyon" the club is not "lyon" the
 * city), learned from CoNLL's sports pages only; the shapes are shared. (Splitting the forms
 * alone, sharing the affixes, scored lower on testa and WikiEvents.)
 */
function wordInfo(w: string, norm: string, sports: 0 | 1): WordInfo {
  const cache = caches[sports]
  let info = cache.get(w)
  if (info) return info
  const shape = shapeOf(w, 4)
  const short = shapeOf(w, 1)
  const t = sports * SPORTS_TEMPLATES
  const own: number[] = [add(open(t + 2), norm), add(open(t + 3), w)]
  for (let k = 1; k <= 4 && k <= norm.length; k++) {
    own.push(addRange(open(t + 3 + k), norm, 0, k))
    own.push(addRange(open(t + 7 + k), norm, norm.length - k, norm.length))
  }
  own.push(add(open(12), shape))
  own.push(add(open(13), short))
  const normH = strHash(norm)
  const shortH = strHash(short)
  const first = w[0] ?? ''
  const upperForm = w.toUpperCase()
  info = {
    own: Uint32Array.from(own),
    near: nearHashes(normH, shortH),
    norm: normH,
    short: shortH,
    vectors: null,
    vectorsOf: null,
    capFirst: first !== first.toLowerCase() ? 1 : 0,
    lettered: w.toLowerCase() !== upperForm,
    noLower: w === upperForm,
    particle: NAME_PARTICLES.has(norm),
    normInfo: normInfo(norm),
  }
  cache.set(w, info)
  return info
}

const posHashes = new Map<string, number>()
function posHash(pos: string): number {
  let h = posHashes.get(pos)
  if (h === undefined) {
    h = strHash(pos)
    posHashes.set(pos, h)
  }
  return h
}

const H_BOS = strHash(BOS)
const H_EOS = strHash(EOS)

/**
 * The features a word gives its neighbours (templates 19–26) from its form and short-shape
 * hashes: as previous word (19, 23), next (20, 24), two before (21, 25), two after (22, 26).
 */
function nearHashes(norm: number, short: number): Uint32Array {
  const out = new Uint32Array(8)
  for (let k = 0; k < 4; k++) {
    out[2 * k] = mixIn(open(19 + k), norm)
    out[2 * k + 1] = mixIn(open(23 + k), short)
  }
  return out
}

/** The bias feature, which every word has. */
export const BIAS = open(1) >>> 0
/** What the sentence edges give a word in place of neighbours (layout of `WordInfo.near`). */
export const EDGE_NEAR: Uint32Array = (() => {
  const bos = nearHashes(H_BOS, H_BOS)
  const eos = nearHashes(H_EOS, H_EOS)
  return Uint32Array.from([bos[0]!, bos[1]!, eos[2]!, eos[3]!, bos[4]!, bos[5]!, eos[6]!, eos[7]!])
})()

/** Parts of speech as small ids: 0 and 1 stand for the sentence start and end. */
const posIds = new Map<string, number>()
const posIdHashes: number[] = [H_BOS, H_EOS]
/** Distinct parts of speech that get an id, the two edges included (wink-nlp has 17 tags). */
export const POS_IDS = 32

function posId(pos: string): number {
  let id = posIds.get(pos)
  if (id === undefined) {
    if (posIdHashes.length >= POS_IDS) return -1
    id = posIdHashes.length
    posIdHashes.push(posHash(pos))
    posIds.set(pos, id)
  }
  return id
}

/** The POS features (templates 14–18) of a word, from the POS hashes of it and its neighbours. */
function posFeatures(posP: number, pos: number, posN: number): Uint32Array {
  return Uint32Array.from([
    mixIn(open(14), pos),
    mixIn(open(15), posP),
    mixIn(open(16), posN),
    mixIn(mixIn(open(17), posP), pos),
    mixIn(mixIn(open(18), pos), posN),
  ])
}

/** The POS features of a {@link GroupedFeatures.posKey}. */
export function posKeyFeatures(key: number): Uint32Array {
  const h = (id: number): number => posIdHashes[id] as number
  return posFeatures(h(key >> 10), h((key >> 5) & 31), h(key & 31))
}

/** Local features of a document plus what pass 2 needs to add its own. */
export interface BaseFeatures extends Features {
  readonly normHash: Int32Array
  readonly shortHash: Int32Array
  /** 1 where the word starts with a capital letter. */
  readonly cap: Uint8Array
  /** 1 where the word is in an all-capitals sentence (headline, dateline). */
  readonly caps: Uint8Array
  /** Gazetteer matches, `gaz[word * GAZ_CLASSES.length + class]` (see Gazetteer.match). */
  readonly gaz: Uint8Array
}

/**
 * Features with three groups left out of `hashes`, for the tagger to add as cached sums: the
 * word's own features with the bias (`info[i].own`), those its neighbours give it
 * (`info[j].near`, {@link EDGE_NEAR} at the sentence edges), and the POS features, named by
 * `posKey[i]` ({@link posKeyFeatures}; -1: `posHashes[i]` holds them).
 */
export interface GroupedFeatures extends BaseFeatures {
  readonly info: readonly WordInfo[]
  readonly posKey: Int32Array
  readonly posHashes: readonly (Uint32Array | null)[]
}

/**
 * Extracts the pass-1 features of every word: the word, its affixes and shapes, POS, the words,
 * shapes and POS around it (±2), sentence-initial and all-caps flags, gazetteer matches of it and
 * its neighbours, and whether the document writes it capitalised mid-sentence or in lower case.
 * `sports` (default: {@link sportsPage}) separates the word identities of sports pages.
 */
export function extract(
  words: Words,
  gaz: Gazetteer,
  sports: boolean = sportsPage(words),
): BaseFeatures {
  return extractFeatures(words, gaz, sports, false)
}

/**
 * {@link extract} without the word, neighbour and POS groups (see {@link GroupedFeatures}): the
 * tagger adds their weights as sums cached per word form, the same total in fewer look-ups.
 */
export function extractGrouped(
  words: Words,
  gaz: Gazetteer,
  sports: boolean = sportsPage(words),
): GroupedFeatures {
  return extractFeatures(words, gaz, sports, true)
}

function extractFeatures(
  words: Words,
  gaz: Gazetteer,
  sports: boolean,
  grouped: false,
): BaseFeatures
function extractFeatures(
  words: Words,
  gaz: Gazetteer,
  sports: boolean,
  grouped: true,
): GroupedFeatures
function extractFeatures(
  words: Words,
  gaz: Gazetteer,
  sports: boolean,
  grouped: boolean,
): BaseFeatures | GroupedFeatures {
  const n = words.text.length
  boundCaches()
  const domain = sports ? 1 : 0
  const info: WordInfo[] = []
  const normHash = new Int32Array(n)
  const shortHash = new Int32Array(n)
  const posH = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const wi = wordInfo(words.text[i] as string, words.norm[i] as string, domain)
    info.push(wi)
    normHash[i] = wi.norm
    shortHash[i] = wi.short
    posH[i] = posHash(words.pos[i] as string)
  }
  const cx = context(words, info, gaz)
  contextAggregates(words, info, cx, normHash)
  const out = new HashList(n * (grouped ? 16 : 64))
  const posKey = new Int32Array(grouped ? n : 0)
  const pid = new Int32Array(grouped ? n : 0)
  if (grouped) for (let i = 0; i < n; i++) pid[i] = posId(words.pos[i] as string)
  const posHashes: (Uint32Array | null)[] = []
  const offsets = new Int32Array(n + 1)
  const sent = words.sentence
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length
    const inP1 = i > 0 && sent[i - 1] === sent[i]
    const inP2 = inP1 && i > 1 && sent[i - 2] === sent[i]
    const inN1 = i + 1 < n && sent[i + 1] === sent[i]
    const inN2 = inN1 && i + 2 < n && sent[i + 2] === sent[i]
    const norm = normHash[i]!
    const short = shortHash[i]!
    const p1 = inP1 ? normHash[i - 1]! : H_BOS
    const p2 = inP2 ? normHash[i - 2]! : H_BOS
    const n1 = inN1 ? normHash[i + 1]! : H_EOS
    const n2 = inN2 ? normHash[i + 2]! : H_EOS
    const sp1 = inP1 ? shortHash[i - 1]! : H_BOS
    const sp2 = inP2 ? shortHash[i - 2]! : H_BOS
    const sn1 = inN1 ? shortHash[i + 1]! : H_EOS
    const sn2 = inN2 ? shortHash[i + 2]! : H_EOS
    const pos = posH[i]!
    const posP = inP1 ? posH[i - 1]! : H_BOS
    const posN = inN1 ? posH[i + 1]! : H_EOS
    const flags = cx.initial[i]! | (cx.caps[i]! << 1)
    if (grouped) {
      const idP = inP1 ? pid[i - 1]! : 0
      const id = pid[i]!
      const idN = inN1 ? pid[i + 1]! : 1
      const ok = idP >= 0 && id >= 0 && idN >= 0
      posKey[i] = ok ? (idP * POS_IDS + id) * POS_IDS + idN : -1
      posHashes.push(ok ? null : posFeatures(posP, pos, posN))
    } else {
      out.push(BIAS)
      for (const h of (info[i] as WordInfo).own) out.push(h)
      for (const h of posFeatures(posP, pos, posN)) out.push(h)
      out.push(mixIn(open(19), p1))
      out.push(mixIn(open(20), n1))
      out.push(mixIn(open(21), p2))
      out.push(mixIn(open(22), n2))
      out.push(mixIn(open(23), sp1))
      out.push(mixIn(open(24), sn1))
      out.push(mixIn(open(25), sp2))
      out.push(mixIn(open(26), sn2))
    }
    out.push(mixIn(mixIn(open(27), p1), norm))
    out.push(mixIn(mixIn(open(28), norm), n1))
    out.push(mixIn(mixIn(mixIn(open(29), sp1), short), sn1))
    out.push(mixIn(mixIn(open(30), short), flags))
    out.push(mixIn(mixIn(open(31), p1), short))
    out.push(mixIn(mixIn(open(32), flags), pos))
    // Gazetteer: the word's position in a match of each class, with its capitalisation, and the
    // classes of the neighbouring words.
    const capFlag = cx.cap[i]! | (cx.caps[i]! << 1)
    for (let c = 0; c < NC; c++) {
      const g = cx.gaz[i * NC + c]!
      if (g !== 0) {
        out.push(addInt(addInt(addInt(open(40), c), g), capFlag))
        out.push(mixIn(addInt(addInt(open(43), c), g), sn1))
        out.push(mixIn(addInt(addInt(open(44), c), g), sp1))
      }
      if (inP1 && cx.gaz[(i - 1) * NC + c] !== 0) out.push(addInt(addInt(open(41), c), capFlag))
      if (inN1 && cx.gaz[(i + 1) * NC + c] !== 0) out.push(addInt(addInt(open(42), c), capFlag))
    }
    // Document: is the word written capitalised mid-sentence elsewhere, or in lower case?
    const ni = (info[i] as WordInfo).normInfo
    const doc = (ni.capMidIn === cx.stamp ? 1 : 0) | (ni.lowerIn === cx.stamp ? 2 : 0)
    out.push(addInt(addInt(open(50), doc), capFlag | (cx.initial[i]! << 2)))
    // A lower-case name particle between capitalised words ("Ursula von der Leyen").
    if ((info[i] as WordInfo).particle) {
      const before = inP1 && (cx.cap[i - 1] || (info[i - 1] as WordInfo).particle) ? 1 : 0
      const after = inN1 && (cx.cap[i + 1] || (info[i + 1] as WordInfo).particle) ? 1 : 0
      out.push(addInt(addInt(open(52), before), after))
    }
    // Position in the run of capitalised words around it (run length capped at 4).
    if (cx.cap[i]) {
      let a = i
      while (a > 0 && sent[a - 1] === sent[i] && cx.cap[a - 1] && i - a < 4) a--
      let b = i
      while (b + 1 < n && sent[b + 1] === sent[i] && cx.cap[b + 1] && b - i < 4) b++
      out.push(addInt(addInt(open(51), i - a), b - i))
    }
    // Context aggregation (Ratinov & Roth 2009): the neighbours of every occurrence of this
    // capitalised word in the document.
    if (ni.aggIn === cx.stamp) for (const h of ni.agg) out.push(h)
  }
  offsets[n] = out.length
  const base = {
    hashes: out.done(),
    offsets,
    normHash,
    shortHash,
    cap: cx.cap,
    caps: cx.caps,
    gaz: cx.gaz,
  }
  return grouped ? { ...base, info, posKey, posHashes } : base
}

/** Most aggregated context features one word form gets. */
const AGG_LIMIT = 24

/**
 * For each capitalised word form of the document: hashes of the words just before and after
 * each of its occurrences (deduplicated, at most AGG_LIMIT, in text order), kept in the form's
 * {@link NormInfo} under the document's stamp.
 */
function contextAggregates(
  words: Words,
  info: readonly WordInfo[],
  cx: Context,
  normHash: Int32Array,
): void {
  const n = words.text.length
  const sent = words.sentence
  for (let i = 0; i < n; i++) {
    if (!cx.cap[i]) continue
    const ni = (info[i] as WordInfo).normInfo
    const list = ni.agg
    if (ni.aggIn !== cx.stamp) {
      ni.aggIn = cx.stamp
      list.length = 0
    }
    if (list.length >= AGG_LIMIT) continue
    const prev = i > 0 && sent[i - 1] === sent[i] ? normHash[i - 1]! : H_BOS
    const next = i + 1 < n && sent[i + 1] === sent[i] ? normHash[i + 1]! : H_EOS
    const a = mixIn(open(70), prev) >>> 0
    const b = mixIn(open(71), next) >>> 0
    if (!list.includes(a)) list.push(a)
    if (!list.includes(b)) list.push(b)
    // The last word of the capitalised run it sits in ("Magna" → "Inc" of "Magna
    // International Inc").
    let e = i
    while (e + 1 < n && sent[e + 1] === sent[i] && cx.cap[e + 1] && e - i < 5) e++
    if (e > i) {
      const c = mixIn(open(72), normHash[e]!) >>> 0
      if (!list.includes(c)) list.push(c)
    }
  }
}

/**
 * The pass-2 additions: document-level label features, the majority type pass 1 gave the same
 * word elsewhere in the document (Ratinov & Roth 2009), so a name tagged PERSON once pulls its
 * other mentions towards PERSON. Pass 2 reads the pass-1 features plus these.
 */
export function docLabelFeatures(words: Words, base: BaseFeatures, pass1: Uint8Array): Features {
  const n = words.text.length
  const majority = majorities(words, pass1)
  const out = new HashList(n)
  const offsets = new Int32Array(n + 1)
  const sent = words.sentence
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length
    // Only capitalised words: a lower-case "state" must not follow "Islamic State".
    const m = base.cap[i] ? majority.get(words.norm[i] as string) : undefined
    if (m !== undefined) {
      out.push(addInt(open(60), m))
      out.push(addInt(mixIn(open(61), base.shortHash[i]!), m))
    }
    const before =
      i > 0 && sent[i - 1] === sent[i] ? majority.get(words.norm[i - 1] as string) : undefined
    const after =
      i + 1 < n && sent[i + 1] === sent[i] ? majority.get(words.norm[i + 1] as string) : undefined
    if (before !== undefined) out.push(addInt(open(62), before))
    if (after !== undefined) out.push(addInt(open(63), after))
  }
  offsets[n] = out.length
  return { hashes: out.done(), offsets }
}

/** Joins two per-word lists: word i gets a's items then b's. */
export function interleave<T extends Uint32Array | Int32Array>(
  a: T,
  aOffsets: Int32Array,
  b: T,
  bOffsets: Int32Array,
  make: (n: number) => T,
): { values: T; offsets: Int32Array } {
  const n = aOffsets.length - 1
  const values = make(a.length + b.length)
  const offsets = new Int32Array(n + 1)
  let at = 0
  for (let i = 0; i < n; i++) {
    offsets[i] = at
    for (let k = aOffsets[i]!, e = aOffsets[i + 1]!; k < e; k++) values[at++] = a[k]!
    for (let k = bOffsets[i]!, e = bOffsets[i + 1]!; k < e; k++) values[at++] = b[k]!
  }
  offsets[n] = at
  return { values, offsets }
}

/** For each capitalised word, the type pass 1 gave it most often in the document. */
function majorities(words: Words, labels: Uint8Array): Map<string, number> {
  const counts = new Map<string, Int32Array>()
  for (let i = 0; i < labels.length; i++) {
    const t = typeOf(labels[i]!)
    if (t < 0) continue
    const norm = words.norm[i] as string
    let c = counts.get(norm)
    if (!c) {
      c = new Int32Array(TYPES.length)
      counts.set(norm, c)
    }
    c[t]!++
  }
  const out = new Map<string, number>()
  for (const [norm, c] of counts) {
    let best = 0
    for (let t = 1; t < c.length; t++) if (c[t]! > c[best]!) best = t
    out.set(norm, best)
  }
  return out
}
