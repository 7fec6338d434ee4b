import {
  BIAS,
  EDGE_NEAR,
  type GroupedFeatures,
  POS_IDS,
  posKeyFeatures,
  type WordInfo,
} from './features.js'
import { N_LABELS } from './labels.js'
import type { FeatureTable } from './model.js'

const L = N_LABELS
/** Width of one summed vector: pass-1 then pass-2 label weights. */
const W = 2 * L
/** A word form's vectors: its own (with the bias), then as previous, next, two before, two after. */
const FORM = 5 * W

/**
 * Weight sums cached per word form for the two-pass tagger: most of a word's features depend on
 * one word form only (the word's own form, affixes and shapes; each neighbour's form and shape)
 * or on the parts of speech around it, so their pass-1 and pass-2 weights are summed once per
 * form (per POS context) instead of being looked up feature by feature for every token. The
 * sums are of int16 weights, exact, so tagging gives the same labels as the feature-by-feature
 * walk.
 */
export class FormVectors {
  private readonly edge: Int32Array
  /** Sums of the POS features by POS context key (see GroupedFeatures.posKey). */
  private readonly pos: (Int32Array | undefined)[] = new Array(POS_IDS ** 3)

  constructor(
    private readonly table: FeatureTable,
    private readonly both: Int16Array,
  ) {
    this.edge = new Int32Array(FORM)
    for (let k = 0; k < 4; k++)
      this.sum(EDGE_NEAR.subarray(2 * k, 2 * k + 2), this.edge, (k + 1) * W)
  }

  /** Adds the pass-1 and pass-2 weights of `hashes` to `out[at, at + W)`. */
  private sum(hashes: ArrayLike<number>, out: Int32Array, at: number): void {
    for (let k = 0; k < hashes.length; k++) {
      const r = this.table.row(hashes[k]!)
      if (r < 0) continue
      const b = r * W
      for (let y = 0; y < W; y++) out[at + y]! += this.both[b + y]!
    }
  }

  private form(info: WordInfo): Int32Array {
    if (info.vectorsOf === this && info.vectors) return info.vectors
    const v = new Int32Array(FORM)
    this.sum([BIAS], v, 0)
    this.sum(info.own, v, 0)
    for (let k = 0; k < 4; k++) this.sum(info.near.subarray(2 * k, 2 * k + 2), v, (k + 1) * W)
    info.vectors = v
    info.vectorsOf = this
    return v
  }

  private posContext(f: GroupedFeatures, i: number): Int32Array {
    const key = f.posKey[i]!
    const cached = key < 0 ? undefined : this.pos[key]
    if (cached) return cached
    const v = new Int32Array(W)
    this.sum(key < 0 ? (f.posHashes[i] as Uint32Array) : posKeyFeatures(key), v, 0)
    if (key >= 0) this.pos[key] = v
    return v
  }

  /**
   * Adds the grouped features' weights of every word to its emission sums: pass 1's to
   * `emitA[i * L + label]`, pass 2's to `emitB` (`sentence[i]`: word i's sentence).
   */
  addTo(f: GroupedFeatures, sentence: Int32Array, emitA: Float64Array, emitB: Float64Array): void {
    const n = sentence.length
    const forms: Int32Array[] = []
    for (let i = 0; i < n; i++) forms.push(this.form(f.info[i] as WordInfo))
    const edge = this.edge
    for (let i = 0; i < n; i++) {
      const s = sentence[i]
      const inP1 = i > 0 && sentence[i - 1] === s
      const inN1 = i + 1 < n && sentence[i + 1] === s
      const p1 = inP1 ? forms[i - 1]! : edge
      const n1 = inN1 ? forms[i + 1]! : edge
      const p2 = inP1 && i > 1 && sentence[i - 2] === s ? forms[i - 2]! : edge
      const n2 = inN1 && i + 2 < n && sentence[i + 2] === s ? forms[i + 2]! : edge
      const own = forms[i]!
      const pos = this.posContext(f, i)
      const at = i * L
      for (let y = 0; y < L; y++) {
        emitA[at + y]! +=
          own[y]! + p1[W + y]! + n1[2 * W + y]! + p2[3 * W + y]! + n2[4 * W + y]! + pos[y]!
        const z = L + y
        emitB[at + y]! +=
          own[z]! + p1[W + z]! + n1[2 * W + z]! + p2[3 * W + z]! + n2[4 * W + z]! + pos[z]!
      }
    }
  }
}
