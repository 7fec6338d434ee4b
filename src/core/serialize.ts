import type { Doc } from './doc.js'
import { type DocumentJSON, SCHEMA, type Summary } from './schema.js'

/** The summary when nothing is known. */
export const EMPTY_SUMMARY: Summary = {
  who: null,
  what: null,
  when: null,
  where: null,
  why: null,
  how: null,
}

/**
 * The contract's JSON for a document: every layer present, empty (`[]`) where no stage made it.
 * Internal layers (tokens) are not part of the contract and are left out.
 */
export function toDocumentJSON(doc: Doc): DocumentJSON {
  const l = doc.layers
  return {
    schema: SCHEMA,
    id: doc.id,
    input: doc.input,
    meta: doc.meta,
    text: doc.text,
    paragraphs: l.paragraphs ?? [],
    sentences: l.sentences ?? [],
    captions: l.captions ?? [],
    removed: l.removed ?? [],
    entities: l.entities ?? [],
    timexes: l.timexes ?? [],
    quotes: l.quotes ?? [],
    events: l.events ?? [],
    summary: l.summary ?? EMPTY_SUMMARY,
    messages: doc.messages,
  }
}
