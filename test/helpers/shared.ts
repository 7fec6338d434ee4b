import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository root, from dist/test/helpers/. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/**
 * The `shared/` folder beside the repository (`../shared`), or null when it is absent: tests
 * that need it skip with a message saying so. `CHRONICLE_SHARED` overrides the place.
 */
export const SHARED: string | null = (() => {
  const candidates = [process.env.CHRONICLE_SHARED, `${REPO_ROOT}../shared`].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  )
  return candidates.find((c) => existsSync(`${c}/examples/seed-article.txt`)) ?? null
})()

/** The skip reason for tests that need `../shared`. */
export const NO_SHARED =
  SHARED === null
    ? '../shared is absent: this test reads the seed article and dev sets from it'
    : false
