/**
 * Writing one Document into the knowledge base: the document row (its JSON and full-text index),
 * the normalised layers, resolved entities, merged events and its story. Everything a document
 * needs is written inside the caller's transaction, in input order, so a resumed ingest builds
 * the same database as one clean run.
 */
import { type Insertable, type Kysely, sql } from 'kysely'
import type { DocumentJSON, Event, EventStatus } from '../core/schema.js'
import type { KB } from './db-types.js'
import type { Dialect } from './migrations.js'
import { nameKey } from './names.js'
import { compatibleDates, daySpan, resolveEntities, stableId } from './resolve.js'
import {
  chooseStory,
  documentDate,
  idf,
  STORY_DEFAULTS,
  type StoryCandidate,
  type StoryFeatures,
  type StoryOptions,
} from './stories.js'

/** A document ready to be written: its Document and its story sketch. */
export interface Extracted {
  readonly doc: DocumentJSON
  readonly features: StoryFeatures
}

/** An input that could not be read: recorded with its message, then skipped on re-runs. */
export interface Failure {
  readonly id: string
  readonly source: string | null
  readonly code: string
  readonly reason: string
}

/** What the writer keeps between documents (bounded: the key-frequency cache is capped). */
export class WriterState {
  docCount = -1
  readonly df = new Map<string, number>()
  static readonly DF_CACHE = 200_000
  constructor(readonly options: StoryOptions = STORY_DEFAULTS) {}
}

const INSERT_CHUNK = 400

async function insertChunked<T extends keyof KB>(
  db: Kysely<KB>,
  table: T,
  rows: readonly Insertable<KB[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    // Kysely cannot relate a generic table name to its row type; rows are typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + INSERT_CHUNK) as never)
      .execute()
  }
}

/** The sentence index holding a UTF-16 offset (binary search over sorted sentences). */
export function sentenceAt(doc: DocumentJSON, offset: number): number {
  let lo = 0
  let hi = doc.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = doc.sentences[mid] as { start: number; end: number }
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return mid
  }
  return Math.max(0, hi)
}

/** Records a failed input (once). */
export async function writeFailure(db: Kysely<KB>, failure: Failure): Promise<void> {
  await db
    .insertInto('failures')
    .values(failure)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

/** Writes one Document; returns false when it was already stored. */
export async function writeDocument(
  db: Kysely<KB>,
  dialect: Dialect,
  item: Extracted,
  state: WriterState,
): Promise<boolean> {
  const { doc, features } = item
  const exists = await db
    .selectFrom('documents')
    .select('n')
    .where('id', '=', doc.id)
    .executeTakeFirst()
  if (exists) return false
  if (state.docCount < 0) {
    const r = await db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll().as('c'))
      .executeTakeFirstOrThrow()
    state.docCount = Number(r.c)
  }

  const { text, ...rest } = doc
  const date = documentDate(doc)
  const values = {
    id: doc.id,
    title: doc.meta.title,
    site: doc.meta.site,
    url: doc.input.url,
    path: doc.input.path,
    published: doc.meta.published,
    date,
    language: doc.meta.language,
    body: text,
    json: JSON.stringify(rest),
    story_id: null,
  }
  const inserted = await db
    .insertInto('documents')
    .values(values)
    .returning('n')
    .executeTakeFirstOrThrow()
  const n = Number(inserted.n)
  if (dialect === 'sqlite') {
    await sql`INSERT INTO documents_fts(rowid, title, body) VALUES (${n}, ${doc.meta.title ?? ''}, ${text})`.execute(
      db,
    )
  }

  const story = await assignStory(db, doc, features, n, state)
  await db.updateTable('documents').set({ story_id: story }).where('n', '=', n).execute()

  // Entities: resolve each, then the per-document rows.
  const globalOf = await resolveEntities(db, doc.entities)
  await insertChunked(
    db,
    'doc_entities',
    doc.entities.map((e) => ({
      doc_id: doc.id,
      local_id: e.id,
      entity_id: globalOf.get(e.id) as string,
      type: e.type,
      name: e.name,
      roles: JSON.stringify(e.roles),
      mentions: e.mentions.length,
    })),
  )
  await insertChunked(
    db,
    'mentions',
    doc.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        doc_id: doc.id,
        local_id: e.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
      })),
    ),
  )
  await insertChunked(
    db,
    'timexes',
    doc.timexes.map((t) => ({
      doc_id: doc.id,
      local_id: t.id,
      start: t.start,
      end: t.end,
      text: t.text,
      type: t.type,
      value: t.value,
      resolution: t.resolution,
    })),
  )
  await insertChunked(
    db,
    'quotes',
    doc.quotes.map((q) => ({
      doc_id: doc.id,
      local_id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      type: q.type,
      speaker_text: q.speaker?.text ?? null,
      speaker_entity: q.speaker?.entity ? (globalOf.get(q.speaker.entity) ?? null) : null,
      cue: q.cue?.text ?? null,
      channel: q.channel,
      sentence: sentenceAt(doc, q.start),
    })),
  )
  const eventRows = []
  for (const ev of doc.events) {
    const actor = ev.actor?.entity ? (globalOf.get(ev.actor.entity) ?? null) : null
    const recipient = ev.recipient?.entity ? (globalOf.get(ev.recipient.entity) ?? null) : null
    const merged = await mergeEvent(db, doc, ev, actor, recipient, story)
    eventRows.push({
      doc_id: doc.id,
      local_id: ev.id,
      category: ev.category,
      mode: ev.mode,
      cameo: ev.cameo,
      intensity: ev.intensity,
      actor_text: ev.actor?.text ?? null,
      actor_entity: actor,
      recipient_text: ev.recipient?.text ?? null,
      recipient_entity: recipient,
      trigger: ev.trigger.text,
      sentence: ev.sentence,
      date: ev.date?.value ?? null,
      date_basis: ev.date?.basis ?? null,
      location: ev.location?.text ?? null,
      status: ev.status,
      quote: ev.quote,
      merged_id: merged,
    })
  }
  await insertChunked(db, 'events', eventRows)

  state.docCount++
  return true
}

