/**
 * `npm run check:copies`: lists string literals in the repository's sources and tests that repeat
 * text of the dev sets in `../shared/data` (24 characters or more, word for word). The dev sets
 * must never be copied into the repository: tests write their own sentences in the same
 * constructions. A hit is a window of a literal found in some file of the data; common phrases
 * ("said in a statement that") and generic markup also hit, so each line is for a person to
 * judge. Exits 0 always; prints one line per literal: file:line, the window, the data file.
 * Slow (a plain substring search: ~6 minutes over the ~90 MB of data): run it before a release.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const DATA = '../shared/data'
const WINDOW = 24
const STEP = 12
const SOURCES = ['src', 'eval', 'bench', 'scripts', 'web']

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files(path, out)
    else out.push(path)
  }
  return out
}

function main(): void {
  let data: { path: string; text: string }[]
  try {
    data = files(DATA).map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  } catch {
    console.error(`check:copies: ${DATA} is absent; nothing to check against`)
    return
  }
  const all = data.map((d) => d.text).join('\n')
  const literal = /(['"`“])(.{24,}?)\1/g
  for (const root of SOURCES) {
    let sources: string[]
    try {
      sources = files(root).filter((f) => /\.(ts|mjs|js|html)$/.test(f))
    } catch {
      continue
    }
    for (const file of sources) {
      const lines = readFileSync(file, 'utf8').split('\n')
      lines.forEach((line, n) => {
        for (const m of line.matchAll(literal)) {
          const s = (m[2] as string).replace(/\\n/g, ' ')
          for (let k = 0; k + WINDOW <= s.length; k += STEP) {
            const w = s.slice(k, k + WINDOW)
            if (!all.includes(w)) continue
            const where = data.find((d) => d.text.includes(w))?.path ?? ''
            console.log(`${file}:${n + 1}\t${JSON.stringify(w)}\t${relative(DATA, where)}`)
            break
          }
        }
      })
    }
  }
}

main()
