/**
 * The knowledge-base store: one interface over SQLite (default, `./chronicle.db`) and
 * PostgreSQL (`postgres://...`), written once with Kysely. Only full-text search differs:
 * FTS5 with BM25 in SQLite, a `tsvector` with `ts_rank_cd` in PostgreSQL.
 */
import { type Kysely, type Selectable, sql } from 'kysely'
import type { DocumentJSON } from '../core/schema.js'
import { type ConnectOptions, connect } from './connect.js'
import type { KB, MergedEventsTable } from './db-types.js'
import type { Dialect } from './migrations.js'
import { nameKey } from './names.js'
import { STORY_DEFAULTS, type StoryOptions } from './stories.js'
import { type Extracted, type Failure, WriterState, writeDocument, writeFailure } from './write.js'

/** A full-text search. */
export interface SearchQuery {
  readonly query: string
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly entity?: string | undefined
  readonly site?: string | undefined
  readonly limit?: number | undefined
}

/** One search result. */
export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly site: string | null
  readonly date: string | null
  /** Higher is better (BM25 in SQLite, ts_rank_cd in PostgreSQL). */
  readonly score: number
  readonly snippet: string
}

/** A timeline query: one actor, or a pair. */
export interface TimelineQuery {
  readonly actor: string
  readonly with?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly limit?: number | undefined
  /** Only the events after this one (an event id) in timeline order; an unknown id: none. */
  readonly after?: string | undefined
}

/** One (merged) event of a timeline, with the sentences it was read from. */
export interface TimelineEvent {
  readonly id: string
  readonly date: string | null
  readonly category: string
  readonly mode: string | null
  readonly intensity: number | null
  readonly actor: string | null
  readonly recipient: string | null
  readonly status: string
  /** How many event mentions (in how many articles) tell this event. */
  readonly sources: number
  readonly documents: readonly string[]
  readonly sentences: readonly { readonly document: string; readonly sentence: number }[]
}

/** A quote query. */
export interface QuoteQuery {
  readonly speaker?: string | undefined
  readonly channel?: string | undefined
  readonly query?: string | undefined
  /** Only quotes in documents that also name this entity. */
  readonly about?: string | undefined
  /** Only quotes whose content names this entity, by name or by a pronoun resolved to it. */
  readonly mentioning?: string | undefined
  readonly limit?: number | undefined
}

/** One quote. */
export interface QuoteRow {
  readonly document: string
  readonly id: string
  readonly date: string | null
  readonly speaker: string | null
  readonly channel: string | null
  readonly type: string
  readonly text: string
  readonly sentence: number
}

/** One sentence of a stored document, with the document's title and date. */
export interface SentenceRow {
  readonly document: string
  readonly sentence: number
  readonly title: string | null
  readonly date: string | null
  readonly text: string
}

/** One resolved entity with its counts. */
export interface EntityRow {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly documents: number
  readonly mentions: number
}

/** One story: the articles about one event. */
export interface StoryRow {
  readonly story: string
  readonly title: string | null
  readonly firstDate: string | null
  readonly lastDate: string | null
  readonly documents: readonly string[]
}

/** Row counts of the main tables. */
export type Counts = Record<
  'documents' | 'failures' | 'entities' | 'mentions' | 'quotes' | 'events' | 'stories',
  number
>

const PAGE = 200

/** The first key of the timeline order: events without a date after the dated ones. */
const TIMELINE_ORDER = sql`CASE WHEN day_from IS NULL THEN 1 ELSE 0 END`

type FtsKysely = Kysely<
  KB & { documents_fts: { rowid: number }; ranked: { n: number; score: number } }
>

/** SQLite: the documents (`n`) matching `terms` with their BM25 score, the best `limit` only. */
function ftsRanked(db: FtsKysely, terms: readonly string[], limit: number | null) {
  const matches = db
    .selectFrom('documents_fts')
    .select([sql<number>`rowid`.as('n'), sql<number>`-bm25(documents_fts, 2.0, 1.0)`.as('score')])
    .where(sql<boolean>`documents_fts MATCH ${ftsQuery(terms)}`)
  return limit === null ? matches : matches.orderBy('score', 'desc').orderBy('n').limit(limit)
}