/**
 * The merge key of an actor: its resolved entity, else its folded text within one story (a
 * bare "students" or "police" names different people in different stories).
 */
function keyOf(entity: string | null, text: string | null | undefined, story: string): string {
  if (entity) return entity
  const k = text ? nameKey(text) : ''
  return k === '' ? '' : `text:${story}:${k}`
}

/**
 * Finds the merged event this event joins (same category, actor and recipient, compatible
 * date) or makes one; returns its id. Events without an actor are never merged.
 */
async function mergeEvent(
  db: Kysely<KB>,
  doc: DocumentJSON,
  ev: Event,
  actor: string | null,
  recipient: string | null,
  story: string,
): Promise<string> {
  const actorKey = keyOf(actor, ev.actor?.text, story)
  const recipientKey = keyOf(recipient, ev.recipient?.text, story)
  const date = ev.date?.value ?? null
  if (actorKey !== '') {
    const candidates = await db
      .selectFrom('merged_events')
      .select(['id', 'date', 'status'])
      .where('category', '=', ev.category)
      .where('actor_key', '=', actorKey)
      .where('recipient_key', '=', recipientKey)
      .orderBy('id')
      .execute()
    const hit = candidates.find((c) => compatibleDates(c.date, date))
    if (hit) {
      await db
        .updateTable('merged_events')
        .set((eb) => ({
          sources: eb('sources', '+', 1),
          status: strongerStatus(hit.status, ev.status),
        }))
        .where('id', '=', hit.id)
        .execute()
      return hit.id
    }
  }
  const id = stableId('M', doc.id, ev.id)
  const [dayFrom, dayTo] = daySpan(date)
  await db
    .insertInto('merged_events')
    .values({
      id,
      category: ev.category,
      mode: ev.mode,
      intensity: ev.intensity,
      actor_key: actorKey,
      recipient_key: recipientKey,
      actor_entity: actor,
      recipient_entity: recipient,
      actor_text: ev.actor?.text ?? null,
      recipient_text: ev.recipient?.text ?? null,
      actor_text_key: ev.actor?.text ? nameKey(ev.actor.text) : '',
      recipient_text_key: ev.recipient?.text ? nameKey(ev.recipient.text) : '',
      date,
      day_from: dayFrom,
      day_to: dayTo,
      status: ev.status,
      sources: 1,
    })
    .execute()
  return id
}

/**
 * How far a report of an event goes: a report that it happened outweighs one that it was
 * ongoing, called off, planned or only possible, whatever order the articles arrive in.
 */
const STATUS_WEIGHT: Readonly<Record<EventStatus, number>> = {
  happened: 5,
  habitual: 4,
  ongoing: 4,
  negated: 3,
  planned: 2,
  hypothetical: 1,
}

/** The status of a merged event once one more source reports it (see {@link STATUS_WEIGHT}). */
function strongerStatus(stored: string, added: EventStatus): string {
  const weight: Readonly<Record<string, number>> = STATUS_WEIGHT
  return (weight[added] ?? 0) > (weight[stored] ?? 0) ? added : stored
}

