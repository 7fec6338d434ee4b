import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ChronicleError } from '../../core/errors.js'
import { allowed, canEnd, N_LABELS } from './labels.js'

const L = N_LABELS

/**
 * Transition scores: `trans[(prev + 1) * L + next]`, where prev = -1 is the sequence start;
 * row L + 1 holds the end scores. Ill-formed BILOU moves get -Infinity (hard constraints).
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
  scratch: { score: Float64Array; back: Uint8Array; emit: Float64Array },
): void {
  const n = to - from
  if (n <= 0) return
  if (scratch.score.length < n * L) {
    scratch.score = new Float64Array(n * L * 2)
    scratch.back = new Uint8Array(n * L * 2)
    scratch.emit = new Float64Array(L)
  }
  const { score, back, emit } = scratch
  for (let i = 0; i < n; i++) {
    emit.fill(0)
    for (let f = offsets[from + i]!, e = offsets[from + i + 1]!; f < e; f++) {
      const r = rows[f]!
      if (r < 0) continue
      const base = r * L
      for (let y = 0; y < L; y++) emit[y]! += weights[base + y]!
    }
    const at = i * L
    if (i === 0) {
      for (let y = 0; y < L; y++) score[y] = emit[y]! + trans[y]! + mask[y]!
      continue
    }
    const prevAt = at - L
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      for (let p = 0; p < L; p++) {
        const k = (p + 1) * L + y
        const s = score[prevAt + p]! + trans[k]! + mask[k]!
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

/** One trained linear model: feature hash → weight row, plus transition scores. */
export class LinearModel {
  private readonly slots: Uint32Array
  private readonly slotRow: Int32Array
  private readonly slotMask: number
  private readonly mask = transitionMask()
  private scratch = {
    score: new Float64Array(0),
    back: new Uint8Array(0),
    emit: new Float64Array(L),
  }

  /** `keys[r]` is the feature hash of row r; `weights` holds `keys.length * L` scores. */
  constructor(
    readonly keys: Uint32Array,
    readonly weights: Float32Array,
    readonly trans: Float32Array,
  ) {
    let size = 1
    while (size < keys.length * 2) size <<= 1
    this.slots = new Uint32Array(size)
    this.slotRow = new Int32Array(size).fill(-1)
    this.slotMask = size - 1
    for (let r = 0; r < keys.length; r++) {
      let s = mix(keys[r]!) & this.slotMask
      while (this.slotRow[s] !== -1) s = (s + 1) & this.slotMask
      this.slots[s] = keys[r]!
      this.slotRow[s] = r
    }
  }

  /** The weight row of a feature hash, or -1. */
  row(hash: number): number {
    let s = mix(hash) & this.slotMask
    for (;;) {
      const r = this.slotRow[s]!
      if (r === -1 || this.slots[s] === hash) return r
      s = (s + 1) & this.slotMask
    }
  }

  /** Tags words; `sentence[i]` delimits the Viterbi sequences. */
  tag(hashes: Uint32Array, offsets: Int32Array, sentence: Int32Array): Uint8Array {
    const rows = new Int32Array(hashes.length)
    for (let f = 0; f < hashes.length; f++) rows[f] = this.row(hashes[f]!)
    const n = sentence.length
    const out = new Uint8Array(n)
    let s = 0
    while (s < n) {
      let e = s + 1
      while (e < n && sentence[e] === sentence[s]) e++
      viterbi(rows, offsets, s, e, this.weights, this.trans, this.mask, out, this.scratch)
      s = e
    }
    return out
  }
}

/** The model file header (models/ner/ner.json). */
export interface ModelHeader {
  readonly format: 'chronicle-ner/1'
  readonly labels: readonly string[]
  /** Sections of ner.bin, in bytes. Weights are int16, multiplied by `scale`. */
  readonly models: readonly {
    readonly name: string
    readonly rows: number
    readonly keysAt: number
    readonly weightsAt: number
    readonly transAt: number
    readonly scale: number
  }[]
  readonly training: Readonly<Record<string, unknown>>
}

/** The tagger's two passes. */
export interface NerModels {
  readonly pass1: LinearModel
  readonly pass2: LinearModel
}

const MODEL_DIR = new URL('../../../../models/ner/', import.meta.url)

/** Reads a model pair from `dir` (default: the committed models/ner/). */
export function loadModels(dir: URL = MODEL_DIR): NerModels {
  if (!existsSync(new URL('ner.bin', dir)))
    throw new ChronicleError(
      'E_MODEL_MISSING',
      `${fileURLToPath(dir)}ner.bin: run npm run train:ner`,
    )
  const header = JSON.parse(readFileSync(fileURLToPath(new URL('ner.json', dir)), 'utf8'))
  const bin = readFileSync(fileURLToPath(new URL('ner.bin', dir)))
  const buf = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength)
  const out: Record<string, LinearModel> = {}
  for (const m of (header as ModelHeader).models) {
    const keys = new Uint32Array(buf, m.keysAt, m.rows)
    const q = new Int16Array(buf, m.weightsAt, m.rows * L)
    const weights = new Float32Array(q.length)
    for (let k = 0; k < q.length; k++) weights[k] = q[k]! * m.scale
    const trans = new Float32Array(buf.slice(m.transAt, m.transAt + (L + 2) * L * 4))
    out[m.name] = new LinearModel(keys, weights, trans)
  }
  if (!out.pass1 || !out.pass2)
    throw new ChronicleError('E_MODEL_MISSING', 'models/ner/ner.json lacks pass1 or pass2')
  return { pass1: out.pass1, pass2: out.pass2 }
}
