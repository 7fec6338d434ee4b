import { type Doc, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'

/**
 * The entities stage: typed entities with roles and every mention (name, nominal, pronoun).
 * PLACEHOLDER: provides an empty layer until the tagger, news rules and coreference land.
 */
export function entities(): Stage {
  return {
    name: 'entities',
    requires: ['text', 'meta', 'sentences', 'tokens'],
    provides: ['entities'],
    run(doc: Doc): Doc {
      return withLayers(doc, { entities: [] })
    },
  }
}