/** Key document frequencies, through the bounded cache (which mirrors the table exactly). */
async function frequencies(
  db: Kysely<KB>,
  keys: readonly string[],
  state: WriterState,
): Promise<Map<string, number>> {
  const missing = keys.filter((k) => !state.df.has(k))
  for (let i = 0; i < missing.length; i += INSERT_CHUNK) {
    const chunk = missing.slice(i, i + INSERT_CHUNK)
    const rows = await db
      .selectFrom('key_df')
      .select(['key', 'df'])
      .where('key', 'in', chunk)
      .execute()
    for (const k of chunk) state.df.set(k, 0)
    for (const r of rows) state.df.set(r.key, Number(r.df))
  }
  const out = new Map<string, number>()
  for (const k of keys) out.set(k, state.df.get(k) ?? 0)
  if (state.df.size > WriterState.DF_CACHE) {
    // Drop the oldest half; it is reloaded from the table on demand.
    let drop = state.df.size / 2
    for (const k of state.df.keys()) {
      if (drop-- <= 0) break
      state.df.delete(k)
    }
  }
  return out
}

const PER_KEY = 30

async function assignStory(
  db: Kysely<KB>,
  doc: DocumentJSON,
  features: StoryFeatures,
  n: number,
  state: WriterState,
): Promise<string> {
  const keys = features.keys
  const df = await frequencies(db, keys, state)
  const total = state.docCount
  // Probe with the rarest keys seen before: they find the documents worth comparing.
  const probes = keys
    .filter((k) => (df.get(k) ?? 0) > 0)
    .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1))
    .slice(0, state.options.probeKeys)
  const hits = new Map<string, number>()
  for (const key of probes) {
    const rows = await db
      .selectFrom('story_keys')
      .select('doc_id')
      .where('key', '=', key)
      .orderBy('n', 'desc')
      .limit(PER_KEY)
      .execute()
    for (const r of rows) hits.set(r.doc_id, (hits.get(r.doc_id) ?? 0) + 1)
  }
  const top = [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, state.options.maxCandidates)
    .map(([id]) => id)
  let story: string | null = null
  if (top.length > 0) {
    const rows = await db
      .selectFrom('doc_sketch')
      .innerJoin('documents', 'documents.id', 'doc_sketch.doc_id')
      .select(['doc_sketch.doc_id', 'doc_sketch.keys', 'doc_sketch.minhash', 'doc_sketch.date'])
      .select('documents.story_id')
      .where('doc_sketch.doc_id', 'in', top)
      .execute()
    const candidates: StoryCandidate[] = rows.map((r) => ({
      docId: r.doc_id,
      storyId: r.story_id ?? '',
      keys: r.keys.split(' ').filter((k) => k !== ''),
      minhash: r.minhash.split(',').map((x) => Number.parseInt(x, 36)),
      date: r.date,
    }))
    const allKeys = [...new Set(candidates.flatMap((c) => c.keys))]
    const dfAll = await frequencies(db, allKeys, state)
    for (const [k, v] of df) dfAll.set(k, v)
    // The document itself counts once in every one of its keys.
    const own = new Set(keys)
    const weights = new Map<string, number>()
    const weight = (k: string): number => {
      let w = weights.get(k)
      if (w === undefined) {
        w = idf((dfAll.get(k) ?? 0) + (own.has(k) ? 1 : 0), total + 1)
        weights.set(k, w)
      }
      return w
    }
    story = chooseStory(features, candidates, weight, state.options)
  }
  const date = features.date
  if (story) {
    const s = await db
      .selectFrom('stories')
      .select(['first_date', 'last_date'])
      .where('id', '=', story)
      .executeTakeFirstOrThrow()
    await db
      .updateTable('stories')
      .set((eb) => ({
        size: eb('size', '+', 1),
        first_date: minDate(s.first_date, date),
        last_date: maxDate(s.last_date, date),
      }))
      .where('id', '=', story)
      .execute()
  } else {
    story = stableId('S', doc.id)
    await db
      .insertInto('stories')
      .values({ id: story, title: doc.meta.title, first_date: date, last_date: date, size: 1 })
      .execute()
  }

  await db
    .insertInto('doc_sketch')
    .values({
      doc_id: doc.id,
      keys: keys.join(' '),
      minhash: features.minhash.map((x) => x.toString(36)).join(','),
      date,
    })
    .execute()
  if (keys.length > 0) {
    await insertChunked(
      db,
      'story_keys',
      keys.map((key) => ({ key, n, doc_id: doc.id })),
    )
    await db
      .insertInto('key_df')
      .values(keys.map((key) => ({ key, df: 1 })))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ df: eb('key_df.df', '+', 1) })))
      .execute()
    for (const k of keys) if (state.df.has(k)) state.df.set(k, (state.df.get(k) ?? 0) + 1)
  }
  return story
}

function minDate(a: string | null, b: string | null): string | null {
  if (!a) return b
  if (!b) return a
  return a < b ? a : b
}

function maxDate(a: string | null, b: string | null): string | null {
  if (!a) return b
  if (!b) return a
  return a > b ? a : b
}
