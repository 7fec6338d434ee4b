/**
 * Versioned schema migrations, in code. Kysely's migrator records each applied migration in
 * `kysely_migration`, so opening a database applies exactly the ones it lacks. A database written
 * by a newer chronicle (with migrations this build does not know) is refused.
 *
 * Add a migration by appending a new entry with the next number; never edit a released one.
 */
import { type Kysely, sql } from 'kysely'
import { type Migration, Migrator } from 'kysely/migration'
import { ChronicleError } from '../core/errors.js'
import type { KB } from './db-types.js'
import { daySpan } from './resolve.js'

/** The two dialects the store speaks. */
export type Dialect = 'sqlite' | 'postgres'

function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        const k = db as unknown as Kysely<KB>
        const s = k.schema
        // The integer key doubles as the full-text rowid in SQLite.
        await s
          .createTable('documents')
          .addColumn('n', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) => c.primaryKey())
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('title', 'text')
          .addColumn('site', 'text')
          .addColumn('url', 'text')
          .addColumn('path', 'text')
          .addColumn('published', 'text')
          .addColumn('date', 'text')
          .addColumn('language', 'text')
          .addColumn('body', 'text', (c) => c.notNull())
          .addColumn('json', 'text', (c) => c.notNull())
          .addColumn('story_id', 'text')
          .execute()
        await s.createIndex('documents_date').on('documents').columns(['date']).execute()
        await s.createIndex('documents_site').on('documents').columns(['site']).execute()
        await s.createIndex('documents_story').on('documents').columns(['story_id']).execute()
        if (dialect === 'sqlite') {
          await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents', content_rowid='n', tokenize='porter unicode61 remove_diacritics 2')`.execute(
            db,
          )
        } else {
          await sql`ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', body)) STORED`.execute(
            db,
          )
          await sql`CREATE INDEX documents_tsv ON documents USING gin (tsv)`.execute(db)
        }

        await s
          .createTable('failures')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('source', 'text')
          .addColumn('code', 'text', (c) => c.notNull())
          .addColumn('reason', 'text', (c) => c.notNull())
          .execute()

        await s
          .createTable('entities')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('surname', 'text')
          .addColumn('tokens', 'integer', (c) => c.notNull())
          .addColumn('canonical', 'text', (c) => c.notNull())
          .addColumn('roles', 'text', (c) => c.notNull())
          .addColumn('docs', 'integer', (c) => c.notNull())
          .addColumn('mentions', 'integer', (c) => c.notNull())
          .execute()
        await s.createIndex('entities_key').on('entities').columns(['type', 'key']).execute()
        await s.createIndex('entities_surname').on('entities').columns(['surname']).execute()
        await s.createIndex('entities_canonical').on('entities').columns(['canonical']).execute()

        await s
          .createTable('doc_entities')
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('entity_id', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('roles', 'text', (c) => c.notNull())
          .addColumn('mentions', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('doc_entities_pk', ['doc_id', 'local_id'])
          .execute()
        await s
          .createIndex('doc_entities_entity')
          .on('doc_entities')
          .columns(['entity_id'])
          .execute()

        await s
          .createTable('mentions')
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .execute()
        await s.createIndex('mentions_doc').on('mentions').columns(['doc_id', 'local_id']).execute()

        await s
          .createTable('timexes')
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('resolution', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('timexes_pk', ['doc_id', 'local_id'])
          .execute()
        await s.createIndex('timexes_value').on('timexes').columns(['value']).execute()

        await s
          .createTable('quotes')
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('speaker_text', 'text')
          .addColumn('speaker_entity', 'text')
          .addColumn('cue', 'text')
          .addColumn('channel', 'text')
          .addColumn('sentence', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('quotes_pk', ['doc_id', 'local_id'])
          .execute()
        await s.createIndex('quotes_speaker').on('quotes').columns(['speaker_entity']).execute()
        await s.createIndex('quotes_channel').on('quotes').columns(['channel']).execute()

        await s
          .createTable('merged_events')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('mode', 'text')
          .addColumn('intensity', 'real')
          .addColumn('actor_key', 'text', (c) => c.notNull())
          .addColumn('recipient_key', 'text', (c) => c.notNull())
          .addColumn('actor_entity', 'text')
          .addColumn('recipient_entity', 'text')
          .addColumn('actor_text', 'text')
          .addColumn('recipient_text', 'text')
          .addColumn('date', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('sources', 'integer', (c) => c.notNull())
          .execute()
        await s
          .createIndex('merged_events_key')
          .on('merged_events')
          .columns(['category', 'actor_key', 'recipient_key'])
          .execute()
        await s
          .createIndex('merged_events_actor')
          .on('merged_events')
          .columns(['actor_entity'])
          .execute()
        await s
          .createIndex('merged_events_recipient')
          .on('merged_events')
          .columns(['recipient_entity'])
          .execute()

        await s
          .createTable('events')
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addColumn('local_id', 'text', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('mode', 'text')
          .addColumn('cameo', 'text')
          .addColumn('intensity', 'real')
          .addColumn('actor_text', 'text')
          .addColumn('actor_entity', 'text')
          .addColumn('recipient_text', 'text')
          .addColumn('recipient_entity', 'text')
          .addColumn('trigger', 'text', (c) => c.notNull())
          .addColumn('sentence', 'integer', (c) => c.notNull())
          .addColumn('date', 'text')
          .addColumn('date_basis', 'text')
          .addColumn('location', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('quote', 'text')
          .addColumn('merged_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('events_pk', ['doc_id', 'local_id'])
          .execute()
        await s.createIndex('events_merged').on('events').columns(['merged_id']).execute()

        await s
          .createTable('stories')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text')
          .addColumn('first_date', 'text')
          .addColumn('last_date', 'text')
          .addColumn('size', 'integer', (c) => c.notNull())
          .execute()

        await s
          .createTable('story_keys')
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('n', 'bigint', (c) => c.notNull())
          .addColumn('doc_id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('story_keys_pk', ['key', 'n'])
          .execute()
        await s
          .createTable('key_df')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('df', 'integer', (c) => c.notNull())
          .execute()
        await s
          .createTable('doc_sketch')
          .addColumn('doc_id', 'text', (c) => c.primaryKey())
          .addColumn('keys', 'text', (c) => c.notNull())
          .addColumn('minhash', 'text', (c) => c.notNull())
          .addColumn('date', 'text')
          .execute()
      },
    },
    '0002_actor_text_keys': {
      async up(db: Kysely<unknown>) {
        // Timelines of actors no entity was found for ("protesters", "the ministry"): by the
        // folded actor text. Rows written before this migration keep an empty key.
        const s = (db as unknown as Kysely<KB>).schema
        for (const column of ['actor_text_key', 'recipient_text_key'] as const) {
          await s
            .alterTable('merged_events')
            .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
            .execute()
          await s
            .createIndex(`merged_events_${column}`)
            .on('merged_events')
            .column(column)
            .execute()
        }
      },
    },
    '0003_entity_name_index': {
      async up(db: Kysely<unknown>) {
        // Name lookups of the query commands know the name, not the type.
        await (db as unknown as Kysely<KB>).schema
          .createIndex('entities_name_key')
          .on('entities')
          .column('key')
          .execute()
      },
    },
    '0004_entity_surname_index': {
      async up(db: Kysely<unknown>) {
        // Surname lookups also filter on type and token count; with the surname alone indexed,
        // SQLite preferred the (type, key) index and scanned every person, once per document.
        const s = (db as unknown as Kysely<KB>).schema
        await s.dropIndex('entities_surname').execute()
        await s
          .createIndex('entities_surname')
          .on('entities')
          .columns(['surname', 'type', 'tokens'])
          .execute()
      },
    },
    '0005_event_days': {
      async up(db: Kysely<unknown>) {
        // TIMEX3 values do not sort or compare as strings ("2024-W39" after "2024-12-07"): the
        // first and last day each merged event's date covers, for ordering and date filters.
        const k = db as unknown as Kysely<KB>
        for (const column of ['day_from', 'day_to'] as const) {
          await k.schema.alterTable('merged_events').addColumn(column, 'text').execute()
        }
        await k.schema
          .createIndex('merged_events_day')
          .on('merged_events')
          .columns(['day_from', 'day_to'])
          .execute()
        const dates = await k
          .selectFrom('merged_events')
          .select('date')
          .distinct()
          .where('date', 'is not', null)
          .execute()
        for (const { date } of dates) {
          const [from, to] = daySpan(date)
          await k
            .updateTable('merged_events')
            .set({ day_from: from, day_to: to })
            .where('date', '=', date)
            .execute()
        }
      },
    },
  }
}

/** Applies every migration the database lacks; throws `E_DB_SCHEMA` when it cannot. */
export async function migrate(db: Kysely<KB>, dialect: Dialect): Promise<void> {
  const all = migrations(dialect)
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => all },
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    const detail = error instanceof Error ? error.message : String(error ?? failed?.migrationName)
    throw new ChronicleError('E_DB_SCHEMA', `migrating the database failed: ${detail}`, {
      cause: error,
    })
  }
}

/** The names of the migrations this build knows, oldest first. */
export function migrationNames(dialect: Dialect = 'sqlite'): string[] {
  return Object.keys(migrations(dialect)).sort()
}
