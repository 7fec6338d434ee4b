import { type Doc, EMPTY_META, withLayers, withMessages, withText } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import { readHtml } from './html-reader.js'
import { paragraphSpans, type Reading } from './reading.js'
import { readText } from './text-reader.js'

/**
 * The reader stage: the only stage that makes the document text. A cascade:
 * 1. `--body`: the input is the body; `text` is the input exactly, paragraphs split on blank lines;
 * 2. HTML: our tree builder, the density finder (Readability over linkedom when it is unsure),
 *    metadata by a cascade, then the line classifier;
 * 3. plain text: the line classifier finds the article among the page's debris.
 * A record's own `title` and a given `date` override what was found.
 */
export function reader(): Stage {
  return {
    name: 'reader',
    requires: ['raw'],
    provides: ['text', 'meta', 'paragraphs', 'captions', 'removed'],
    run(doc: Doc): Doc {
      const raw = doc.raw
      let reading: Reading
      let format: 'text' | 'html' = 'text'
      if (raw.bodyOnly) {
        reading = {
          text: raw.content,
          paragraphs: paragraphSpans(raw.content),
          meta: EMPTY_META,
          captions: [],
          removed: [],
          messages: [],
        }
      } else if (raw.format === 'html') {
        format = 'html'
        reading = readHtml(raw.content, raw.url)
      } else {
        reading = readText(raw.content)
      }
      const meta = {
        ...reading.meta,
        title: raw.title ?? reading.meta.title,
        documentDate: raw.date ?? reading.meta.documentDate,
      }
      const read = withText(doc, reading.text, meta, format)
      return withMessages(
        withLayers(read, {
          paragraphs: reading.paragraphs,
          captions: reading.captions,
          removed: reading.removed,
        }),
        reading.messages,
      )
    },
  }
}