/**
 * The store. Open it with {@link openStore}; close it when done.
 *
 * @example
 * const store = await openStore('./chronicle.db')
 * const hits = await store.search({ query: 'missile launch', limit: 10 })
 * await store.close()
 */
export class Store {
  private readonly state: WriterState

  constructor(
    readonly db: Kysely<KB>,
    readonly dialect: Dialect,
    readonly where: string,
    stories: StoryOptions = STORY_DEFAULTS,
  ) {
    this.state = new WriterState(stories)
  }

  /** Closes the connection. */
  async close(): Promise<void> {
    await this.db.destroy()
  }

  /** The ids among `ids` already stored (as documents or recorded failures). */
  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>()
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      if (chunk.length === 0) continue
      const docs = await this.db
        .selectFrom('documents')
        .select('id')
        .where('id', 'in', chunk)
        .execute()
      const bad = await this.db
        .selectFrom('failures')
        .select('id')
        .where('id', 'in', chunk)
        .execute()
      for (const r of docs) out.add(r.id)
      for (const r of bad) out.add(r.id)
    }
    return out
  }

  /**
   * Writes a batch in one transaction, in order: either the whole batch is stored or none of
   * it. Returns how many documents were new.
   */
  async writeBatch(docs: readonly Extracted[], failures: readonly Failure[] = []): Promise<number> {
    let added = 0
    const state = this.state
    try {
      await this.db.transaction().execute(async (trx) => {
        added = 0
        for (const f of failures) await writeFailure(trx, f)
        for (const d of docs) if (await writeDocument(trx, this.dialect, d, state)) added++
      })
    } catch (error) {
      // The transaction rolled back: forget what the writer cached from it.
      state.docCount = -1
      state.df.clear()
      throw error
    }
    return added
  }

  /** Forgets recorded failures, so the next ingest tries those inputs again. */
  async forgetFailures(): Promise<number> {
    const r = await this.db.deleteFrom('failures').executeTakeFirst()
    return Number(r.numDeletedRows)
  }

  /** Row counts. */
  async counts(): Promise<Counts> {
    const count = async (table: keyof KB) => {
      const r = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('c'))
        .executeTakeFirstOrThrow()
      return Number(r.c)
    }
    return {
      documents: await count('documents'),
      failures: await count('failures'),
      entities: await count('entities'),
      mentions: await count('mentions'),
      quotes: await count('quotes'),
      events: await count('events'),
      stories: await count('stories'),
    }
  }

  /**
   * A number that changes whenever another connection commits to the database (SQLite's
   * `PRAGMA data_version`), for caches of answers; null where the database cannot tell
   * (PostgreSQL). Writes through this store's own connection leave it as it is.
   */
  async dataVersion(): Promise<number | null> {
    if (this.dialect !== 'sqlite') return null
    const r = await sql<{ data_version: number }>`PRAGMA data_version`.execute(this.db)
    return Number(r.rows[0]?.data_version ?? 0)
  }

  /** The global entity ids a name may refer to (every variant that resolved to the same one). */
  async entityIds(name: string): Promise<string[]> {
    const key = nameKey(name) || name.toLowerCase().trim()
    const direct = await this.db
      .selectFrom('entities')
      .select('canonical')
      .where((eb) =>
        eb.or([eb('key', '=', key), eb.and([eb('surname', '=', key), eb('tokens', '>', 1)])]),
      )
      .execute()
    const canon = [...new Set(direct.map((r) => r.canonical))]
    if (canon.length === 0) return []
    const all = await this.db
      .selectFrom('entities')
      .select('id')
      .where((eb) => eb.or([eb('canonical', 'in', canon), eb('id', 'in', canon)]))
      .execute()
    return [...new Set(all.map((r) => r.id))].sort()
  }

  /** Full-text search ranked by BM25 (SQLite) or ts_rank_cd (PostgreSQL), best first. */
  async search(q: SearchQuery): Promise<SearchHit[]> {
    const terms = queryTerms(q.query)
    if (terms.length === 0) return []
    const limit = q.limit ?? 20
    let entityIds: string[] | null = null
    if (q.entity) {
      entityIds = await this.entityIds(q.entity)
      if (entityIds.length === 0) return []
    }
    const db = this.db as unknown as FtsKysely
    // SQLite ranks inside the full-text index; without filters it keeps only the best hits
    // there, so a common word that matches tens of thousands of documents reads few rows.
    const filtered = Boolean(q.from || q.to || q.site || entityIds)
    let query =
      this.dialect === 'sqlite'
        ? db
            .selectFrom(ftsRanked(db, terms, filtered ? null : limit).as('ranked'))
            .innerJoin('documents as d', 'd.n', 'ranked.n')
            .select(['d.id', 'd.title', 'd.site', 'd.date', 'ranked.score'])
        : db
            .selectFrom('documents as d')
            .select(['d.id', 'd.title', 'd.site', 'd.date'])
            .select(
              sql<number>`ts_rank_cd(d.tsv, plainto_tsquery('english', ${terms.join(' ')}))`.as(
                'score',
              ),
            )
            .where(sql<boolean>`d.tsv @@ plainto_tsquery('english', ${terms.join(' ')})`)
    if (q.from) query = query.where('d.date', '>=', q.from)
    if (q.to) query = query.where('d.date', '<=', q.to)
    if (q.site) query = query.where('d.site', '=', q.site)
    if (entityIds) {
      const ids = entityIds
      query = query.where('d.id', 'in', (eb) =>
        eb.selectFrom('doc_entities').select('doc_id').where('entity_id', 'in', ids),
      )
    }
    // Rank without the bodies (a common word matches thousands of documents), then read the
    // bodies of the hits only, for their snippets.
    const rows = await query.orderBy('score', 'desc').orderBy('d.id').limit(limit).execute()
    if (rows.length === 0) return []
    const bodies = await this.db
      .selectFrom('documents')
      .select(['id', 'body'])
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute()
    const bodyOf = new Map(bodies.map((b) => [b.id, b.body]))
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      site: r.site,
      date: r.date,
      score: Number(r.score),
      snippet: snippet(bodyOf.get(r.id) ?? '', terms),
    }))
  }

  /**
   * An actor's (or an actor pair's) events, oldest first, each with its sources; `after` pages
   * through them (the id of the last event of the previous page).
   */
  async timeline(q: TimelineQuery): Promise<TimelineEvent[]> {
    // An actor is its resolved entities, or (for actors no entity was found for) its text.
    const a = await this.entityIds(q.actor)
    const ta = nameKey(q.actor)
    const b = q.with ? await this.entityIds(q.with) : null
    const tb = q.with ? nameKey(q.with) : ''
    let query = this.db.selectFrom('merged_events').select('id')
    query = query.where((eb) => {
      // Each side is one index search (entity ids, or the folded text; an empty key never
      // matches: events without an actor have an empty key), and the condition is an OR of
      // such searches or of pairs of them, so both SQLite and PostgreSQL read it through the
      // indexes instead of scanning every event.
      const side = (column: 'actor' | 'recipient', ids: string[], text: string) => [
        ...(ids.length > 0 ? [eb(`${column}_entity`, 'in', ids)] : []),
        ...(text === '' ? [] : [eb(`${column}_text_key`, '=', text)]),
      ]
      const both = (x: ReturnType<typeof side>, y: ReturnType<typeof side>) =>
        x.flatMap((l) => y.map((r) => eb.and([l, r])))
      const terms = b
        ? [
            ...both(side('actor', a, ta), side('recipient', b, tb)),
            ...both(side('actor', b, tb), side('recipient', a, ta)),
          ]
        : [...side('actor', a, ta), ...side('recipient', a, ta)]
      return terms.length > 0 ? eb.or(terms) : sql<boolean>`1 = 0`
    })
    // An event is in a date range when the days its date covers meet the range.
    if (q.from) query = query.where('day_to', '>=', q.from)
    if (q.to) query = query.where('day_from', '<=', q.to)
    if (q.after !== undefined) {
      const last = await this.db
        .selectFrom('merged_events')
        .select(['day_from', 'day_to', 'id'])
        .where('id', '=', q.after)
        .executeTakeFirst()
      if (!last) return []
      // After the last event in the order below (events without a date come last).
      query = query.where(
        sql<boolean>`(${TIMELINE_ORDER}, coalesce(day_from, ''), coalesce(day_to, ''), id) > (${
          last.day_from === null ? 1 : 0
        }, ${last.day_from ?? ''}, ${last.day_to ?? ''}, ${last.id})`,
      )
    }
    // The page's ids first (sorting narrow rows), then its events.
    const page = await query
      .orderBy(TIMELINE_ORDER)
      .orderBy('day_from')
      .orderBy('day_to')
      .orderBy('id')
      .limit(q.limit ?? 1000)
      .execute()
    if (page.length === 0) return []
    const ids = page.map((m) => m.id)
    const rows = new Map<string, Selectable<MergedEventsTable>>()
    for (let i = 0; i < ids.length; i += PAGE) {
      const chunk = ids.slice(i, i + PAGE)
      const got = await this.db
        .selectFrom('merged_events')
        .selectAll()
        .where('id', 'in', chunk)
        .execute()
      for (const r of got) rows.set(r.id, r)
    }
    const merged = ids.map((id) => rows.get(id)).filter((r) => r !== undefined)
    const sources = await this.db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.doc_id')
      .select(['e.merged_id', 'e.doc_id', 'e.sentence'])
      .where('e.merged_id', 'in', ids)
      .orderBy('d.date')
      .orderBy('e.doc_id')
      .orderBy('e.sentence')
      .execute()
    const names = await this.entityNames(
      merged.flatMap((m) => [m.actor_entity, m.recipient_entity]),
    )
    const byEvent = new Map<string, { document: string; sentence: number }[]>()
    for (const s of sources) {
      const list = byEvent.get(s.merged_id) ?? []
      list.push({ document: s.doc_id, sentence: Number(s.sentence) })
      byEvent.set(s.merged_id, list)
    }
    return merged.map((m) => timelineEvent(m, names, byEvent.get(m.id) ?? []))
  }

  /** Canonical names of global entities. */
  private async entityNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const want = [...new Set(ids.filter((x): x is string => x !== null))]
    const out = new Map<string, string>()
    if (want.length === 0) return out
    const rows = await this.db
      .selectFrom('entities as e')
      .innerJoin('entities as c', 'c.id', 'e.canonical')
      .select(['e.id', 'c.name'])
      .where('e.id', 'in', want)
      .execute()
    for (const r of rows) out.set(r.id, r.name)
    return out
  }

  /** Quotes by speaker and channel, optionally containing a phrase; oldest first. */
  async quotes(q: QuoteQuery): Promise<QuoteRow[]> {
    let query = this.db
      .selectFrom('quotes as q')
      .innerJoin('documents as d', 'd.id', 'q.doc_id')
      .select([
        'q.doc_id',
        'q.local_id',
        'q.speaker_text',
        'q.speaker_entity',
        'q.channel',
        'q.type',
        'q.text',
        'q.sentence',
        'd.date',
      ])
    if (q.speaker) {
      // A speaker that names an entity is that entity's quotes, read through its index (a text
      // match would also give "Zelensky's office" for Zelensky, and scan every quote); a name
      // no entity has is matched in the speakers' text.
      const ids = await this.entityIds(q.speaker)
      const like = `%${q.speaker.toLowerCase()}%`
      query = query.where((eb) =>
        ids.length > 0
          ? eb('q.speaker_entity', 'in', ids)
          : eb(eb.fn('lower', ['q.speaker_text']), 'like', like),
      )
    }
    if (q.channel) {
      query = query.where((eb) =>
        eb(eb.fn('lower', ['q.channel']), '=', (q.channel as string).toLowerCase()),
      )
    }
    if (q.query) {
      query = query.where((eb) =>
        eb(eb.fn('lower', ['q.text']), 'like', `%${(q.query as string).toLowerCase()}%`),
      )
    }
    if (q.about) {
      const ids = await this.entityIds(q.about)
      if (ids.length === 0) return []
      query = query.where('q.doc_id', 'in', (eb) =>
        eb.selectFrom('doc_entities').select('doc_id').where('entity_id', 'in', ids),
      )
    }
    if (q.mentioning) {
      const ids = await this.entityIds(q.mentioning)
      if (ids.length === 0) return []
      // Implied by the test below, and indexed: only the documents that name the entity are
      // read, instead of every quote of the speaker checked mention by mention.
      query = query.where('q.doc_id', 'in', (eb) =>
        eb.selectFrom('doc_entities').select('doc_id').where('entity_id', 'in', ids),
      )
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('mentions as m')
            .innerJoin('doc_entities as de', (join) =>
              join.onRef('de.doc_id', '=', 'm.doc_id').onRef('de.local_id', '=', 'm.local_id'),
            )
            .select('m.doc_id')
            .whereRef('m.doc_id', '=', 'q.doc_id')
            .whereRef('m.start', '<', 'q.end')
            .whereRef('m.end', '>', 'q.start')
            .where('de.entity_id', 'in', ids),
        ),
      )
    }
    const rows = await query
      .orderBy('d.date')
      .orderBy('q.doc_id')
      .orderBy('q.start')
      .limit(q.limit ?? 100)
      .execute()
    const names = await this.entityNames(rows.map((r) => r.speaker_entity))
    return rows.map((r) => ({
      document: r.doc_id,
      id: r.local_id,
      date: r.date,
      speaker: (r.speaker_entity && names.get(r.speaker_entity)) || r.speaker_text,
      channel: r.channel,
      type: r.type,
      text: r.text,
      sentence: Number(r.sentence),
    }))
  }

  /** The most mentioned resolved entities (variants counted together). */
  async entities(
    q: { type?: string | undefined; limit?: number | undefined } = {},
  ): Promise<EntityRow[]> {
    let query = this.db
      .selectFrom('entities as e')
      .innerJoin('entities as c', 'c.id', 'e.canonical')
      .select(['c.id', 'c.name', 'c.type'])
      .select((eb) => [
        eb.fn.sum<number>('e.docs').as('documents'),
        eb.fn.sum<number>('e.mentions').as('mentions'),
      ])
      .groupBy(['c.id', 'c.name', 'c.type'])
    if (q.type) query = query.where('c.type', '=', q.type.toUpperCase())
    const rows = await query
      .orderBy('documents', 'desc')
      .orderBy('mentions', 'desc')
      .orderBy('c.id')
      .limit(q.limit ?? 50)
      .execute()
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      documents: Number(r.documents),
      mentions: Number(r.mentions),
    }))
  }

  /** Stories, largest first, each with its documents oldest first. */
  async stories(
    q: { limit?: number | undefined; minSize?: number | undefined } = {},
  ): Promise<StoryRow[]> {
    const rows = await this.db
      .selectFrom('stories')
      .selectAll()
      .where('size', '>=', q.minSize ?? 1)
      .orderBy('size', 'desc')
      .orderBy('first_date')
      .orderBy('id')
      .limit(q.limit ?? 1_000_000)
      .execute()
    const out: StoryRow[] = []
    for (let i = 0; i < rows.length; i += PAGE) {
      const page = rows.slice(i, i + PAGE)
      const docs = await this.db
        .selectFrom('documents')
        .select(['id', 'story_id'])
        .where(
          'story_id',
          'in',
          page.map((r) => r.id),
        )
        .orderBy('date')
        .orderBy('n')
        .execute()
      const by = new Map<string, string[]>()
      for (const d of docs) {
        const list = by.get(d.story_id ?? '') ?? []
        list.push(d.id)
        by.set(d.story_id ?? '', list)
      }
      for (const r of page) {
        out.push({
          story: r.id,
          title: r.title,
          firstDate: r.first_date,
          lastDate: r.last_date,
          documents: by.get(r.id) ?? [],
        })
      }
    }
    return out
  }

  /** One stored Document, as it was extracted; null when absent. */
  async document(id: string): Promise<DocumentJSON | null> {
    const row = await this.db
      .selectFrom('documents')
      .select(['json', 'body'])
      .where('id', '=', id)
      .executeTakeFirst()
    return row ? rebuild(row.json, row.body) : null
  }

  /**
   * The text of sentences (document id and sentence index), each with its document's title and
   * date, read in one query; a sentence that does not exist has empty text.
   */
  async sentences(
    refs: readonly { readonly document: string; readonly sentence: number }[],
  ): Promise<SentenceRow[]> {
    const ids = [...new Set(refs.map((r) => r.document))]
    const docs = new Map<string, { title: string | null; date: string | null; text: string[] }>()
    for (let i = 0; i < ids.length; i += PAGE) {
      // The sentence spans only, not the whole Document JSON.
      const spans =
        this.dialect === 'sqlite'
          ? sql<string>`json_extract(json, '$.sentences')`
          : sql<string>`(json::jsonb -> 'sentences')::text`
      const rows = await this.db
        .selectFrom('documents')
        .select(['id', 'title', 'date', 'body', spans.as('spans')])
        .where('id', 'in', ids.slice(i, i + PAGE))
        .execute()
      for (const r of rows) {
        const list = JSON.parse(r.spans ?? '[]') as { start: number; end: number }[]
        docs.set(r.id, {
          title: r.title,
          date: r.date,
          text: list.map((sp) => r.body.slice(sp.start, sp.end)),
        })
      }
    }
    return refs.map((r) => {
      const d = docs.get(r.document)
      return {
        document: r.document,
        sentence: r.sentence,
        title: d?.title ?? null,
        date: d?.date ?? null,
        text: d?.text[r.sentence] ?? '',
      }
    })
  }

  /** The story a document belongs to. */
  async storyOf(id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('documents')
      .select('story_id')
      .where('id', '=', id)
      .executeTakeFirst()
    return row?.story_id ?? null
  }

  /** Every Document, in ingest order, a page at a time (memory stays bounded). */
  async *documents(): AsyncGenerator<DocumentJSON> {
    let after = -1
    for (;;) {
      const rows = await this.db
        .selectFrom('documents')
        .select(['n', 'json', 'body'])
        .where('n', '>', after)
        .orderBy('n')
        .limit(PAGE)
        .execute()
      if (rows.length === 0) return
      for (const r of rows) yield rebuild(r.json, r.body)
      after = Number((rows.at(-1) as { n: number }).n)
    }
  }

  /** Merged events in date order, each with its first source document's id and URL, paged. */
  async *mergedEvents(): AsyncGenerator<
    TimelineEvent & { cameo: string | null; url: string | null; trigger: string }
  > {
    let after = ''
    for (;;) {
      const rows = await this.db
        .selectFrom('merged_events')
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute()
      if (rows.length === 0) return
      const ids = rows.map((r) => r.id)
      const srcs = await this.db
        .selectFrom('events as e')
        .innerJoin('documents as d', 'd.id', 'e.doc_id')
        .select(['e.merged_id', 'e.doc_id', 'e.sentence', 'e.cameo', 'e.trigger', 'd.url', 'd.n'])
        .where('e.merged_id', 'in', ids)
        .orderBy('d.n')
        .orderBy('e.sentence')
        .execute()
      const names = await this.entityNames(
        rows.flatMap((m) => [m.actor_entity, m.recipient_entity]),
      )
      const byEvent = new Map<string, typeof srcs>()
      for (const src of srcs) {
        const list = byEvent.get(src.merged_id) ?? []
        list.push(src)
        byEvent.set(src.merged_id, list)
      }
      for (const m of rows) {
        const mine = byEvent.get(m.id) ?? []
        const first = mine[0]
        const sentences = mine.map((src) => ({
          document: src.doc_id,
          sentence: Number(src.sentence),
        }))
        yield {
          ...timelineEvent(m, names, sentences),
          cameo: first?.cameo ?? null,
          url: first?.url ?? null,
          trigger: first?.trigger ?? '',
        }
      }
      after = (rows.at(-1) as { id: string }).id
    }
  }

  /**
   * A canonical dump of the whole database (every table, sorted, without the integer keys): two
   * stores with the same content give the same dump. For tests.
   */
  async dump(): Promise<string> {
    const out: string[] = []
    const tables: (keyof KB)[] = [
      'documents',
      'failures',
      'entities',
      'doc_entities',
      'mentions',
      'timexes',
      'quotes',
      'events',
      'merged_events',
      'stories',
      'story_keys',
      'key_df',
      'doc_sketch',
    ]
    for (const t of tables) {
      const rows = (await this.db.selectFrom(t).selectAll().execute()) as Record<string, unknown>[]
      const lines = rows.map((r) => {
        const { n: _n, tsv: _tsv, ...rest } = r
        return JSON.stringify(
          Object.fromEntries(
            Object.entries(rest)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
          ),
        )
      })
      lines.sort()
      out.push(`# ${t} ${lines.length}`, ...lines)
    }
    return out.join('\n')
  }
}

