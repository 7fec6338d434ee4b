/**
 * The demo knowledge base for the HTTP and UI tests: samples/corpus (27 articles and a JSONL of
 * wire briefs) ingested on the main thread into a temporary SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_CONTEXT } from '../src/core/pipeline.js'
import { ingest } from '../src/kb/ingest.js'
import { openStore, type Store } from '../src/kb/store.js'
import { REPO_ROOT } from './helpers/shared.js'

/** The demo corpus folder. */
export const CORPUS = join(REPO_ROOT, 'samples/corpus')

/** A store holding the demo corpus, and a function that closes and deletes it. */
export async function demoStore(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-http-'))
  const store = await openStore(join(dir, 'kb.db'))
  await ingest(store, [CORPUS], {
    sources: { format: 'auto', date: null, bodyOnly: false, maxBytes: DEFAULT_CONTEXT.maxBytes },
    jobs: 0,
    progress: false,
  })
  return {
    store,
    dispose: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
