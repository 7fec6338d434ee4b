/**
 * `npm run bench -- reader-html`: throughput of the HTML reader (`readHtml`: pre-strip, tree
 * builder, metadata cascade, density finder, line classifier; linkedom and Readability on the few
 * pages where the finder finds no text) on the 400 html-dev pages (50 MB of HTML), in
 * pages/s and MB of HTML/s, on one core, with peak RSS.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { SHARED_DATA } from '../eval/baseline.js'
import { decode } from '../src/io/decode.js'
import { readHtml } from '../src/reader/html-reader.js'
import { type BenchResult, measure } from './measure.js'

function pages(): string[] {
  const root = `${SHARED_DATA}html-dev/pages/`
  return readdirSync(root)
    .sort()
    .map((f) => decode(readFileSync(`${root}${f}`), 1e9).text ?? '')
}

/** Runs the bench; see the module comment. */
export async function benchReaderHtml(_args: readonly string[]): Promise<BenchResult[]> {
  const all = pages()
  const read = (html: string) => {
    readHtml(html, null)
  }
  const wall = measure('reader-html pages', 'pages', all, read)
  // On a shared machine wall time depends on the neighbours: this process's CPU time over one more
  // (already warm) pass is given too.
  const cpu0 = process.cpuUsage()
  for (const html of all) read(html)
  const used = process.cpuUsage(cpu0)
  const cpu: BenchResult = {
    name: 'reader-html pages (CPU time)',
    items: all.length,
    unit: 'pages',
    ms: (used.user + used.system) / 1000,
    peakRssBytes: process.memoryUsage.rss(),
  }
  return [wall, cpu, measure('reader-html MB', 'MB', all, read, (h) => h.length / 1e6)]
}
