/**
 * Hand-made Documents for the knowledge-base tests: small articles written for these tests, with
 * entity, quote and event layers filled in by hand (offsets found with indexOf, so they always
 * index the text).
 */
import {
  type DocumentJSON,
  type Entity,
  type Event,
  type Quote,
  SCHEMA,
} from '../src/core/schema.js'
import { EMPTY_SUMMARY } from '../src/core/serialize.js'
import { contentId } from '../src/io/content-id.js'

export interface EntitySpec {
  readonly name: string
  readonly type?: Entity['type']
  /** Surface forms to find in the text (default: the name). */
  readonly forms?: readonly string[]
  readonly roles?: readonly { title: string; of: string | null }[]
}

export interface QuoteSpec {
  readonly text: string
  /** Index into the entity specs. */
  readonly speaker: number
  readonly channel?: string | null
}

export interface EventSpec {
  readonly category: string
  readonly trigger: string
  readonly actor: number | null
  /** An actor that is no entity: its text, found in the document. */
  readonly actorText?: string
  readonly recipient?: number | null
  readonly date?: string | null
  readonly mode?: string | null
  readonly status?: Event['status']
  readonly intensity?: number | null
}

export interface DocSpec {
  readonly title: string
  readonly body: string
  readonly date?: string | null
  readonly site?: string | null
  readonly entities?: readonly EntitySpec[]
  readonly quotes?: readonly QuoteSpec[]
  readonly events?: readonly EventSpec[]
}

function spansOf(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
    out.push({ start: i, end: i + form.length })
  }
  return out
}

function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const re = /[^.!?\n]+[.!?]*/g
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length
    const start = (m.index ?? 0) + lead
    const end = (m.index ?? 0) + m[0].trimEnd().length
    if (end > start) out.push({ start, end })
  }
  return out
}

/** A Document from a spec; its id is the content hash of title + body. */
export function makeDoc(spec: DocSpec): DocumentJSON {
  const text = `${spec.title}\n\n${spec.body}`
  const sentences = sentencesOf(text)
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => {
    const forms = e.forms ?? [e.name]
    const mentions = forms
      .flatMap((f) => spansOf(text, f).map((s) => ({ ...s, text: f, kind: 'name' as const })))
      .sort((a, b) => a.start - b.start)
    return {
      id: `E${i + 1}`,
      type: e.type ?? 'PERSON',
      name: e.name,
      roles: e.roles ?? [],
      mentions,
    }
  })
  const ref = (i: number | null | undefined) => {
    if (i === null || i === undefined) return null
    const e = entities[i] as Entity
    const m = e.mentions[0] ?? { start: 0, end: 0, text: '' }
    return { entity: e.id, start: m.start, end: m.end, text: m.text }
  }
  const textRef = (form: string) => {
    const [span] = spansOf(text, form)
    if (!span) throw new Error(`actor not in text: ${form}`)
    return { entity: null, ...span, text: form }
  }
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => {
    const [span] = spansOf(text, q.text)
    if (!span) throw new Error(`quote not in text: ${q.text}`)
    return {
      id: `Q${i + 1}`,
      ...span,
      text: q.text,
      type: 'direct',
      speaker: ref(q.speaker),
      cue: null,
      channel: q.channel ?? null,
    }
  })
  const events: Event[] = (spec.events ?? []).map((ev, i) => {
    const [span] = spansOf(text, ev.trigger)
    if (!span) throw new Error(`trigger not in text: ${ev.trigger}`)
    const sentence = Math.max(
      0,
      sentences.findIndex((s) => s.start <= span.start && span.start < s.end),
    )
    return {
      id: `V${i + 1}`,
      category: ev.category,
      mode: ev.mode ?? null,
      cameo: null,
      intensity: ev.intensity ?? null,
      actor: ev.actorText ? textRef(ev.actorText) : ref(ev.actor),
      recipient: ref(ev.recipient),
      trigger: { ...span, text: ev.trigger },
      sentence,
      date: ev.date ? { value: ev.date, timex: null, basis: 'document' as const } : null,
      location: null,
      status: ev.status ?? 'happened',
      quote: null,
    }
  })
  return {
    schema: SCHEMA,
    id: contentId(text),
    input: { path: null, url: null, format: 'text' },
    meta: {
      title: spec.title,
      authors: [],
      published: spec.date ? `${spec.date}T09:00:00Z` : null,
      documentDate: spec.date ?? null,
      site: spec.site ?? null,
      language: 'en',
      readingTimeMinutes: 1,
    },
    text,
    paragraphs: [
      { start: 0, end: spec.title.length },
      { start: spec.title.length + 2, end: text.length },
    ],
    sentences,
    captions: [],
    removed: [],
    entities,
    timexes: [],
    quotes,
    events,
    summary: EMPTY_SUMMARY,
    messages: [],
  }
}

/** The PostgreSQL URL of the tests (CHRONICLE_TEST_PG overrides). */
export const TEST_PG = process.env.CHRONICLE_TEST_PG ?? 'postgres://127.0.0.1:5432/test'
