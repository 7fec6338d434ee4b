import { ChronicleError } from './errors.js'
import type {
  Caption,
  Entity,
  Event,
  InputInfo,
  Message,
  Meta,
  Quote,
  Removed,
  Span,
  Summary,
  Timex,
} from './schema.js'

/**
 * One token of the shared token layer (made by the tokenizer stage, read by entities, time,
 * quotes and events). Offsets are UTF-16 code units into the document text.
 */
export interface Token extends Span {
  /** Universal POS tag (wink-nlp): NOUN, PROPN, VERB, ADP, PUNCT, ... */
  readonly pos: string
  /** Lower-cased lemma. */
  readonly lemma: string
  /** Lower-cased surface form. */
  readonly norm: string
  /** Index of the sentence that holds the token. */
  readonly sentence: number
}

/** The raw input of one document, before the reader. */
export interface RawInput {
  /** The record id, when the input gave one. */
  readonly id: string | null
  readonly path: string | null
  readonly url: string | null
  /** How to read it: `auto` decides from the path and content. */
  readonly format: 'auto' | 'text' | 'html'
  /** The decoded content (text or HTML). */
  readonly content: string
  /** A document date that overrides what the reader finds (`--date`, a record's `date`). */
  readonly date: string | null
  /** A title given with the record. */
  readonly title: string | null
  /** The content is already a clean body: `text` must equal it exactly. */
  readonly bodyOnly: boolean
}

/** The layers stages add to a document. Each is written once. */
export interface Layers {
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly tokens: readonly Token[]
  readonly captions: readonly Caption[]
  readonly removed: readonly Removed[]
  readonly entities: readonly Entity[]
  readonly timexes: readonly Timex[]
  readonly quotes: readonly Quote[]
  readonly events: readonly Event[]
  readonly summary: Summary
}

/** Everything a stage may require or provide. `raw` exists from the start; `text` and `meta` come from the reader. */
export type LayerName = 'raw' | 'text' | 'meta' | keyof Layers

/**
 * A document going through the pipeline: immutable text plus stand-off layers. Stages never mutate
 * it: they return a new Doc made with {@link withLayers}, {@link withMeta} or {@link withMessages}.
 */
export interface Doc {
  readonly id: string
  readonly input: InputInfo
  readonly raw: RawInput
  /** The clean body; empty until the reader provides it. */
  readonly text: string
  readonly meta: Meta
  readonly layers: Partial<Layers>
  /** Which of `raw`, `text`, `meta` and the layers are present. */
  readonly present: ReadonlySet<LayerName>
  readonly messages: readonly Message[]
}

/** Metadata with nothing known. */
export const EMPTY_META: Meta = {
  title: null,
  authors: [],
  published: null,
  documentDate: null,
  site: null,
  language: null,
  readingTimeMinutes: null,
}

/**
 * Makes the document for one raw input, before any stage ran.
 *
 * @example
 * const doc = createDoc('a1b2', rawInput, [])
 */
export function createDoc(id: string, raw: RawInput, messages: readonly Message[] = []): Doc {
  const format = raw.format === 'html' ? 'html' : 'text'
  return {
    id,
    input: { path: raw.path, url: raw.url, format },
    raw,
    text: '',
    meta: EMPTY_META,
    layers: {},
    present: new Set<LayerName>(['raw']),
    messages,
  }
}

/**
 * Returns a copy of `doc` with the reader's text and metadata. Only the reader calls it.
 */
export function withText(doc: Doc, text: string, meta: Meta, format: 'text' | 'html'): Doc {
  if (doc.present.has('text')) throw new ChronicleError('E_LAYER_EXISTS', 'layer "text"')
  const present = new Set(doc.present)
  present.add('text')
  present.add('meta')
  return { ...doc, text, meta, input: { ...doc.input, format }, present }
}

/** Returns a copy of `doc` with more layers; a layer already present cannot be replaced. */
export function withLayers(doc: Doc, layers: Partial<Layers>): Doc {
  const present = new Set(doc.present)
  for (const name of Object.keys(layers) as (keyof Layers)[]) {
    if (present.has(name)) throw new ChronicleError('E_LAYER_EXISTS', `layer "${name}"`)
    present.add(name)
  }
  return { ...doc, layers: { ...doc.layers, ...layers }, present }
}

/** Returns a copy of `doc` whose metadata fields are patched (the time stage settles the date). */
export function withMeta(doc: Doc, patch: Partial<Meta>): Doc {
  return { ...doc, meta: { ...doc.meta, ...patch } }
}

/** Returns a copy of `doc` with more messages. */
export function withMessages(doc: Doc, messages: readonly Message[]): Doc {
  if (messages.length === 0) return doc
  return { ...doc, messages: [...doc.messages, ...messages] }
}

/**
 * Reads a layer a stage declared in `requires`; throws if it is absent (a bug, since the
 * pipeline checked the order when it was built).
 */
export function layer<K extends keyof Layers>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name]
  if (value === undefined) throw new ChronicleError('E_LAYER_ABSENT', `layer "${name}"`)
  return value as Layers[K]
}
