import { hasFatal } from '../core/messages.js'
import type { Context, Pipeline } from '../core/pipeline.js'
import { extractItem } from '../extract.js'
import type { SourceItem } from '../io/sources.js'
import { storyFeatures } from './stories.js'
import type { Extracted, Failure } from './write.js'

/** What extracting one input gives: a document to store, or a failure to record. */
export type Outcome =
  | { readonly ok: true; readonly value: Extracted }
  | { readonly ok: false; readonly value: Failure }

/**
 * Extracts one input and sketches it for story clustering. A document with a fatal message
 * (unreadable, binary, a stage that threw) becomes a failure carrying that message.
 */
export function extractOne(item: SourceItem, ctx: Context, pipeline?: Pipeline): Outcome {
  const source = item.where ?? item.raw.path ?? item.raw.url
  try {
    const doc = extractItem(item, pipeline, ctx)
    if (hasFatal(doc.messages)) {
      const m = doc.messages.find((x) => x.severity === 'fatal')
      return {
        ok: false,
        value: { id: doc.id, source, code: m?.code ?? 'stage/failed', reason: m?.reason ?? '' },
      }
    }
    return { ok: true, value: { doc, features: storyFeatures(doc) } }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, value: { id: item.id, source, code: 'stage/failed', reason } }
  }
}
