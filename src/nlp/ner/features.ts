import { GAZ_CLASSES, type Gazetteer } from './gazetteer.js'
import { TYPES, typeOf } from './labels.js'
import type { Words } from './words.js'

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
  readonly shape: string[]
  readonly short: string[]
  readonly cap: Uint8Array
  readonly initial: Uint8Array
  readonly caps: Uint8Array
  readonly gaz: Uint8Array
  readonly capMid: Map<string, number>
  readonly lower: Map<string, number>
}

function context(words: Words, gaz: Gazetteer): Context {
  const n = words.text.length
  const shape: string[] = []
  const short: string[] = []
  const cap = new Uint8Array(n)
  const initial = new Uint8Array(n)
  const caps = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const w = words.text[i] as string
    shape.push(shapeOf(w, 4))
    short.push(shapeOf(w, 1))
    const f = w[0] ?? ''
    cap[i] = f !== f.toLowerCase() ? 1 : 0
  }
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
      const w = words.text[i] as string
      if (w.toLowerCase() === w.toUpperCase()) continue
      lettered++
      if (first === -1) first = i
      if (w === w.toUpperCase()) upper++
    }
    if (first !== -1) initial[first] = 1
    if (lettered >= 2 && upper >= 0.8 * lettered) caps.fill(1, s, e)
    s = e
  }
  const capMid = new Map<string, number>()
  const lower = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const norm = words.norm[i] as string
    const w = words.text[i] as string
    if (cap[i] && !initial[i] && !caps[i]) capMid.set(norm, (capMid.get(norm) ?? 0) + 1)
    else if (!cap[i] && w !== w.toUpperCase()) lower.set(norm, (lower.get(norm) ?? 0) + 1)
  }
  const gazOut = new Uint8Array(n * NC)
  gaz.match(words.fold, words.sentence, gazOut)
  return { shape, short, cap, initial, caps, gaz: gazOut, capMid, lower }
}

/**
 * Extracts the features of every word. With `pass1` (labels from a first tagging pass) it adds
 * the document-level label features of the second pass: the majority type given to the same
 * word elsewhere in the document (Ratinov & Roth 2009), so a name tagged PERSON once pulls its
 * other mentions towards PERSON.
 */
export function extract(words: Words, gaz: Gazetteer, pass1?: Uint8Array): Features {
  const n = words.text.length
  const cx = context(words, gaz)
  const out: number[] = []
  const offsets = new Int32Array(n + 1)
  const majority = pass1 ? majorities(words, pass1) : null
  const sent = words.sentence
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length
    const w = words.text[i] as string
    const norm = words.norm[i] as string
    const shape = cx.shape[i] as string
    const short = cx.short[i] as string
    const inP1 = i > 0 && sent[i - 1] === sent[i]
    const inP2 = inP1 && i > 1 && sent[i - 2] === sent[i]
    const inN1 = i + 1 < n && sent[i + 1] === sent[i]
    const inN2 = inN1 && i + 2 < n && sent[i + 2] === sent[i]
    const p1 = inP1 ? (words.norm[i - 1] as string) : BOS
    const p2 = inP2 ? (words.norm[i - 2] as string) : BOS
    const n1 = inN1 ? (words.norm[i + 1] as string) : EOS
    const n2 = inN2 ? (words.norm[i + 2] as string) : EOS
    const sp1 = inP1 ? (cx.short[i - 1] as string) : BOS
    const sp2 = inP2 ? (cx.short[i - 2] as string) : BOS
    const sn1 = inN1 ? (cx.short[i + 1] as string) : EOS
    const sn2 = inN2 ? (cx.short[i + 2] as string) : EOS
    const pos = words.pos[i] as string
    const posP = inP1 ? (words.pos[i - 1] as string) : BOS
    const posN = inN1 ? (words.pos[i + 1] as string) : EOS
    const flags = cx.initial[i]! | (cx.caps[i]! << 1)
    out.push(open(1))
    out.push(add(open(2), norm))
    out.push(add(open(3), w))
    for (let k = 1; k <= 4 && k <= norm.length; k++) {
      out.push(addRange(open(3 + k), norm, 0, k))
      out.push(addRange(open(7 + k), norm, norm.length - k, norm.length))
    }
    out.push(add(open(12), shape))
    out.push(add(open(13), short))
    out.push(add(open(14), pos))
    out.push(add(open(15), posP))
    out.push(add(open(16), posN))
    out.push(add(add(open(17), posP), pos))
    out.push(add(add(open(18), pos), posN))
    out.push(add(open(19), p1))
    out.push(add(open(20), n1))
    out.push(add(open(21), p2))
    out.push(add(open(22), n2))
    out.push(add(open(23), sp1))
    out.push(add(open(24), sn1))
    out.push(add(open(25), sp2))
    out.push(add(open(26), sn2))
    out.push(add(add(open(27), p1), norm))
    out.push(add(add(open(28), norm), n1))
    out.push(add(add(add(open(29), sp1), short), sn1))
    out.push(addInt(add(open(30), short), flags))
    out.push(add(add(open(31), p1), short))
    out.push(add(addInt(open(32), flags), pos))
    // Gazetteer: the word's position in a match of each class, with its capitalisation, and the
    // classes of the neighbouring words.
    const capFlag = cx.cap[i]! | (cx.caps[i]! << 1)
    for (let c = 0; c < NC; c++) {
      const g = cx.gaz[i * NC + c]!
      if (g !== 0) out.push(addInt(addInt(addInt(open(40), c), g), capFlag))
      if (inP1 && cx.gaz[(i - 1) * NC + c] !== 0) out.push(addInt(addInt(open(41), c), capFlag))
      if (inN1 && cx.gaz[(i + 1) * NC + c] !== 0) out.push(addInt(addInt(open(42), c), capFlag))
    }
    // Document: is the word written capitalised mid-sentence elsewhere, or in lower case?
    const mid = cx.capMid.get(norm) ?? 0
    const low = cx.lower.get(norm) ?? 0
    const doc = (mid > 0 ? 1 : 0) | (low > 0 ? 2 : 0)
    out.push(addInt(addInt(open(50), doc), capFlag | (cx.initial[i]! << 2)))
    if (majority) {
      const m = majority.get(norm)
      if (m !== undefined) {
        out.push(addInt(open(60), m))
        out.push(addInt(add(open(61), short), m))
      }
      const before = inP1 ? majority.get(words.norm[i - 1] as string) : undefined
      const after = inN1 ? majority.get(words.norm[i + 1] as string) : undefined
      if (before !== undefined) out.push(addInt(open(62), before))
      if (after !== undefined) out.push(addInt(open(63), after))
    }
  }
  offsets[n] = out.length
  return { hashes: Uint32Array.from(out), offsets }
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
