/**
 * The extraction worker: runs the pipeline (wink-nlp and the models load once per worker) and
 * the story sketch on batches of inputs sent by `WorkerPool`.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { type Context, createPipeline, DEFAULT_CONTEXT } from '../core/pipeline.js'
import { defaultPipeline, defaultStages } from '../extract.js'
import type { SourceItem } from '../io/sources.js'
import { extractOne } from './extract-one.js'

const data = workerData as { ctx?: Partial<Context>; skipStages?: readonly string[] }
const ctx: Context = { ...DEFAULT_CONTEXT, ...data.ctx }
const skip = data.skipStages ?? []
const pipeline =
  skip.length === 0
    ? defaultPipeline()
    : createPipeline(defaultStages().filter((s) => !skip.includes(s.name)))

parentPort?.on('message', (task: { id: number; items: SourceItem[] }) => {
  const results = task.items.map((item) => extractOne(item, ctx, pipeline))
  parentPort?.postMessage({ id: task.id, results })
})
