import { cpus } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Context } from '../core/pipeline.js'
import type { SourceItem } from '../io/sources.js'
import { extractOne, type Outcome } from './extract-one.js'

/** Extracts batches of inputs, on worker threads or (jobs = 0) on the calling thread. */
export interface Extractor {
  extract(items: readonly SourceItem[]): Promise<Outcome[]>
  close(): Promise<void>
}

/** The default number of workers: one per core. */
export function defaultJobs(): number {
  return Math.max(1, cpus().length)
}

const CHUNK = 8

/**
 * A pool of extraction workers. Work goes out in chunks of a few documents (fewer messages);
 * results come back in input order.
 *
 * @example
 * const pool = createExtractor(2, ctx)
 * const outcomes = await pool.extract(items)
 */
export function createExtractor(jobs: number, ctx: Context): Extractor {
  if (jobs <= 0) {
    return {
      extract: async (items) => items.map((item) => extractOne(item, ctx)),
      close: async () => undefined,
    }
  }
  const url = new URL('./extract-worker.js', import.meta.url)
  const idle: Worker[] = []
  const waiting: (() => void)[] = []
  const pending = new Map<number, { resolve: (r: Outcome[]) => void; reject: (e: Error) => void }>()
  let nextId = 0
  const workers: Worker[] = []
  for (let i = 0; i < jobs; i++) {
    const w = new Worker(url, { workerData: { ctx } })
    w.on('message', (msg: { id: number; results: Outcome[] }) => {
      const p = pending.get(msg.id)
      pending.delete(msg.id)
      p?.resolve(msg.results)
      idle.push(w)
      waiting.shift()?.()
    })
    w.on('error', (error) => {
      for (const p of pending.values()) p.reject(error)
      pending.clear()
    })
    workers.push(w)
    idle.push(w)
  }
  const take = async (): Promise<Worker> => {
    while (idle.length === 0) await new Promise<void>((r) => waiting.push(r))
    return idle.shift() as Worker
  }
  const run = async (items: SourceItem[]): Promise<Outcome[]> => {
    const w = await take()
    const id = nextId++
    return new Promise<Outcome[]>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      w.postMessage({ id, items })
    })
  }
  return {
    async extract(items) {
      const chunks: Promise<Outcome[]>[] = []
      for (let i = 0; i < items.length; i += CHUNK) chunks.push(run(items.slice(i, i + CHUNK)))
      return (await Promise.all(chunks)).flat()
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
