import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ChronicleError } from '../../core/errors.js'
import { allowed, canEnd, N_LABELS } from './labels.js'

const L = N_LABELS
if (L !== 17) throw new Error('addEmissions() is unrolled for 17 BILOU labels')

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
/** {@link PREDECESSORS} flat: label y's are PRED[PRED_AT[y], PRED_AT[y + 1]). */
const PRED_AT = new Int32Array(L + 1)
const PRED = new Uint8Array(PREDECESSORS.reduce((n, p) => n + p.length, 0))
for (let y = 0, k = 0; y < L; y++) {
  PRED_AT[y] = k
  for (const p of PREDECESSORS[y] as Uint8Array) PRED[k++] = p
  PRED_AT[y + 1] = k
}

/** Reusable buffers of {@link viterbi}. */
export interface Scratch {
  score: Float64Array
  back: Uint8Array
  emit: Float64Array
  /** The allowed transitions' scores in {@link PRED} order. */
  readonly flat: Float64Array
}

/** Fresh buffers for {@link viterbi}. */
export function scratch(): Scratch {
  return {
    score: new Float64Array(0),
    back: new Uint8Array(0),
    emit: new Float64Array(0),
    flat: new Float64Array(PRED.length),
  }
}

/**
 * Adds word i's feature rows to its emission sums `emit[(i - base) * L + label]` for the words
 * [from, to): `rows[offsets[i], offsets[i + 1])` are word i's weight rows (-1 = unknown feature),
 * `weights[row * stride + column + label]` their weights, unscaled (int16 sums are exact; two
 * passes may share one table, see {@link addEmissionsPair}). The 17 label sums
 * live in locals (registers) rather than an array, which roughly halves the tagger's hottest
 * loop.
 */
