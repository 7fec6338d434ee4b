import type { EntityType } from '../../core/schema.js'
import type { NerSpan } from './tagger.js'

/** True/false positive and false negative counts of one entity type. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Exact-span counts per type, accumulated over documents. */
export type TypeCounts = Record<EntityType, Counts>

/** Fresh, zeroed counts. */
export function emptyCounts(): TypeCounts {
  return {
    PERSON: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    MISC: { tp: 0, fp: 0, fn: 0 },
  }
}

/** Adds one document: a prediction counts when its start, end and type equal a gold span's. */
export function count(gold: readonly NerSpan[], pred: readonly NerSpan[], into: TypeCounts): void {
  const key = (s: NerSpan): string => `${s.start}:${s.end}:${s.type}`
  const goldKeys = new Set(gold.map(key))
  const predKeys = new Set(pred.map(key))
  for (const s of pred) into[s.type][goldKeys.has(key(s)) ? 'tp' : 'fp']++
  for (const s of gold) if (!predKeys.has(key(s))) into[s.type].fn++
}

/** Precision, recall and F1 of summed counts. */
export function prf(...cs: readonly Counts[]): { p: number; r: number; f: number } {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const c of cs) {
    tp += c.tp
    fp += c.fp
    fn += c.fn
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp)
  const r = tp + fn === 0 ? 0 : tp / (tp + fn)
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
