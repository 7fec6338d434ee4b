/**
 * The bulk corpora of `../shared/data` that the benchmarks read, loaded the same way everywhere.
 * Benchmarks print figures; a missing corpus throws with the path it looked for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { SHARED_DATA } from '../eval/baseline.js'

function need(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is absent: benchmarks read ../shared/data`)
  return path
}

/** The BBC articles (2,225 plain-text files: headline, blank line, body), in a fixed order. */
export function bbcTexts(): string[] {
  const root = need(`${SHARED_DATA}bbc/`)
  const out: string[] = []
  for (const topic of readdirSync(root, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (!topic.isDirectory()) continue
    for (const f of readdirSync(`${root}${topic.name}`).sort()) {
      if (f.endsWith('.txt')) out.push(readFileSync(`${root}${topic.name}/${f}`, 'utf8'))
    }
  }
  return out
}

/** The VOA stories (89, public domain) as "headline, blank line, body". */
export function voaTexts(): string[] {
  return readFileSync(need(`${SHARED_DATA}voa/voa_stories.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { title: string; text: string }
      return `${r.title}\n\n${r.text}`
    })
}