export function addEmissions(
  rows: Int32Array,
  offsets: Int32Array,
  from: number,
  to: number,
  weights: Int16Array | Float64Array,
  stride: number,
  column: number,
  emit: Float64Array,
  base: number,
): void {
  for (let i = from; i < to; i++) {
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
    for (let f = offsets[i]!, end = offsets[i + 1]!; f < end; f++) {
      const r = rows[f]!
      if (r < 0) continue
      const b = r * stride + column
      e0 += weights[b + 0]!
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
    const at = (i - base) * L
    emit[at + 0]! += e0
    emit[at + 1]! += e1
    emit[at + 2]! += e2
    emit[at + 3]! += e3
    emit[at + 4]! += e4
    emit[at + 5]! += e5
    emit[at + 6]! += e6
    emit[at + 7]! += e7
    emit[at + 8]! += e8
    emit[at + 9]! += e9
    emit[at + 10]! += e10
    emit[at + 11]! += e11
    emit[at + 12]! += e12
    emit[at + 13]! += e13
    emit[at + 14]! += e14
    emit[at + 15]! += e15
    emit[at + 16]! += e16
  }
}

/**
 * {@link addEmissions} for two passes at once over the same feature rows, whose weights share
 * one table: `both[row * 2L + label]` is pass A's, `both[row * 2L + L + label]` pass B's. Reading
 * each row once for both passes saves pass 2 its own walk over the pass-1 features.
 */
export function addEmissionsPair(
  rows: Int32Array,
  offsets: Int32Array,
  n: number,
  both: Int16Array,
  emitA: Float64Array,
  emitB: Float64Array,
): void {
  for (let i = 0; i < n; i++) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0,
      a4 = 0,
      a5 = 0,
      a6 = 0,
      a7 = 0,
      a8 = 0,
      a9 = 0,
      a10 = 0,
      a11 = 0,
      a12 = 0,
      a13 = 0,
      a14 = 0,
      a15 = 0,
      a16 = 0
    let b0 = 0,
      b1 = 0,
      b2 = 0,
      b3 = 0,
      b4 = 0,
      b5 = 0,
      b6 = 0,
      b7 = 0,
      b8 = 0,
      b9 = 0,
      b10 = 0,
      b11 = 0,
      b12 = 0,
      b13 = 0,
      b14 = 0,
      b15 = 0,
      b16 = 0
    for (let f = offsets[i]!, end = offsets[i + 1]!; f < end; f++) {
      const r = rows[f]!
      if (r < 0) continue
      const w = r * 34
      a0 += both[w + 0]!
      a1 += both[w + 1]!
      a2 += both[w + 2]!
      a3 += both[w + 3]!
      a4 += both[w + 4]!
      a5 += both[w + 5]!
      a6 += both[w + 6]!
      a7 += both[w + 7]!
      a8 += both[w + 8]!
      a9 += both[w + 9]!
      a10 += both[w + 10]!
      a11 += both[w + 11]!
      a12 += both[w + 12]!
      a13 += both[w + 13]!
      a14 += both[w + 14]!
      a15 += both[w + 15]!
      a16 += both[w + 16]!
      b0 += both[w + 17]!
      b1 += both[w + 18]!
      b2 += both[w + 19]!
      b3 += both[w + 20]!
      b4 += both[w + 21]!
      b5 += both[w + 22]!
      b6 += both[w + 23]!
      b7 += both[w + 24]!
      b8 += both[w + 25]!
      b9 += both[w + 26]!
      b10 += both[w + 27]!
      b11 += both[w + 28]!
      b12 += both[w + 29]!
      b13 += both[w + 30]!
      b14 += both[w + 31]!
      b15 += both[w + 32]!
      b16 += both[w + 33]!
    }
    const at = i * L
    emitA[at + 0]! += a0
    emitA[at + 1]! += a1
    emitA[at + 2]! += a2
    emitA[at + 3]! += a3
    emitA[at + 4]! += a4
    emitA[at + 5]! += a5
    emitA[at + 6]! += a6
    emitA[at + 7]! += a7
    emitA[at + 8]! += a8
    emitA[at + 9]! += a9
    emitA[at + 10]! += a10
    emitA[at + 11]! += a11
    emitA[at + 12]! += a12
    emitA[at + 13]! += a13
    emitA[at + 14]! += a14
    emitA[at + 15]! += a15
    emitA[at + 16]! += a16
    emitB[at + 0]! += b0
    emitB[at + 1]! += b1
    emitB[at + 2]! += b2
    emitB[at + 3]! += b3
    emitB[at + 4]! += b4
    emitB[at + 5]! += b5
    emitB[at + 6]! += b6
    emitB[at + 7]! += b7
    emitB[at + 8]! += b8
    emitB[at + 9]! += b9
    emitB[at + 10]! += b10
    emitB[at + 11]! += b11
    emitB[at + 12]! += b12
    emitB[at + 13]! += b13
    emitB[at + 14]! += b14
    emitB[at + 15]! += b15
    emitB[at + 16]! += b16
  }
}

/**
 * The best label sequence (Viterbi) of n words whose emission sums are
 * `emit[(at + i) * L + label] * scale`; writes the labels to `out[outFrom + i]`.
 */
