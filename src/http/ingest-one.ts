/**
 * POST /api/ingest's write: one article at a time into the store. Each ingest is a transaction
 * and the story clusterer keeps state in its store, so one process does every write: the only
 * process in a single-process server, the cluster's primary otherwise (workers forward to it).
 */
import type { Context } from '../core/pipeline.js'
import type { SourceItem } from '../io/sources.js'
import { type IngestReport, ingestItems } from '../kb/ingest.js'
import type { Store } from '../kb/store.js'

/** What ingesting one article gave: the report, and why it failed when it did. */
export interface IngestOutcome {
  readonly report: IngestReport
  readonly failure: { readonly code: string; readonly reason: string } | null
}

/** Ingests one article (`bodyOnly`: its content is already a clean body). */
export type IngestOne = (item: SourceItem, bodyOnly: boolean) => Promise<IngestOutcome>

/**
 * An {@link IngestOne} writing into `store`, one ingest after the other.
 *
 * @example
 * const ingestOne = ingestQueue(store, { ...DEFAULT_CONTEXT, maxBytes })
 * const { report } = await ingestOne(item, false)
 */
export function ingestQueue(store: Store, ctx: Context): IngestOne {
  let queue: Promise<unknown> = Promise.resolve()
  return (item, bodyOnly) => {
    let failure: IngestOutcome['failure'] = null
    const run = queue.then(() =>
      ingestItems(store, [item], {
        sources: { format: 'auto', date: null, bodyOnly, maxBytes: ctx.maxBytes },
        jobs: 0,
        progress: false,
        ctx,
        onFailure: (f) => {
          failure = { code: f.code, reason: f.reason }
        },
      }),
    )
    queue = run.catch(() => undefined)
    return run.then((report) => ({ report, failure }))
  }
}
