import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ChronicleError } from '../../core/errors.js'
import { allowed, canEnd, N_LABELS } from './labels.js'

const L = N_LABELS
if (L !== 17) throw new Error('emission() is unrolled for 17 BILOU labels')

/**
 * Transition scores are laid out as `trans[(prev + 1) * L + next]`, where prev = -1 is the
 * sequence start; row L + 1 holds the end scores. Ill-formed BILOU moves are never scored:
 * {@link PREDECESSORS} lists the allowed previous labels, and this mask bars ill-formed first and
 * last labels with -Infinity.
 */
export function transitionMask(): Float32Array {
  const t = new Float32Array((L + 2) * L)
  for (let prev = -1; prev < L; prev++)
    for (let next = 0; next < L; next++)
      if (!allowed(prev, next)) t[(prev + 1) * L + next] = Number.NEGATIVE_INFINITY
  for (let last = 0; last < L; last++)
    if (!canEnd(last)) t[(L + 1) * L + last] = Number.NEGATIVE_INFINITY
  return t
}

/** For each label, the labels allowed just before it (BILOU constraints). */
const PREDECESSORS: readonly Uint8Array[] = Array.from({ length: L }, (_, y) =>
  Uint8Array.from(Array.from({ length: L }, (_, p) => p).filter((p) => allowed(p, y))),
)

/** Reusable buffers of {@link viterbi}. */
export interface Scratch {
  score: Float64Array
  back: Uint8Array
  emit: Float64Array
}

/** Fresh buffers for {@link viterbi}. */
export function scratch(): Scratch {
  return { score: new Float64Array(0), back: new Uint8Array(0), emit: new Float64Array(L) }
}

/**
 * The emission scores of one word: the sum of its feature rows. The 17 label scores live in
 * locals (registers) rather than an array, which roughly halves the tagger's hottest loop.
 */
function emission(
  rows: Int32Array,
  from: number,
  to: number,
  weights: Float32Array | Float64Array,
  emit: Float64Array,
): void {
  let e0 = 0,
    e1 = 0,
    e2 = 0,
    e3 = 0,
    e4 = 0,
    e5 = 0,
    e6 = 0,
    e7 = 0,
    e8 = 0,
    e9 = 0,
    e10 = 0,
    e11 = 0,
    e12 = 0,
    e13 = 0,
    e14 = 0,
    e15 = 0,
    e16 = 0
  for (let f = from; f < to; f++) {
    const r = rows[f]!
    if (r < 0) continue
    const b = r * 17
    e0 += weights[b]!
    e1 += weights[b + 1]!
    e2 += weights[b + 2]!
    e3 += weights[b + 3]!
    e4 += weights[b + 4]!
    e5 += weights[b + 5]!
    e6 += weights[b + 6]!
    e7 += weights[b + 7]!
    e8 += weights[b + 8]!
    e9 += weights[b + 9]!
    e10 += weights[b + 10]!
    e11 += weights[b + 11]!
    e12 += weights[b + 12]!
    e13 += weights[b + 13]!
    e14 += weights[b + 14]!
    e15 += weights[b + 15]!
    e16 += weights[b + 16]!
  }
  emit[0] = e0
  emit[1] = e1
  emit[2] = e2
  emit[3] = e3
  emit[4] = e4
  emit[5] = e5
  emit[6] = e6
  emit[7] = e7
  emit[8] = e8
  emit[9] = e9
  emit[10] = e10
  emit[11] = e11
  emit[12] = e12
  emit[13] = e13
  emit[14] = e14
  emit[15] = e15
  emit[16] = e16
}

/**
 * Viterbi decoding of one sequence of words [from, to). `rows[offsets[i], offsets[i + 1])` are
 * word i's weight rows (-1 = unknown feature); `weights[row * L + label]`. Writes labels to `out`.
 */
