import type { Entity, Mention } from '../core/schema.js'

/**
 * The entity (and its mention) at a span of the text, for later stages (quote speakers, event
 * actors): the mention that lies inside `[start, end)` and covers the most of it; ties go to a
 * name over a nominal over a pronoun. Returns null when no mention overlaps the span.
 *
 * Build an index once with {@link mentionIndex} when looking up many spans of one document.
 *
 * @example
 * const hit = entityAt(doc.entities, speaker.start, speaker.end)
 * // { entity: { id: 'E1', name: 'Volodymyr Zelensky', ... }, mention: { text: 'Zelensky', ... } }
 */
export function entityAt(
  entities: readonly Entity[],
  start: number,
  end: number,
): { entity: Entity; mention: Mention } | null {
  return mentionIndex(entities).at(start, end)
}

/** A sorted index of every mention of a document's entities. */
export interface MentionIndex {
  /** The best mention overlapping `[start, end)` (see {@link entityAt}), or null. */
  at(start: number, end: number): { entity: Entity; mention: Mention } | null
  /** The mentions that overlap `[start, end)`, in text order. */
  within(start: number, end: number): { entity: Entity; mention: Mention }[]
}

const RANK = { name: 3, nominal: 2, pronoun: 1 } as const

/** Indexes the mentions of `entities` by start offset (UTF-16). */
export function mentionIndex(entities: readonly Entity[]): MentionIndex {
  const all: { entity: Entity; mention: Mention }[] = []
  let longest = 0
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      all.push({ entity, mention })
      longest = Math.max(longest, mention.end - mention.start)
    }
  }
  all.sort((x, y) => x.mention.start - y.mention.start || x.mention.end - y.mention.end)
  const within = (start: number, end: number) => {
    // Mentions starting before `start - longest` cannot reach `start`.
    let lo = 0
    let hi = all.length
    const from = start - longest
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((all[mid]?.mention.start ?? 0) < from) lo = mid + 1
      else hi = mid
    }
    const out: { entity: Entity; mention: Mention }[] = []
    for (let i = lo; i < all.length; i++) {
      const hit = all[i] as { entity: Entity; mention: Mention }
      if (hit.mention.start >= end) break
      if (hit.mention.end > start) out.push(hit)
    }
    return out
  }
  return {
    within,
    at(start, end) {
      let best: { entity: Entity; mention: Mention } | null = null
      let bestScore = -1
      for (const hit of within(start, end)) {
        const overlap = Math.min(end, hit.mention.end) - Math.max(start, hit.mention.start)
        const score = overlap * 4 + RANK[hit.mention.kind]
        if (score > bestScore) {
          best = hit
          bestScore = score
        }
      }
      return best
    },
  }
}
