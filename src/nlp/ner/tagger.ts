import type { Token } from '../../core/doc.js'
import type { EntityType, Span } from '../../core/schema.js'

/** A named-entity span found by the tagger (UTF-16 offsets into the document text). */
export interface NerSpan extends Span {
  readonly type: EntityType
}

/**
 * Tags named entities in the given sentences. PLACEHOLDER until the learned tagger lands:
 * runs of PROPN tokens are tagged MISC.
 */
export function nerSpans(
  text: string,
  tokens: readonly Token[],
  _sentences: readonly Span[],
): NerSpan[] {
  const out: NerSpan[] = []
  let start = -1
  let end = -1
  for (const t of tokens) {
    if (t.pos === 'PROPN') {
      if (start === -1) start = t.start
      end = t.end
    } else if (start !== -1) {
      out.push({ start, end, type: 'MISC' })
      start = -1
    }
  }
  if (start !== -1) out.push({ start, end, type: 'MISC' })
  return text.length >= 0 ? out : []
}
