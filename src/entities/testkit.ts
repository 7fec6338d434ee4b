import { createDoc, type Token } from '../core/doc.js'
import { createPipeline } from '../core/pipeline.js'
import type { DocumentJSON, EntityType, Span } from '../core/schema.js'
import { toDocumentJSON } from '../core/serialize.js'
import type { NerSpan } from '../nlp/ner/tagger.js'
import { tokenizer } from '../nlp/tokenizer.js'
import { reader } from '../reader/reader.js'
import { entities, type Tagger } from './entities.js'

/**
 * Test support for the entity rules: runs reader (body only), tokenizer and entities over a
 * text and returns the Document. Not used by the pipeline.
 */
export function readBody(text: string, tagger?: Tagger): DocumentJSON {
  const raw = {
    id: null,
    path: null,
    url: null,
    format: 'text' as const,
    content: text,
    date: null,
    title: null,
    bodyOnly: true,
  }
  const stage = tagger ? entities({ tagger }) : entities()
  return toDocumentJSON(createPipeline([reader(), tokenizer(), stage]).run(createDoc('t', raw)))
}

/**
 * A tagger that returns exactly the given names, with their types, wherever they occur (whole
 * words): it isolates the rules from the learned tagger.
 */
export function fixedTagger(names: readonly (readonly [string, EntityType])[]): Tagger {
  return (text: string, _tokens: readonly Token[], _sentences: readonly Span[]) => {
    const out: NerSpan[] = []
    for (const [name, type] of names) {
      let from = 0
      for (;;) {
        const i = text.indexOf(name, from)
        if (i === -1) break
        const before = text[i - 1] ?? ' '
        const after = text[i + name.length] ?? ' '
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
          out.push({ start: i, end: i + name.length, type })
        }
        from = i + name.length
      }
    }
    return out.sort((x, y) => x.start - y.start)
  }
}

/** The old placeholder tagger: every run of proper-noun tokens is MISC (rules must type them). */
export const propnTagger: Tagger = (_text, tokens) => {
  const out: NerSpan[] = []
  let start = -1
  let end = -1
  let sentence = -1
  for (const t of tokens) {
    if (t.pos === 'PROPN' && (start === -1 || t.sentence === sentence)) {
      if (start === -1) start = t.start
      end = t.end
      sentence = t.sentence
      continue
    }
    if (start !== -1) out.push({ start, end, type: 'MISC' })
    start = t.pos === 'PROPN' ? t.start : -1
    end = t.end
    sentence = t.sentence
  }
  if (start !== -1) out.push({ start, end, type: 'MISC' })
  return out
}

/** A compact reading of the entities: "TYPE name [roles] : mention, mention/n, mention/p". */
export function summarise(doc: DocumentJSON): string[] {
  return doc.entities.map((e) => {
    const roles = e.roles.map((r) => (r.of ? `${r.title} of ${r.of}` : r.title)).join('; ')
    const mentions = e.mentions
      .map((m) => (m.kind === 'name' ? m.text : `${m.text}/${m.kind[0]}`))
      .join(', ')
    return `${e.type} ${e.name}${roles ? ` [${roles}]` : ''} : ${mentions}`
  })
}
