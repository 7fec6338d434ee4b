/**
 * Ingest: inputs → extraction on worker threads → batched, ordered writes.
 *
 * - Idempotent: documents are keyed by content id; ids already stored (or recorded as failed)
 *   are skipped before extraction, so a re-run or a resumed run costs little.
 * - Resumable: each batch is one transaction, written in input order, so a killed ingest
 *   (even `kill -9`) loses at most the batch in flight, and the re-run writes it exactly as a
 *   clean run would have.
 * - Bounded memory: at most two windows of documents are in flight (one being extracted while
 *   the previous one is written).
 */
import { hasFatal } from '../core/messages.js'
import { type Context, DEFAULT_CONTEXT } from '../core/pipeline.js'
import type { SourceItem, SourceOptions } from '../io/sources.js'
import type { Outcome } from './extract-one.js'
import { estimateTotal, readInputs } from './inputs.js'
import { createProgress, type Progress } from './progress.js'
import type { Store } from './store.js'
import { createExtractor, defaultJobs } from './worker-pool.js'
import type { Extracted, Failure } from './write.js'

/** Options of {@link ingest}. */
export interface IngestOptions {
  readonly sources: SourceOptions
  /** Worker threads (0: extract on the main thread). Default: one per core. */
  readonly jobs?: number
  /** Documents per transaction. */
  readonly batchSize?: number
  readonly ctx?: Context
  /** Progress on stderr (default: on). */
  readonly progress?: boolean
  /** Longest one document may take to extract (ms) before it is recorded as failed. */
  readonly timeoutMs?: number
  /** Stages of the default pipeline to leave out (by name). */
  readonly skipStages?: readonly string[]
  /** Called for each input that failed. */
  readonly onFailure?: (failure: Failure) => void
}

/** What an ingest did. */
export interface IngestReport {
  /** Inputs read. */
  readonly read: number
  /** New documents stored. */
  readonly stored: number
  /** Inputs skipped because they were stored (or recorded as failed) before. */
  readonly skipped: number
  /** Inputs that failed (recorded with their message). */
  readonly failed: number
}

/**
 * Ingests inputs into the store.
 *
 * @example
 * const report = await ingest(store, ['articles/'], { sources })
 */
export async function ingest(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions,
): Promise<IngestReport> {
  const total = options.progress === false ? null : await estimateTotal(inputs)
  return ingestItems(store, readInputs(inputs, options.sources), options, total)
}

/** Ingests items already read (see `readInputs`); `total` feeds the progress bar's ETA. */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions,
  total: number | null = null,
): Promise<IngestReport> {
  const batchSize = options.batchSize ?? 100
  const jobs = options.jobs ?? defaultJobs()
  const ctx = options.ctx ?? { ...DEFAULT_CONTEXT, maxBytes: options.sources.maxBytes }
  const window = Math.max(batchSize, jobs * 32)
  const progress = createProgress(total, process.stderr, options.progress === false)
  const extractor = createExtractor(jobs, ctx, {
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.skipStages === undefined ? {} : { skipStages: options.skipStages }),
  })
  const report = { read: 0, stored: 0, skipped: 0, failed: 0 }
  try {
    let pending: Promise<Outcome[]> | null = null
    for await (const chunk of windows(items, window)) {
      report.read += chunk.length
      const known = await store.knownIds(chunk.map((i) => i.id))
      const todo: SourceItem[] = []
      const seen = new Set<string>()
      for (const item of chunk) {
        if (known.has(item.id) || seen.has(item.id)) report.skipped++
        else {
          seen.add(item.id)
          todo.push(item)
        }
      }
      progress.tick(chunk.length - todo.length, report.stored, report.skipped, report.failed)
      // Extract this window while the previous one is written.
      const next = extractWindow(extractor, todo)
      if (pending) await writeOutcomes(store, await pending, batchSize, report, progress, options)
      pending = next
    }
    if (pending) await writeOutcomes(store, await pending, batchSize, report, progress, options)
  } finally {
    await extractor.close()
  }
  progress.done()
  return report
}

function extractWindow(
  extractor: ReturnType<typeof createExtractor>,
  items: SourceItem[],
): Promise<Outcome[]> {
  // Inputs that could not even be read skip extraction: their failure is already known.
  const direct = new Map<number, Outcome>()
  const work: SourceItem[] = []
  items.forEach((item, i) => {
    if (hasFatal(item.messages)) {
      const m = item.messages.find((x) => x.severity === 'fatal')
      direct.set(i, {
        ok: false,
        value: {
          id: item.id,
          source: item.where ?? item.raw.path ?? item.raw.url,
          code: m?.code ?? 'input/unreadable',
          reason: m?.reason ?? '',
        },
      })
    } else work.push(item)
  })
  const promise = extractor.extract(work).then((outcomes) => {
    const out: Outcome[] = []
    let k = 0
    for (let i = 0; i < items.length; i++) out.push(direct.get(i) ?? (outcomes[k++] as Outcome))
    return out
  })
  // Avoid an unhandled rejection while the previous window is being written.
  promise.catch(() => undefined)
  return promise
}

async function writeOutcomes(
  store: Store,
  outcomes: readonly Outcome[],
  batchSize: number,
  report: { read: number; stored: number; skipped: number; failed: number },
  progress: Progress,
  options: IngestOptions,
): Promise<void> {
  for (let i = 0; i < outcomes.length; i += batchSize) {
    const batch = outcomes.slice(i, i + batchSize)
    const docs: Extracted[] = []
    const failures: Failure[] = []
    for (const o of batch) {
      if (o.ok) docs.push(o.value)
      else failures.push(o.value)
    }
    const added = await store.writeBatch(docs, failures)
    report.stored += added
    report.skipped += docs.length - added
    report.failed += failures.length
    for (const f of failures) options.onFailure?.(f)
    progress.tick(batch.length, report.stored, report.skipped, report.failed)
  }
}

async function* windows<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
): AsyncGenerator<T[]> {
  let buf: T[] = []
  for await (const item of items) {
    buf.push(item)
    if (buf.length >= size) {
      yield buf
      buf = []
    }
  }
  if (buf.length > 0) yield buf
}
