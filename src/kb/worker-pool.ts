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

/** Options of {@link createExtractor}. */
export interface ExtractorOptions {
  /**
   * Longest one document may take (ms) before its worker is stopped and the document recorded
   * as failed: a stage stuck on one input must not stop an ingest. Default 120 s.
   */
  readonly timeoutMs?: number
  /** Stages left out of the default pipeline (by name), for runs that do not need them. */
  readonly skipStages?: readonly string[]
}

const CHUNK = 4

interface Slot {
  worker: Worker
  busy: boolean
}

/**
 * A pool of extraction workers. Work goes out in chunks of a few documents (fewer messages);
 * results come back in input order. A chunk that takes too long has its worker replaced and is
 * retried one document at a time, so only the document that hangs fails.
 *
 * @example
 * const pool = createExtractor(2, ctx)
 * const outcomes = await pool.extract(items)
 */
export function createExtractor(
  jobs: number,
  ctx: Context,
  options: ExtractorOptions = {},
): Extractor {
  if (jobs <= 0) {
    return {
      extract: async (items) => items.map((item) => extractOne(item, ctx)),
      close: async () => undefined,
    }
  }
  const timeoutMs = options.timeoutMs ?? 120_000
  const url = new URL('./extract-worker.js', import.meta.url)
  const spawn = () => new Worker(url, { workerData: { ctx, skipStages: options.skipStages ?? [] } })
  const slots: Slot[] = Array.from({ length: jobs }, () => ({ worker: spawn(), busy: false }))
  const waiting: (() => void)[] = []
  let nextId = 0

  const take = async (): Promise<Slot> => {
    for (;;) {
      const free = slots.find((s) => !s.busy)
      if (free) {
        free.busy = true
        return free
      }
      await new Promise<void>((r) => waiting.push(r))
    }
  }
  const release = (slot: Slot) => {
    slot.busy = false
    waiting.shift()?.()
  }

  const runOnce = (slot: Slot, items: SourceItem[]): Promise<Outcome[] | 'timeout'> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      const worker = slot.worker
      const timer = setTimeout(() => {
        cleanup()
        resolve('timeout')
      }, timeoutMs * Math.min(2, items.length))
      const onMessage = (msg: { id: number; results: Outcome[] }) => {
        if (msg.id !== id) return
        cleanup()
        resolve(msg.results)
      }
      const onError = (error: Error) => {
        cleanup()
        reject(error)
      }
      const cleanup = () => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.postMessage({ id, items })
    })

  const run = async (items: SourceItem[]): Promise<Outcome[]> => {
    const slot = await take()
    let result: Outcome[] | 'timeout'
    try {
      result = await runOnce(slot, items)
    } catch (error) {
      // The worker died: replace it and record the chunk's documents as failed.
      slot.worker = spawn()
      release(slot)
      const reason = error instanceof Error ? error.message : String(error)
      return items.map((item) => failure(item, `extraction crashed: ${reason}`))
    }
    if (result !== 'timeout') {
      release(slot)
      return result
    }
    await slot.worker.terminate()
    slot.worker = spawn()
    release(slot)
    if (items.length === 1) {
      const item = items[0] as SourceItem
      return [failure(item, `extraction took longer than ${timeoutMs / 1000} s`)]
    }
    return (await Promise.all(items.map((item) => run([item])))).flat()
  }

  return {
    async extract(items) {
      const chunks: Promise<Outcome[]>[] = []
      for (let i = 0; i < items.length; i += CHUNK) chunks.push(run(items.slice(i, i + CHUNK)))
      return (await Promise.all(chunks)).flat()
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()))
    },
  }
}

function failure(item: SourceItem, reason: string): Outcome {
  return {
    ok: false,
    value: { id: item.id, source: item.raw.path ?? item.raw.url, code: 'stage/failed', reason },
  }
}
