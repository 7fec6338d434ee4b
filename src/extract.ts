import { createDoc, type Doc } from './core/doc.js'
import {
  type Context,
  createPipeline,
  DEFAULT_CONTEXT,
  type Pipeline,
  type Stage,
} from './core/pipeline.js'
import type { DocumentJSON } from './core/schema.js'
import { toDocumentJSON } from './core/serialize.js'
import { entities } from './entities/entities.js'
import { events } from './events/events.js'
import { contentId } from './io/content-id.js'
import { looksLikeHtml, type SourceItem } from './io/sources.js'
import { tokenizer } from './nlp/tokenizer.js'
import { quotes } from './quotes/quotes.js'
import { reader } from './reader/reader.js'
import { time } from './time/time.js'

/**
 * The stages of a full extraction, in data-flow order: reader → tokenizer → entities → time →
 * quotes → events. Each stage's `requires` is checked when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [reader(), tokenizer(), entities(), time(), quotes(), events()]
}

let shared: Pipeline | null = null

/** The default pipeline, built once. */
export function defaultPipeline(): Pipeline {
  shared ??= createPipeline(defaultStages())
  return shared
}

/**
 * Runs one input through a pipeline and returns the contract's Document.
 *
 * @example
 * const doc = extractItem(item)
 * console.log(doc.meta.title, doc.quotes.length)
 */
export function extractItem(
  item: SourceItem,
  pipeline: Pipeline = defaultPipeline(),
  ctx: Context = DEFAULT_CONTEXT,
): DocumentJSON {
  return toDocumentJSON(runItem(item, pipeline, ctx))
}

/** Runs one input through a pipeline and returns the internal Doc (with the token layer). */
export function runItem(
  item: SourceItem,
  pipeline: Pipeline = defaultPipeline(),
  ctx: Context = DEFAULT_CONTEXT,
): Doc {
  return pipeline.run(createDoc(item.id, item.raw, item.messages), ctx)
}

/**
 * Extracts a Document from a string (a plain-text page, an HTML page, or a clean body).
 *
 * @example
 * const doc = extractText('KYIV (Reuters) — ...', { date: '2024-11-06' })
 */
export function extractText(
  content: string,
  options: {
    format?: 'auto' | 'text' | 'html'
    date?: string
    bodyOnly?: boolean
    url?: string
    id?: string
  } = {},
): DocumentJSON {
  const raw = {
    id: options.id ?? null,
    path: null,
    url: options.url ?? null,
    format: options.format ?? 'auto',
    content,
    date: options.date ?? null,
    title: null,
    bodyOnly: options.bodyOnly ?? false,
  } as const
  return extractItem({
    id: options.id ?? contentId(content),
    raw: resolveFormat(raw),
    messages: [],
  })
}

function resolveFormat<
  T extends { format: 'auto' | 'text' | 'html'; content: string; bodyOnly: boolean },
>(raw: T): T {
  if (raw.format !== 'auto') return raw
  return { ...raw, format: !raw.bodyOnly && looksLikeHtml(raw.content) ? 'html' : 'text' }
}
