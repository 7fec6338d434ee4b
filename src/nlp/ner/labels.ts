import type { EntityType } from '../../core/schema.js'

/** The entity types the tagger predicts, in label order. */
export const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC']

/**
 * BILOU labels: 0 is O; type k has B = 1 + 4k, I = 2 + 4k, L = 3 + 4k, U = 4 + 4k.
 * BILOU beats BIO for feature-based taggers (Ratinov & Roth 2009).
 */
export const N_LABELS = 1 + 4 * TYPES.length

/** Label names for model headers and debugging ("O", "B-PERSON", ...). */
export const LABEL_NAMES: readonly string[] = [
  'O',
  ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
]

/** 0 = O, 1 = B, 2 = I, 3 = L, 4 = U. */
export function part(label: number): number {
  return label === 0 ? 0 : ((label - 1) % 4) + 1
}

/** The type index of a label (-1 for O). */
export function typeOf(label: number): number {
  return label === 0 ? -1 : Math.floor((label - 1) / 4)
}

/** Whether `next` may follow `prev` in a well-formed BILOU sequence (prev -1 = sequence start). */
export function allowed(prev: number, next: number): boolean {
  const open = prev > 0 && (part(prev) === 1 || part(prev) === 2)
  const p = part(next)
  if (open) return (p === 2 || p === 3) && typeOf(next) === typeOf(prev)
  return p === 0 || p === 1 || p === 4
}

/** Whether a sequence may end on `label`. */
export function canEnd(label: number): boolean {
  const p = part(label)
  return p !== 1 && p !== 2
}

/** A token-index entity: tokens [start, end) of type index `type`. */
export interface TokenSpan {
  readonly start: number
  readonly end: number
  readonly type: number
}

/** Writes BILOU labels for `spans` into `out` (which must be zeroed, one entry per token). */
export function encode(spans: readonly TokenSpan[], out: Uint8Array): void {
  for (const s of spans) {
    const base = 1 + 4 * s.type
    if (s.end - s.start === 1) {
      out[s.start] = base + 3
      continue
    }
    out[s.start] = base
    for (let i = s.start + 1; i < s.end - 1; i++) out[i] = base + 1
    out[s.end - 1] = base + 2
  }
}

/** Reads entity spans back from a label sequence (tolerates ill-formed input). */
export function decode(labels: ArrayLike<number>, from = 0, to = labels.length): TokenSpan[] {
  const out: TokenSpan[] = []
  let start = -1
  let type = -1
  for (let i = from; i < to; i++) {
    const l = labels[i] ?? 0
    const p = part(l)
    const t = typeOf(l)
    if (start !== -1 && (p === 0 || p === 1 || p === 4 || t !== type)) {
      out.push({ start, end: i, type })
      start = -1
    }
    if (p === 4) out.push({ start: i, end: i + 1, type: t })
    else if (p !== 0 && start === -1) {
      start = i
      type = t
    }
    if (p === 3 && start !== -1) {
      out.push({ start, end: i + 1, type })
      start = -1
    }
  }
  if (start !== -1) out.push({ start, end: to, type })
  return out
}
