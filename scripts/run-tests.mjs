// Runs every compiled test file (dist/**/*.test.js) with node's test runner. Node 20's
// `node --test` does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

function find(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...find(full))
    else if (entry.name.endsWith('.test.js')) out.push(full)
  }
  return out
}

const filter = process.argv.slice(2)
const files = find('dist')
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort()
if (files.length === 0) {
  console.error('no test files found under dist/ (did the build run?)')
  process.exit(1)
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
