/**
 * `npm run bench -- quotes`: articles/s of the quotes stage alone, on one core, over PolNeAR
 * train + dev (1,000 political news articles, quote-dense) and the BBC corpus. Articles are read,
 * tokenized and tagged for entities before the clock starts; only `quotes().run` is timed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { SHARED_DATA } from '../eval/baseline.js'
import { quotesPipeline } from '../eval/quotes.js'
import { createDoc, type Doc } from '../src/core/doc.js'
import { DEFAULT_CONTEXT } from '../src/core/pipeline.js'
import { quotes } from '../src/quotes/quotes.js'
import { type BenchResult, measure } from './measure.js'

function texts(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`
    if (entry.isDirectory()) out.push(...texts(full))
    else if (entry.name.endsWith('.txt') && entry.name !== 'README.TXT')
      out.push(readFileSync(full, 'utf8'))
  }
  return out
}

/** Prepares Docs up to the quotes stage (reader, tokenizer, entities). */
function prepare(all: readonly string[]): Doc[] {
  const upTo = quotesPipeline().stages.filter((s) => s.name !== 'quotes')
  return all.map((text, i) => {
    let doc = createDoc(`b${i}`, {
      id: null,
      path: null,
      url: null,
      format: 'text',
      content: text,
      date: null,
      title: null,
      bodyOnly: true,
    })
    for (const stage of upTo) doc = stage.run(doc, DEFAULT_CONTEXT)
    return doc
  })
}

/** Articles/s of the quotes stage. */
export async function benchQuotes(args: readonly string[]): Promise<BenchResult[]> {
  const limit = Number(args[args.indexOf('--limit') + 1] ?? 0) || 0
  const stage = quotes()
  const results: BenchResult[] = []
  for (const [name, dir] of [
    ['polnear', `${SHARED_DATA}polnear`],
    ['bbc', `${SHARED_DATA}bbc`],
  ] as const) {
    let all = texts(dir)
    if (limit > 0) all = all.slice(0, limit)
    const docs = prepare(all)
    const cpu0 = process.cpuUsage()
    const wall = measure(`quotes stage (${name})`, 'articles', docs, (d) => {
      stage.run(d, DEFAULT_CONTEXT)
    })
    const cpu = process.cpuUsage(cpu0)
    // CPU time of this process (user + system), a fairer figure on a shared, loaded machine; it
    // includes the warm-up articles.
    const warm = Math.min(20, docs.length)
    results.push(wall, {
      ...wall,
      name: `quotes stage (${name}, CPU)`,
      items: wall.items + warm,
      ms: (cpu.user + cpu.system) / 1000,
    })
  }
  return results
}