/**
 * Opens the store at `target` (a SQLite file path, or a `postgres://` URL), creating and
 * migrating it as needed.
 */
export async function openStore(
  target: string,
  options: ConnectOptions & { readonly stories?: StoryOptions } = {},
): Promise<Store> {
  const c = await connect(target, options)
  return new Store(c.db, c.dialect, c.where, options.stories)
}

function rebuild(json: string, body: string): DocumentJSON {
  const rest = JSON.parse(json) as Omit<DocumentJSON, 'text'>
  const { schema, id, input, meta, ...layers } = rest
  return { schema, id, input, meta, text: body, ...layers } as DocumentJSON
}

/** The words of a search query (quoted phrases kept together). */
export function queryTerms(query: string): string[] {
  const out: string[] = []
  for (const m of query.matchAll(/"([^"]+)"|([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu)) {
    const phrase = (m[1] ?? m[2] ?? '').replace(/["]/g, '').trim()
    if (phrase !== '') out.push(phrase)
  }
  return out
}

/** An FTS5 query that cannot be a syntax error: every term quoted, all required. */
function ftsQuery(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')
}

/** About 160 characters around the first query term found in `body`. */
export function snippet(body: string, terms: readonly string[]): string {
  const lower = body.toLowerCase()
  let at = -1
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase())
    if (i >= 0 && (at < 0 || i < at)) at = i
  }
  const start = Math.max(0, at < 0 ? 0 : at - 60)
  const end = Math.min(body.length, start + 160)
  const text = body.slice(start, end).replace(/\s+/g, ' ').trim()
  return (start > 0 ? '…' : '') + text + (end < body.length ? '…' : '')
}

/** A merged-event row as a timeline event, with its actor names resolved and its sources. */
function timelineEvent(
  m: Selectable<MergedEventsTable>,
  names: ReadonlyMap<string, string>,
  sentences: readonly { document: string; sentence: number }[],
): TimelineEvent {
  return {
    id: m.id,
    date: m.date,
    category: m.category,
    mode: m.mode,
    intensity: m.intensity === null ? null : Number(m.intensity),
    actor: (m.actor_entity && names.get(m.actor_entity)) || m.actor_text,
    recipient: (m.recipient_entity && names.get(m.recipient_entity)) || m.recipient_text,
    status: m.status,
    sources: Number(m.sources),
    documents: [...new Set(sentences.map((s) => s.document))],
    sentences,
  }
}
