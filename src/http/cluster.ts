/**
 * `chronicle serve` on several cores: better-sqlite3 answers queries synchronously, so one process
 * uses one core. The primary migrates the database, forks one worker per core (node:cluster
 * shares the listening socket between them), and does every write: workers answer reads on
 * their own read-only connection (WAL lets readers run beside the writer) and forward
 * POST /api/ingest to the primary.
 */
import cluster, { type Worker } from 'node:cluster'
import { fileURLToPath } from 'node:url'
import { DEFAULT_CONTEXT } from '../core/pipeline.js'
import type { SourceItem } from '../io/sources.js'
import { openStore } from '../kb/store.js'
import { type IngestOutcome, ingestQueue } from './ingest-one.js'

/** What a worker needs to serve. */
export interface ServeOptions {
  readonly db: string
  readonly host: string
  readonly port: number
  readonly token: string | null
  readonly maxBodyBytes: number
  readonly cacheBytes: number
}

/** Primary → worker. */
export type ToWorker =
  | { readonly type: 'start'; readonly options: ServeOptions }
  | { readonly type: 'stop' }
  | {
      readonly type: 'ingested'
      readonly id: number
      readonly outcome?: IngestOutcome
      readonly error?: string
    }

/** Worker → primary. */
export type ToPrimary =
  | { readonly type: 'ready' }
  | { readonly type: 'listening'; readonly url: string }
  | { readonly type: 'failed'; readonly message: string }
  | {
      readonly type: 'ingest'
      readonly id: number
      readonly item: SourceItem
      readonly bodyOnly: boolean
    }

/** A running cluster. */
export interface RunningCluster {
  readonly url: string
  /** Stops the workers (each closes its connections) and closes the primary's store. */
  close(): Promise<void>
}

/**
 * Starts `workers` worker processes serving `options.db`; resolves once all of them listen, and
 * rejects when one fails to start (a port in use, a database it cannot open).
 */
export async function startCluster(
  options: ServeOptions,
  workers: number,
): Promise<RunningCluster> {
  // Migrated here, once, before any worker opens it.
  const store = await openStore(options.db)
  const ingestOne = ingestQueue(store, { ...DEFAULT_CONTEXT, maxBytes: options.maxBodyBytes })
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./worker.js', import.meta.url)), args: [] })
  const live = new Set<Worker>()
  let stopping = false

  const answerIngest = (w: Worker, m: Extract<ToPrimary, { type: 'ingest' }>) => {
    ingestOne(m.item, m.bodyOnly).then(
      (outcome) => send(w, { type: 'ingested', id: m.id, outcome }),
      (error: unknown) =>
        send(w, {
          type: 'ingested',
          id: m.id,
          error: error instanceof Error ? error.message : String(error),
        }),
    )
  }

  /** Forks a worker; resolves with the URL it listens at. */
  const fork = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const w = cluster.fork()
      live.add(w)
      let listening = false
      w.on('message', (m: ToPrimary) => {
        if (m.type === 'ready') send(w, { type: 'start', options })
        else if (m.type === 'ingest') answerIngest(w, m)
        else if (m.type === 'listening') {
          listening = true
          resolve(m.url)
        } else if (m.type === 'failed') reject(new Error(m.message))
      })
      w.on('exit', (code, signal) => {
        live.delete(w)
        if (!listening) return reject(new Error(`a server worker exited (${signal ?? code})`))
        if (stopping) return
        // A worker that served and died (out of memory, a crash) is replaced.
        process.stderr.write(
          `chronicle: a server worker exited (${signal ?? code}); restarting it\n`,
        )
        fork().catch((error: unknown) => process.stderr.write(`chronicle: ${String(error)}\n`))
      })
    })

  const close = async () => {
    stopping = true
    const exits = [...live].map((w) => new Promise<void>((done) => w.once('exit', () => done())))
    for (const w of live) send(w, { type: 'stop' })
    await Promise.all(exits)
    await store.close()
  }
  try {
    const urls = await Promise.all(Array.from({ length: workers }, fork))
    return { url: urls[0] as string, close }
  } catch (error) {
    await close()
    throw error
  }
}

function send(w: Worker, m: ToWorker): void {
  if (w.isConnected()) w.send(m)
}
