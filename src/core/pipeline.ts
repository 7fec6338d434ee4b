import { type Doc, type LayerName, withMessages } from './doc.js'
import { ChronicleError } from './errors.js'
import { hasFatal, message } from './messages.js'

/** Settings shared by every stage of one run. */
export interface Context {
  /** Largest input accepted, in bytes (UTF-8 of the decoded content). */
  readonly maxBytes: number
}

/** The default context: 5 MB pages. */
export const DEFAULT_CONTEXT: Context = { maxBytes: 5 * 1024 * 1024 }

/**
 * One step of the pipeline. It declares the layers it reads and adds; the pipeline checks them
 * once, when it is built.
 */
export interface Stage {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly provides: readonly LayerName[]
  run(doc: Doc, ctx: Context): Doc
}

/** A checked sequence of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Runs every stage; a stage that throws becomes a `fatal` message and the rest are skipped. */
  run(doc: Doc, ctx?: Context): Doc
}

/**
 * Builds a pipeline, checking that every stage's `requires` is provided by an earlier stage
 * (or is `raw`, present from the start) and that no layer is provided twice.
 *
 * @example
 * const pipeline = createPipeline([reader(), tokenizer(), time()])
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<LayerName>(['raw'])
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!available.has(need)) {
        throw new ChronicleError(
          'E_PIPELINE_MISSING_LAYER',
          `stage "${stage.name}" requires layer "${need}"`,
        )
      }
    }
    for (const out of stage.provides) {
      if (available.has(out)) {
        throw new ChronicleError(
          'E_PIPELINE_DUPLICATE_LAYER',
          `stage "${stage.name}" provides layer "${out}" again`,
        )
      }
      available.add(out)
    }
  }
  return {
    stages,
    run(doc, ctx = DEFAULT_CONTEXT) {
      let current = doc
      for (const stage of stages) {
        if (hasFatal(current.messages)) break
        current = runStage(stage, current, ctx)
      }
      return current
    },
  }
}

function runStage(stage: Stage, doc: Doc, ctx: Context): Doc {
  let out: Doc
  try {
    out = stage.run(doc, ctx)
  } catch (error) {
    // One document's failure must not stop a batch: it is recorded on that document.
    if (error instanceof ChronicleError && error.code !== 'E_LAYER_ABSENT') throw error
    const reason = error instanceof Error ? error.message : String(error)
    return withMessages(doc, [message('stage/failed', `stage crashed: ${reason}`, stage.name)])
  }
  for (const name of stage.provides) {
    if (!out.present.has(name)) {
      throw new ChronicleError(
        'E_STAGE_CONTRACT',
        `stage "${stage.name}" did not provide "${name}"`,
      )
    }
  }
  return out
}
