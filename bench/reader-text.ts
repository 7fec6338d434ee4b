/**
 * `npm run bench -- reader-text`: throughput of the plain-text reader (`readText`, the line
 * classifier) on the BBC corpus (2,225 articles) and the news-cluster texts (345 scraped pages),
 * in documents/s and characters/s, on one core.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { SHARED_DATA } from '../eval/baseline.js'
import { readText } from '../src/reader/text-reader.js'
import { type BenchResult, measure } from './measure.js'

function bbc(): string[] {
  const root = `${SHARED_DATA}bbc/`
  const out: string[] = []
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue
    for (const f of readdirSync(`${root}${topic.name}`).sort()) {
      if (f.endsWith('.txt')) out.push(readFileSync(`${root}${topic.name}/${f}`, 'utf8'))
    }
  }
  return out
}

function newsCluster(): string[] {
  const root = `${SHARED_DATA}news-cluster/`
  return readdirSync(root)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(`${root}${f}`, 'utf8')) as { text: string }).text)
}

/** Runs the bench; see the module comment. */
export async function benchReaderText(_args: readonly string[]): Promise<BenchResult[]> {
  const a = bbc()
  const b = newsCluster()
  const read = (t: string) => {
    readText(t)
  }
  return [
    measure('reader-text bbc', 'docs', a, read),
    measure('reader-text bbc chars', 'chars', a, read, (t) => t.length),
    measure('reader-text news-cluster', 'docs', b, read),
  ]
}
