/**
 * `chronicle serve [--db PATH|URL] [--port P] [--host H] [--token T] [--workers N] [--cache-mb M]`:
 * the HTTP API and the web UI. With more than one worker (default: one per core, at most 8) a
 * cluster of processes answers (see cluster.ts); `--workers 1` serves from this process alone.
 * POST /api/ingest needs the token (`--token`, else `CHRONICLE_TOKEN`).
 */
import type { AddressInfo } from 'node:net'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import { ChronicleError } from '../core/errors.js'
import { openStore, type Store } from '../kb/store.js'
import { createApp, DEFAULT_MAX_BODY } from './app.js'
import { startCluster } from './cluster.js'
import type { IngestOne } from './ingest-one.js'

/** Megabytes of answers each serving process caches by default. */
export const DEFAULT_CACHE_MB = 32

/** A running server. */
export interface Running {
  readonly url: string
  close(): Promise<void>
}

/** Starts the server on `host:port` (port 0: a free one) and resolves once it listens. */
export function startServer(
  store: Store,
  options: {
    host?: string
    port?: number
    token?: string | null
    maxBodyBytes?: number
    cacheBytes?: number
    ingest?: IngestOne
  } = {},
): Promise<Running> {
  const app = createApp({
    store,
    token: options.token ?? null,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
    cacheBytes: options.cacheBytes ?? 0,
    ...(options.ingest ? { ingest: options.ingest } : {}),
  })
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }, (info) => {
      const a = info as AddressInfo
      const shown = a.address.includes(':') ? `[${a.address}]` : a.address
      resolve({
        url: `http://${shown}:${a.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    server.once('error', reject)
  })
}

/** `chronicle serve`: runs until interrupted. */
export async function serveCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      db: { type: 'string', default: './chronicle.db' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      'max-bytes': { type: 'string' },
      workers: { type: 'string' },
      'cache-mb': { type: 'string' },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ChronicleError('E_USAGE', `--port must be 0-65535, not "${values.port}"`)
  }
  const maxBodyBytes =
    values['max-bytes'] === undefined ? DEFAULT_MAX_BODY : Number(values['max-bytes'])
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new ChronicleError('E_USAGE', '--max-bytes must be a positive number of bytes')
  }
  const workers =
    values.workers === undefined ? Math.min(availableParallelism(), 8) : Number(values.workers)
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new ChronicleError('E_USAGE', `--workers must be 1-64, not "${values.workers}"`)
  }
  const cacheMb = values['cache-mb'] === undefined ? DEFAULT_CACHE_MB : Number(values['cache-mb'])
  if (!Number.isFinite(cacheMb) || cacheMb < 0) {
    throw new ChronicleError('E_USAGE', '--cache-mb must be a number of megabytes (0: no cache)')
  }
  const token = values.token ?? process.env.CHRONICLE_TOKEN ?? null
  const options = {
    db: values.db,
    host: values.host,
    port,
    token,
    maxBodyBytes,
    cacheBytes: Math.round(cacheMb * 1024 * 1024),
  }
  let running: Running
  if (workers > 1) {
    running = await startCluster(options, workers)
  } else {
    const store = await openStore(values.db)
    const server = await startServer(store, options)
    running = {
      url: server.url,
      close: async () => {
        await server.close()
        await store.close()
      },
    }
  }
  const shown = workers > 1 ? `${workers} worker processes` : 'one process'
  process.stdout.write(`chronicle: serving ${values.db} at ${running.url}/ with ${shown}\n`)
  if (token === null) process.stdout.write('chronicle: no token given: POST /api/ingest is off\n')
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await running.close()
  return 0
}
