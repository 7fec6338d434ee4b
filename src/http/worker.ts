/**
 * A worker of `chronicle serve`'s cluster (see cluster.ts): waits for its options from the
 * primary, opens its own read-only connection and serves until the primary says stop (or goes
 * away). Interrupts go to the primary, which stops the workers in order.
 */
import cluster from 'node:cluster'
import { sql } from 'kysely'
import { openStore } from '../kb/store.js'
import type { ServeOptions, ToPrimary, ToWorker } from './cluster.js'
import type { IngestOutcome } from './ingest-one.js'
import { startServer } from './serve.js'

if (cluster.isWorker) {
  process.on('SIGINT', () => undefined)
  process.on('SIGTERM', () => undefined)
  const waiting = new Map<
    number,
    { resolve: (o: IngestOutcome) => void; reject: (e: Error) => void }
  >()
  let next = 0
  const send = (m: ToPrimary) => process.send?.(m)
  let stop: (() => Promise<void>) | null = null
  const stopNow = () => {
    const done = stop ? stop() : Promise.resolve()
    done.finally(() => process.exit(0))
  }
  process.on('disconnect', stopNow)
  process.on('message', (m: ToWorker) => {
    if (m.type === 'start') {
      serveWorker(m.options).then(
        (s) => {
          stop = s
        },
        (error: unknown) => {
          send({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
          process.exit(1)
        },
      )
    } else if (m.type === 'stop') stopNow()
    else if (m.type === 'ingested') {
      const w = waiting.get(m.id)
      waiting.delete(m.id)
      if (m.outcome) w?.resolve(m.outcome)
      else w?.reject(new Error(m.error ?? 'ingest failed'))
    }
  })
  // Listening now: the primary sends the options on this word.
  send({ type: 'ready' })

  async function serveWorker(options: ServeOptions): Promise<() => Promise<void>> {
    const store = await openStore(options.db)
    // Reads only: every write goes through the primary.
    if (store.dialect === 'sqlite') await sql`PRAGMA query_only = ON`.execute(store.db)
    const running = await startServer(store, {
      host: options.host,
      port: options.port,
      token: options.token,
      maxBodyBytes: options.maxBodyBytes,
      cacheBytes: options.cacheBytes,
      ingest: (item, bodyOnly) =>
        new Promise((resolve, reject) => {
          const id = ++next
          waiting.set(id, { resolve, reject })
          send({ type: 'ingest', id, item, bodyOnly })
        }),
    })
    send({ type: 'listening', url: running.url })
    return async () => {
      await running.close()
      await store.close()
    }
  }
}
