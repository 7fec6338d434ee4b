import { userInfo } from 'node:os'
import Database from 'better-sqlite3'
import {
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
} from 'kysely'
import pg from 'pg'
import { ChronicleError } from '../core/errors.js'
import type { KB } from './db-types.js'
import { type Dialect, migrate } from './migrations.js'

/** An open, migrated database. */
export interface Connection {
  readonly db: Kysely<KB>
  readonly dialect: Dialect
  /** Where it is: the file path or the URL without its password. */
  readonly where: string
}

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** PostgreSQL only: the schema to work in (made when absent); tests use a fresh one per run. */
  readonly schema?: string
}

/** True when `target` names a PostgreSQL database. */
export function isPostgres(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target)
}

/**
 * Opens (and creates or migrates) the knowledge base at `target`: a file path for SQLite, or a
 * `postgres://` URL. Throws `E_DB_UNREACHABLE` when it cannot be opened.
 *
 * @example
 * const { db } = await connect('./chronicle.db')
 */
export async function connect(target: string, options: ConnectOptions = {}): Promise<Connection> {
  if (isPostgres(target)) return connectPostgres(target, options)
  let sqlite: Database.Database
  try {
    sqlite = new Database(target)
    // WAL: readers never block the writer; NORMAL sync is durable against a killed process
    // (the WAL is on disk once a transaction commits), which is what resumable ingest needs.
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 10000')
    sqlite.pragma('cache_size = -65536')
    // Checkpoint every ~40 MB of WAL rather than 4 MB: ingest dirties the same index pages in
    // batch after batch, and each checkpoint copies them again (commit CPU -30% measured).
    sqlite.pragma('wal_autocheckpoint = 10000')
  } catch (error) {
    throw new ChronicleError('E_DB_UNREACHABLE', `cannot open ${target}: ${reasonOf(error)}`, {
      cause: error,
    })
  }
  const db = new Kysely<KB>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) })
  await migrate(db, 'sqlite')
  return { db, dialect: 'sqlite', where: target }
}

const STATEMENT_CACHE = 512

/**
 * better-sqlite3 with a cache of prepared statements: Kysely prepares every query it runs, and
 * preparing costs more than running the small indexed queries of ingest. Bounded (LRU by
 * insertion order), since `IN (...)` lists of different lengths are different statements.
 */
function cachedStatements(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      let stmt = cache.get(query)
      if (stmt) {
        cache.delete(query)
      } else {
        stmt = sqlite.prepare(query)
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string)
      }
      cache.set(query, stmt)
      return stmt as unknown as SqliteStatement
    },
  }
}

/**
 * The URL with a user name: like `psql`, the current system user when the URL names none (the
 * pg driver would otherwise send none and be refused).
 */
export function withDefaultUser(url: string): string {
  try {
    const u = new URL(url)
    if (u.username === '') u.username = process.env.PGUSER ?? userInfo().username
    return u.toString()
  } catch {
    return url
  }
}

async function connectPostgres(target: string, options: ConnectOptions): Promise<Connection> {
  const url = withDefaultUser(target)
  const where = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
  const schema = options.schema
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new ChronicleError('E_USAGE', `bad PostgreSQL schema name "${schema}"`)
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  try {
    const client = await pool.connect()
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    } finally {
      client.release()
    }
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw new ChronicleError('E_DB_UNREACHABLE', `cannot connect to ${where}: ${reasonOf(error)}`, {
      cause: error,
    })
  }
  const db = new Kysely<KB>({ dialect: new PostgresDialect({ pool }) })
  await migrate(db, 'postgres')
  return { db, dialect: 'postgres', where }
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0])
  return error instanceof Error ? error.message || error.name : String(error)
}
