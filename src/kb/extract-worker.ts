/**
 * The extraction worker: runs the default pipeline (wink-nlp and the models load once per
 * worker) and the story sketch on batches of inputs sent by `WorkerPool`.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { type Context, DEFAULT_CONTEXT } from '../core/pipeline.js'
import type { SourceItem } from '../io/sources.js'
import { extractOne } from './extract-one.js'

const ctx: Context = { ...DEFAULT_CONTEXT, ...(workerData as { ctx?: Partial<Context> }).ctx }

parentPort?.on('message', (task: { id: number; items: SourceItem[] }) => {
  const results = task.items.map((item) => extractOne(item, ctx))
  parentPort?.postMessage({ id: task.id, results })
})
