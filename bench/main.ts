/**
 * `npm run bench -- [suite]`: throughput (documents/s, tokens/s) and peak memory on the corpora in
 * ../shared/data. Benchmarks print figures; they assert nothing. Suites register here.
 */
import type { BenchResult } from './measure.js'

type Bench = (args: readonly string[]) => Promise<BenchResult[]>

const BENCHES: Record<string, () => Promise<Bench>> = {
  ingest: async () => (await import('./ingest.js')).benchIngest,
  http: async () => (await import('./http.js')).benchHttp,
  quotes: async () => (await import('./quotes.js')).benchQuotes,
  entities: async () => (await import('./entities.js')).benchEntities,
  ner: async () => (await import('./ner.js')).benchNer,
  'reader-html': async () => (await import('./reader-html.js')).benchReaderHtml,
  'reader-text': async () => (await import('./reader-text.js')).benchReaderText,
  time: async () => (await import('./time.js')).benchTime,
  pipeline: async () => (await import('./events.js')).benchPipeline,
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2)
  const names = name ? [name] : Object.keys(BENCHES).sort()
  for (const n of names) {
    const load = BENCHES[n]
    if (!load) throw new Error(`unknown bench "${n}"; known: ${Object.keys(BENCHES).join(', ')}`)
    const results = await (await load())(args)
    for (const r of results) {
      process.stdout.write(
        `${r.name.padEnd(28)} ${r.items} ${r.unit} in ${(r.ms / 1000).toFixed(2)} s = ${((r.items / r.ms) * 1000).toFixed(0)} ${r.unit}/s  peak RSS ${(r.peakRssBytes / 1048576).toFixed(0)} MB\n`,
      )
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exitCode = 1
})
