import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The package root (where package.json, `models/` and `data/` live), from this file's place in dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The package version from package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string }
  return pkg.version
}
