import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ChronicleError } from '../core/errors.js'

/**
 * The learned attribution-cue detector: a linear model (averaged perceptron) over the string
 * features of {@link cueFeatures}, made by `npm run train:quotes` (scripts/train-quotes.ts) from
 * PolNeAR's train split. A token whose score reaches `threshold` is a cue.
 */
export interface CueModel {
  readonly weights: ReadonlyMap<string, number>
  readonly threshold: number
  /** The lemmas scored at all: those annotated as cues in training (others are never cues). */
  readonly lemmas: ReadonlySet<string>
}

/** The model file (models/quotes/cues.json). */
export interface CueModelFile {
  readonly format: 'chronicle-quote-cues/1'
  /** Training settings, for the record (seed, epochs, minimum feature count, folds). */
  readonly settings: Record<string, number>
  /** The score a cue reaches, chosen by cross-validation on the train split. */
  readonly threshold: number
  /** The lemmas a cue may have: annotated as a cue at least `minCount` times in train, sorted. */
  readonly lemmas: readonly string[]
  /** Feature → weight, sorted by feature. */
  readonly weights: Record<string, number>
}

const MODEL_FILE = new URL('../../../models/quotes/cues.json', import.meta.url)

/** Builds a model from the parsed file. */
export function cueModelFrom(file: CueModelFile): CueModel {
  if (file.format !== 'chronicle-quote-cues/1')
    throw new ChronicleError('E_MODEL_MISSING', `models/quotes/cues.json: format ${file.format}`)
  return {
    weights: new Map(Object.entries(file.weights)),
    threshold: file.threshold,
    lemmas: new Set(file.lemmas),
  }
}

let cached: CueModel | null = null

/** Reads the committed cue model (once per process). */
export function loadCueModel(file: URL = MODEL_FILE): CueModel {
  if (file === MODEL_FILE && cached) return cached
  if (!existsSync(file))
    throw new ChronicleError('E_MODEL_MISSING', `${fileURLToPath(file)}: run npm run train:quotes`)
  const model = cueModelFrom(JSON.parse(readFileSync(file, 'utf8')) as CueModelFile)
  if (file === MODEL_FILE) cached = model
  return model
}

/** The model's score of a feature list (unknown features weigh nothing). */
export function cueScore(model: CueModel, features: readonly string[]): number {
  let s = 0
  for (const f of features) s += model.weights.get(f) ?? 0
  return s
}