export function bestPath(
  emit: Float64Array,
  at: number,
  n: number,
  scale: number,
  trans: Float32Array | Float64Array,
  mask: Float32Array,
  out: Uint8Array,
  outFrom: number,
  sc: Scratch,
): void {
  if (n <= 0) return
  if (sc.score.length < n * L) {
    sc.score = new Float64Array(n * L * 2)
    sc.back = new Uint8Array(n * L * 2)
  }
  const { score, back, flat } = sc
  for (let y = 0; y < L; y++)
    for (let k = PRED_AT[y]!; k < PRED_AT[y + 1]!; k++) flat[k] = trans[(PRED[k]! + 1) * L + y]!
  const e0 = at * L
  for (let y = 0; y < L; y++) score[y] = emit[e0 + y]! * scale + trans[y]! + mask[y]!
  for (let i = 1; i < n; i++) {
    const cur = i * L
    const prevAt = cur - L
    const e = (at + i) * L
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      for (let k = PRED_AT[y]!, end = PRED_AT[y + 1]!; k < end; k++) {
        const p = PRED[k]!
        const s = score[prevAt + p]! + flat[k]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[cur + y] = best + emit[e + y]! * scale
      back[cur + y] = arg
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
    out[outFrom + i] = arg
    arg = back[i * L + arg]!
  }
}

/**
 * Viterbi decoding of one sequence of words [from, to) from their feature rows (see
 * {@link addEmissions}; weights times `scale`). Writes labels to `out`.
 */
export function viterbi(
  rows: Int32Array,
  offsets: Int32Array,
  from: number,
  to: number,
  weights: Int16Array | Float64Array,
  scale: number,
  trans: Float32Array | Float64Array,
  mask: Float32Array,
  out: Uint8Array,
  sc: Scratch,
): void {
  const n = to - from
  if (sc.emit.length < n * L) sc.emit = new Float64Array(n * L * 2)
  sc.emit.fill(0, 0, n * L)
  addEmissions(rows, offsets, from, to, weights, L, 0, sc.emit, from)
  bestPath(sc.emit, 0, n, scale, trans, mask, out, from, sc)
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

  /** The row of one hash (-1 when unknown). */
  row(hash: number): number {
    const slots = this.slots
    const m = this.slotMask
    const h = hash | 0
    let s = mix(h) & m
    for (;;) {
      const r = slots[2 * s + 1]!
      if (r === -1 || slots[2 * s] === h) return r
      s = (s + 1) & m
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

/**
 * The weights of one pass: int16 feature weights (times `scale`), label `y` of row `r` at
 * `weights[r * stride + column + y]` (pass 1 and pass 2 share one table of stride 2L), and
 * transition scores.
 */
export interface PassWeights {
  readonly weights: Int16Array
  readonly stride: number
  readonly column: number
  readonly scale: number
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

/**
 * Decodes the tagger's sentences from emission sums `emit[i * L + label]` (word i of the
 * document) with one pass's scale and transitions.
 */
export function decodeAll(emit: Float64Array, sentence: Int32Array, pass: PassWeights): Uint8Array {
  const n = sentence.length
  const out = new Uint8Array(n)
  let s = 0
  while (s < n) {
    let e = s + 1
    while (e < n && sentence[e] === sentence[s]) e++
    bestPath(emit, s, e - s, pass.scale, pass.trans, MASK, out, s, SCRATCH)
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
  const raw = new Map<string, { weights: Int16Array; scale: number; trans: Float32Array }>()
  for (const p of header.passes) {
    const weights = new Int16Array(buf, p.weightsAt, header.rows * L)
    const trans = new Float32Array(buf.slice(p.transAt, p.transAt + (L + 2) * L * 4))
    raw.set(p.name, { weights, scale: p.scale, trans })
  }
  const p1 = raw.get('pass1')
  const p2 = raw.get('pass2')
  if (!p1 || !p2)
    throw new ChronicleError('E_MODEL_MISSING', 'models/ner/ner.json lacks pass1 or pass2')
  // Pass 1 and pass 2 side by side in one table (see addEmissionsPair).
  const both = new Int16Array(header.rows * 2 * L)
  for (let r = 0; r < header.rows; r++) {
    both.set(p1.weights.subarray(r * L, r * L + L), r * 2 * L)
    both.set(p2.weights.subarray(r * L, r * L + L), r * 2 * L + L)
  }
  const pass1: PassWeights = { weights: both, stride: 2 * L, column: 0, ...scaled(p1) }
  const pass2: PassWeights = { weights: both, stride: 2 * L, column: L, ...scaled(p2) }
  const table = new FeatureTable(keys)
  const short = raw.get('short')
  return short
    ? { table, pass1, pass2, short: { ...short, stride: L, column: 0 } }
    : { table, pass1, pass2 }
}

function scaled(p: { scale: number; trans: Float32Array }): { scale: number; trans: Float32Array } {
  return { scale: p.scale, trans: p.trans }
}
