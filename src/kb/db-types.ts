/**
 * The tables of the knowledge base, as Kysely sees them. The same schema serves SQLite and
 * PostgreSQL (see `migrations.ts`); only full-text search differs (FTS5 vs tsvector).
 *
 * Every per-document row carries `doc_id`; local ids (`E1`, `Q1`, `V1`) are the Document's own.
 * Global entities (`entities`) are the resolved, cross-document ones; `canonical` points at the
 * entity a surname-only entity was merged into (itself otherwise).
 */
import type { Generated } from 'kysely'

export interface DocumentsTable {
  /** Integer key (SQLite rowid alias, PostgreSQL identity): the FTS rowid. */
  n: Generated<number>
  /** The Document id: a content hash, or the record's own id. */
  id: string
  title: string | null
  site: string | null
  url: string | null
  path: string | null
  published: string | null
  /** `meta.documentDate`, else the date part of `published` (`YYYY-MM-DD`). */
  date: string | null
  language: string | null
  /** The clean text (also indexed for full-text search). */
  body: string
  /** The Document JSON without `text` (it is `body`). */
  json: string
  story_id: string | null
}

export interface FailuresTable {
  id: string
  source: string | null
  code: string
  reason: string
}

export interface EntitiesTable {
  id: string
  type: string
  name: string
  /** The folded name (see `names.ts`): the resolution key. */
  key: string
  /** The folded last token of a person's name, else null. */
  surname: string | null
  /** Number of name tokens (1 = surname-only). */
  tokens: number
  canonical: string
  /** Role titles seen with it, folded, space-separated (evidence for resolution). */
  roles: string
  docs: number
  mentions: number
}

export interface DocEntitiesTable {
  doc_id: string
  local_id: string
  entity_id: string
  type: string
  name: string
  roles: string
  mentions: number
}

export interface MentionsTable {
  doc_id: string
  local_id: string
  start: number
  end: number
  text: string
  kind: string
}

export interface TimexesTable {
  doc_id: string
  local_id: string
  start: number
  end: number
  text: string
  type: string
  value: string
  resolution: string
}

export interface QuotesTable {
  doc_id: string
  local_id: string
  start: number
  end: number
  text: string
  type: string
  speaker_text: string | null
  speaker_entity: string | null
  cue: string | null
  channel: string | null
  /** Index of the sentence that holds the quote's start. */
  sentence: number
}

export interface EventsTable {
  doc_id: string
  local_id: string
  category: string
  mode: string | null
  cameo: string | null
  intensity: number | null
  actor_text: string | null
  actor_entity: string | null
  recipient_text: string | null
  recipient_entity: string | null
  trigger: string
  sentence: number
  date: string | null
  date_basis: string | null
  location: string | null
  status: string
  quote: string | null
  merged_id: string
}

export interface MergedEventsTable {
  id: string
  category: string
  mode: string | null
  intensity: number | null
  /** The resolved actor entity id, or `text:<folded text>` when the actor is not an entity. */
  actor_key: string
  recipient_key: string
  actor_entity: string | null
  recipient_entity: string | null
  actor_text: string | null
  recipient_text: string | null
  /** The folded actor text (`names.ts`), '' when none: timelines of actors that are not entities. */
  actor_text_key: Generated<string>
  recipient_text_key: Generated<string>
  date: string | null
  /** The first and last day `date` covers (`YYYY-MM-DD`), for ordering and date filters. */
  day_from: string | null
  day_to: string | null
  status: string
  sources: number
}

export interface StoriesTable {
  id: string
  title: string | null
  first_date: string | null
  last_date: string | null
  size: number
}

export interface StoryKeysTable {
  key: string
  /** The document's integer key: newest first when candidates are capped. */
  n: number
  doc_id: string
}

export interface KeyDfTable {
  key: string
  df: number
}

export interface DocSketchTable {
  doc_id: string
  /** Space-separated story keys of the document. */
  keys: string
  /** MinHash signature, comma-separated base-36 numbers. */
  minhash: string
  date: string | null
}

/** The whole database, for Kysely. */
export interface KB {
  documents: DocumentsTable
  failures: FailuresTable
  entities: EntitiesTable
  doc_entities: DocEntitiesTable
  mentions: MentionsTable
  timexes: TimexesTable
  quotes: QuotesTable
  events: EventsTable
  merged_events: MergedEventsTable
  stories: StoriesTable
  story_keys: StoryKeysTable
  key_df: KeyDfTable
  doc_sketch: DocSketchTable
}
