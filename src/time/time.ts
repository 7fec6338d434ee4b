import { type Doc, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'

/**
 * The time stage: settles the document date and finds every time expression, normalised to
 * TIMEX3 against it. PLACEHOLDER: provides an empty layer until the timex rules land.
 */
export function time(): Stage {
  return {
    name: 'time',
    requires: ['text', 'meta', 'sentences', 'tokens'],
    provides: ['timexes'],
    run(doc: Doc): Doc {
      return withLayers(doc, { timexes: [] })
    },
  }
}
