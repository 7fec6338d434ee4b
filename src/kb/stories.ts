/**
 * Story clustering: the articles about one event. Each document gets a sketch (computed in the
 * extraction worker, so the writer stays cheap):
 *
 * 1. a MinHash signature over 5-word shingles of its text, for near-duplicates and rewrites;
 * 2. its story keys: the content words of its title and lead, weighted by place, plus its
 *    entities' resolution keys, for "the same event told differently".
 *
 * A new document joins the story of the most similar earlier document when (a) their MinHash
 * agreement says near-duplicate, or (b) the IDF-weighted cosine of their keys passes a threshold
 * and their dates are compatible. Otherwise it starts a story. This is incremental: earlier
 * assignments never change, and a document only meets earlier documents that share a key.
 */
import type { DocumentJSON } from '../core/schema.js'
import { STOPWORDS } from './data/stopwords.js'
import { nameKey } from './names.js'

/** What story clustering keeps of one document. */
export interface StoryFeatures {
  /** Story keys, most telling first (words; `e:` + entity key for entities). */
  readonly keys: readonly string[]
  /** MinHash signature (unsigned 32-bit values). */
  readonly minhash: readonly number[]
  /** `YYYY-MM-DD` or null. */
  readonly date: string | null
}

/** Tunables of story clustering. */
export interface StoryOptions {
  /** How many word keys a document keeps. */
  readonly maxKeys: number
  /** IDF-weighted cosine needed to join a story. */
  readonly threshold: number
  /** MinHash agreement that marks a near-duplicate. */
  readonly duplicate: number
  /** Days two dated documents of one story may lie apart. */
  readonly maxDays: number
  /** How many of its rarest keys a document probes the key index with. */
  readonly probeKeys: number
  /** Earlier documents compared at most (those sharing the most probe keys). */
  readonly maxCandidates: number
  /** How fast a key's weight falls with its rank in the document (0: all keys weigh alike). */
  readonly rankDecay: number
}

/** The defaults, tuned on the news-cluster dev set (eval/stories.ts). */
export const STORY_DEFAULTS: StoryOptions = {
  maxKeys: 30,
  threshold: 0.15,
  duplicate: 0.5,
  maxDays: 30,
  probeKeys: 8,
  maxCandidates: 24,
  rankDecay: 0,
}

const HASHES = 32
const SHINGLE = 5
const LEAD_CHARS = 600
const BODY_CHARS = 3000

/**
 * The sketch of a document for story clustering.
 *
 * @example
 * const f = storyFeatures(doc) // f.keys: ['missile', 'hokkaido', 'e:kim jong un', ...]
 */
export function storyFeatures(
  doc: DocumentJSON,
  options: StoryOptions = STORY_DEFAULTS,
): StoryFeatures {
  const weights = new Map<string, number>()
  const add = (text: string, weight: number) => {
    for (const w of words(text)) {
      const k = stem(w)
      if (k.length < 3 || STOPWORDS.has(w) || STOPWORDS.has(k)) continue
      weights.set(k, (weights.get(k) ?? 0) + weight)
    }
  }
  const title = doc.meta.title ?? ''
  add(title, 3)
  let body = doc.text
  // The reader may repeat the title as the first line: count it once.
  if (title !== '' && body.startsWith(title)) body = body.slice(title.length)
  add(body.slice(0, LEAD_CHARS), 1.5)
  add(body.slice(LEAD_CHARS, BODY_CHARS), 1)
  const ranked = [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxKeys)
    .map(([k]) => k)
  const entityKeys = [...doc.entities]
    .filter((e) => e.type !== 'MISC')
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1))
    .slice(0, 10)
    .map((e) => `e:${nameKey(e.name).replace(/ /g, '_')}`)
    .filter((k) => k.length > 2)
  const keys = [...new Set([...entityKeys, ...ranked])]
  return { keys, minhash: minhash(doc.text), date: documentDate(doc) }
}

/** The date a document is about: `meta.documentDate`, else the day of `meta.published`. */
export function documentDate(doc: DocumentJSON): string | null {
  const d = doc.meta.documentDate ?? doc.meta.published
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}\p{N}]*(?:['’][\p{L}]+)?|\d{2,}/gu) ?? []
}

/** A light suffix-stripper: plurals and possessives only, so keys stay recognisable. */
function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]/g, '')
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    w = w.slice(0, -1)
  }
  return w
}

/** 32-bit FNV-1a. */
function fnv(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => fnv(`seed${i}`) | 1)

/** MinHash over word shingles: one pass, `HASHES` mixes of each shingle's hash. */
export function minhash(text: string): number[] {
  const ws = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const sig = new Array<number>(HASHES).fill(0xffffffff)
  const n = Math.max(1, ws.length - SHINGLE + 1)
  for (let i = 0; i < n; i++) {
    const h = fnv(ws.slice(i, i + SHINGLE).join(' '))
    for (let j = 0; j < HASHES; j++) {
      let x = Math.imul(h ^ (SEEDS[j] as number), 0x9e3779b1)
      x ^= x >>> 15
      x = Math.imul(x, 0x85ebca6b) >>> 0
      if (x < (sig[j] as number)) sig[j] = x
    }
  }
  return sig
}

/** The share of equal MinHash values: an estimate of the shingle-set Jaccard similarity. */
export function minhashAgreement(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}

/** IDF of a key seen in `df` of `n` documents. */
export function idf(df: number, n: number): number {
  return Math.log((n + 1) / (df + 1)) + 1
}

/**
 * IDF-weighted cosine of two key lists. Keys come most telling first; with `rankDecay` > 0 the
 * k-th key of a document weighs `1 / sqrt(1 + k * rankDecay)` of the first, so the title and
 * the main entities count more than words met once in the body.
 */
export function keyCosine(
  a: readonly string[],
  b: readonly string[],
  weight: (key: string) => number,
  rankDecay = 0,
): number {
  const wb = new Map<string, number>()
  let nb = 0
  b.forEach((k, i) => {
    const w = weight(k) / Math.sqrt(1 + i * rankDecay)
    wb.set(k, w)
    nb += w * w
  })
  let dot = 0
  let na = 0
  a.forEach((k, i) => {
    const w = weight(k) / Math.sqrt(1 + i * rankDecay)
    na += w * w
    const other = wb.get(k)
    if (other !== undefined) dot += w * other
  })
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}

/** Days between two `YYYY-MM-DD` dates (0 when either is unknown). */
export function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
}

/** A candidate earlier document for {@link chooseStory}. */
export interface StoryCandidate {
  readonly docId: string
  readonly storyId: string
  readonly keys: readonly string[]
  readonly minhash: readonly number[]
  readonly date: string | null
}

/**
 * Picks the story a document joins among earlier documents, or null for a new story.
 * Ties go to the earlier story id, so the choice never depends on row order.
 */
export function chooseStory(
  doc: StoryFeatures,
  candidates: readonly StoryCandidate[],
  weight: (key: string) => number,
  options: StoryOptions = STORY_DEFAULTS,
): string | null {
  let best: { story: string; score: number } | null = null
  for (const c of candidates) {
    let score = 0
    if (minhashAgreement(doc.minhash, c.minhash) >= options.duplicate) score = 1
    else if (daysApart(doc.date, c.date) <= options.maxDays) {
      score = keyCosine(doc.keys, c.keys, weight, options.rankDecay)
    }
    if (score < options.threshold) continue
    if (
      !best ||
      score > best.score + 1e-12 ||
      (Math.abs(score - best.score) <= 1e-12 && c.storyId < best.story)
    ) {
      best = { story: c.storyId, score }
    }
  }
  return best?.story ?? null
}