export function viterbi(
  rows: Int32Array,
  offsets: Int32Array,
  from: number,
  to: number,
  weights: Float32Array | Float64Array,
  trans: Float32Array | Float64Array,
  mask: Float32Array,
  out: Uint8Array,
  sc: Scratch,
): void {
  const n = to - from
  if (n <= 0) return
  if (sc.score.length < n * L) {
    sc.score = new Float64Array(n * L * 2)
    sc.back = new Uint8Array(n * L * 2)
  }
  const { score, back, emit } = sc
  for (let i = 0; i < n; i++) {
    emission(rows, offsets[from + i]!, offsets[from + i + 1]!, weights, emit)
    const at = i * L
    if (i === 0) {
      for (let y = 0; y < L; y++) score[y] = emit[y]! + trans[y]! + mask[y]!
      continue
    }
    const prevAt = at - L
    for (let y = 0; y < L; y++) {
      const preds = PREDECESSORS[y] as Uint8Array
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!
        const s = score[prevAt + p]! + trans[(p + 1) * L + y]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[at + y] = best + emit[y]!
      back[at + y] = arg
    }
  }
  const lastAt = (n - 1) * L
  let best = Number.NEGATIVE_INFINITY
  let arg = 0
  for (let y = 0; y < L; y++) {
    const k = (L + 1) * L + y
    const s = score[lastAt + y]! + trans[k]! + mask[k]!
    if (s > best) {
      best = s
      arg = y
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg
    arg = back[i * L + arg]!
  }
}

/** Finalizer of MurmurHash3: spreads FNV hashes over the table slots. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Open-addressing map from feature hash to weight row; key and row share a cache line. */
export class FeatureTable {
  private readonly slots: Int32Array
  private readonly slotMask: number

  constructor(keys: Uint32Array) {
    let size = 1
    while (size < keys.length * 2) size <<= 1
    this.slots = new Int32Array(size * 2).fill(-1)
    this.slotMask = size - 1
    for (let r = 0; r < keys.length; r++) {
      let s = mix(keys[r]!) & this.slotMask
      while (this.slots[2 * s + 1] !== -1) s = (s + 1) & this.slotMask
      this.slots[2 * s] = keys[r]! | 0
      this.slots[2 * s + 1] = r
    }
  }

  /** Writes the row of each hash (-1 when unknown) into `out`. */
  rows(hashes: Uint32Array, out: Int32Array): void {
    const slots = this.slots
    const m = this.slotMask
    for (let f = 0; f < hashes.length; f++) {
      const h = hashes[f]! | 0
      let s = mix(h) & m
      let r: number
      for (;;) {
        r = slots[2 * s + 1]!
        if (r === -1 || slots[2 * s] === h) break
        s = (s + 1) & m
      }
      out[f] = r
    }
  }
}

/** The weights of one pass. */
export interface PassWeights {
  readonly weights: Float32Array
  readonly trans: Float32Array
}

/** The trained tagger: one feature table shared by both passes, and each pass's weights. */
export interface NerModels {
  readonly table: FeatureTable
  readonly pass1: PassWeights
  readonly pass2: PassWeights
  /**
   * One pass trained on single sentences without their documents (`short` in the model file),
   * for documents of at most SHORT_DOC sentences; absent in older model files.
   */
  readonly short?: PassWeights
}

/** Documents of at most this many sentences are tagged with the `short` model. */
export const SHORT_DOC = 2

/** The model file header (models/ner/ner.json). */
export interface ModelHeader {
  readonly format: 'chronicle-ner/2'
  readonly labels: readonly string[]
  /** Feature rows: keys (uint32 hashes) at `keysAt` in ner.bin. */
  readonly rows: number
  readonly keysAt: number
  /** Per pass: int16 weights (times `scale`) and float32 transitions, byte offsets in ner.bin. */
  readonly passes: readonly {
    readonly name: string
    readonly weightsAt: number
    readonly transAt: number
    readonly scale: number
  }[]
  readonly training: Readonly<Record<string, unknown>>
}

/** Decodes the tagger's sentences with one pass's weights. */
export function tagSequences(
  rows: Int32Array,
  offsets: Int32Array,
  sentence: Int32Array,
  pass: PassWeights,
): Uint8Array {
  const n = sentence.length
  const out = new Uint8Array(n)
  let s = 0
  while (s < n) {
    let e = s + 1
    while (e < n && sentence[e] === sentence[s]) e++
    viterbi(rows, offsets, s, e, pass.weights, pass.trans, MASK, out, SCRATCH)
    s = e
  }
  return out
}

const MASK = transitionMask()
const SCRATCH = scratch()
const MODEL_DIR = new URL('../../../../models/ner/', import.meta.url)

/** Reads the tagger model from `dir` (default: the committed models/ner/). */
export function loadModels(dir: URL = MODEL_DIR): NerModels {
  if (!existsSync(new URL('ner.bin', dir)))
    throw new ChronicleError(
      'E_MODEL_MISSING',
      `${fileURLToPath(dir)}ner.bin: run npm run train:ner`,
    )
  const header = JSON.parse(
    readFileSync(fileURLToPath(new URL('ner.json', dir)), 'utf8'),
  ) as ModelHeader
  if (header.format !== 'chronicle-ner/2')
    throw new ChronicleError('E_MODEL_MISSING', `models/ner/ner.json: format ${header.format}`)
  const bin = readFileSync(fileURLToPath(new URL('ner.bin', dir)))
  const buf = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength)
  const keys = new Uint32Array(buf, header.keysAt, header.rows)
  const passes: Record<string, PassWeights> = {}
  for (const p of header.passes) {
    const q = new Int16Array(buf, p.weightsAt, header.rows * L)
    const weights = new Float32Array(q.length)
    for (let k = 0; k < q.length; k++) weights[k] = q[k]! * p.scale
    const trans = new Float32Array(buf.slice(p.transAt, p.transAt + (L + 2) * L * 4))
    passes[p.name] = { weights, trans }
  }
  if (!passes.pass1 || !passes.pass2)
    throw new ChronicleError('E_MODEL_MISSING', 'models/ner/ner.json lacks pass1 or pass2')
  const table = new FeatureTable(keys)
  const base = { table, pass1: passes.pass1, pass2: passes.pass2 }
  return passes.short ? { ...base, short: passes.short } : base
}
