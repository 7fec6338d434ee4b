import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Named scores of one suite, each in [0, 1] (higher is better). */
export type Scores = Record<string, number>

const BASELINE = fileURLToPath(new URL('../../eval/baseline.json', import.meta.url))

/** The shared data folder, `../shared/data` beside the repository (CHRONICLE_SHARED overrides). */
export const SHARED_DATA = process.env.CHRONICLE_SHARED
  ? `${process.env.CHRONICLE_SHARED}/data/`
  : fileURLToPath(new URL('../../../shared/data/', import.meta.url))

/** Throws a clear error when the shared data a suite needs is absent. */
export function requireData(path: string): string {
  const full = `${SHARED_DATA}${path}`
  if (!existsSync(full)) throw new Error(`${full} is absent: evaluation needs ../shared/data`)
  return full
}

/**
 * Prints the scores next to the pinned floors and returns 1 when a score falls below its floor.
 * `update` raises floors to the new scores (never lowers them); `lower` lets them go down too,
 * which needs a changelog line saying why.
 */
export function checkFloors(
  suite: string,
  scores: Scores,
  opts: { update: boolean; lower: boolean },
): number {
  const all = existsSync(BASELINE)
    ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, Scores>)
    : {}
  const floors = all[suite] ?? {}
  let failed = 0
  for (const [key, value] of Object.entries(scores)) {
    const floor = floors[key]
    const below = floor !== undefined && value < floor - 1e-9
    if (below) failed++
    const mark =
      floor === undefined
        ? '  (no floor)'
        : below
          ? `  BELOW floor ${floor.toFixed(4)}`
          : `  floor ${floor.toFixed(4)}`
    process.stdout.write(`${suite}.${key.padEnd(32)} ${value.toFixed(4)}${mark}\n`)
  }
  if (opts.update || opts.lower) {
    const next: Scores = { ...floors }
    for (const [key, value] of Object.entries(scores)) {
      const rounded = Math.floor(value * 1000) / 1000
      const old = next[key]
      next[key] = old === undefined || opts.lower ? rounded : Math.max(old, rounded)
    }
    all[suite] = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)))
    writeFileSync(BASELINE, `${JSON.stringify(all, null, 2)}\n`)
    process.stdout.write(`floors of "${suite}" written to eval/baseline.json\n`)
    return 0
  }
  if (failed > 0) process.stdout.write(`${failed} score(s) below their floor\n`)
  return failed > 0 ? 1 : 0
}
