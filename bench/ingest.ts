/**
 * `npm run bench -- ingest [--docs N] [--jobs J] [--db PATH|URL]`: ingest throughput
 * (documents/s) and peak memory on bbc + polnear + news-cluster replicated to N articles
 * (default 5,000; the figure is `--docs 100000`), then search and timeline latency
 * (p50, p95) on the database it built.
 *
 * Replicas vary the content (paragraphs rotated, a dateline and an edition line added, numbers
 * shifted) so every replica has its own content id and is really extracted and stored.
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SHARED_DATA } from '../eval/baseline.js'
import { ingest } from '../src/kb/ingest.js'
import { openStore } from '../src/kb/store.js'
import type { BenchResult } from './measure.js'

interface Base {
  readonly title: string | null
  readonly text: string
  readonly date: string | null
}

function loadBase(): Base[] {
  const out: Base[] = []
  const bbc = `${SHARED_DATA}bbc/`
  for (const topic of safeDirs(bbc)) {
    for (const f of readdirSync(join(bbc, topic))
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      out.push({ title: null, text: readFileSync(join(bbc, topic, f), 'latin1'), date: null })
    }
  }
  for (const split of ['train', 'dev']) {
    const dir = `${SHARED_DATA}polnear/${split}/text/`
    for (const f of safeFiles(dir)) {
      const m = /_(\d{4}-\d{2}-\d{2})_/.exec(f)
      out.push({ title: null, text: readFileSync(join(dir, f), 'utf8'), date: m?.[1] ?? null })
    }
  }
  const nc = `${SHARED_DATA}news-cluster/`
  for (const f of safeFiles(nc).filter((x) => x.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(join(nc, f), 'utf8'))
    out.push({
      title: typeof j.title === 'string' ? j.title : null,
      text: String(j.text ?? ''),
      date: typeof j.date_publish === 'string' ? j.date_publish.slice(0, 10) : null,
    })
  }
  return out.filter((b) => b.text.trim() !== '')
}

function safeDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  } catch {
    return []
  }
}

function safeFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

const CITIES = ['LONDON', 'NEW YORK', 'PARIS', 'NAIROBI', 'DELHI', 'SYDNEY', 'BERLIN', 'LIMA']

/** Replica `r` of a base article: same story, different bytes. */
export function vary(base: Base, r: number): Base {
  if (r === 0) return base
  const paras = base.text.split(/\n\s*\n/)
  const [head, ...rest] = paras
  const k = rest.length > 1 ? r % rest.length : 0
  const rotated = [...rest.slice(k), ...rest.slice(0, k)]
  const city = CITIES[r % CITIES.length] as string
  const body = [head, `${city} (edition ${r}) —`, ...rotated, `Updated ${(r % 23) + 1} times.`]
    .join('\n\n')
    .replace(/\b(\d{1,3})\b/g, (n) => String(Number(n) + (r % 7)))
  const date = base.date
    ? new Date(Date.parse(base.date) + (r % 30) * 86_400_000).toISOString().slice(0, 10)
    : null
  return { title: base.title ? `${base.title} (${r})` : null, text: body, date }
}

function arg(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/** The bench. */
export async function benchIngest(args: readonly string[]): Promise<BenchResult[]> {
  const docs = Number(arg(args, '--docs') ?? 5000)
  const jobs = Number(arg(args, '--jobs') ?? 2)
  const base = loadBase()
  if (base.length === 0)
    throw new Error(`no articles under ${SHARED_DATA}: the bench needs ../shared/data`)
  const tmp = mkdtempSync(join(tmpdir(), 'chronicle-bench-'))
  const input = join(tmp, 'corpus.jsonl')
  const dbPath = arg(args, '--db') ?? join(tmp, 'bench.db')
  try {
    // Written as a stream so memory does not grow with the corpus.
    const out = createWriteStream(input)
    for (let i = 0; i < docs; i++) {
      const b = vary(base[i % base.length] as Base, Math.floor(i / base.length))
      const line = `${JSON.stringify({ text: b.text, title: b.title, date: b.date })}\n`
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()))
    }
    await new Promise<void>((r) => out.end(() => r()))

    const store = await openStore(dbPath)
    let peak = process.memoryUsage.rss()
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss())
    }, 100)
    const t0 = performance.now()
    const report = await ingest(store, [input], {
      sources: { format: 'jsonl', date: null, bodyOnly: false, maxBytes: 5 * 1024 * 1024 },
      jobs,
      progress: true,
    })
    const ms = performance.now() - t0
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage.rss())
    const results: BenchResult[] = [
      {
        name: `ingest (${jobs} workers)`,
        items: report.stored,
        unit: 'docs',
        ms,
        peakRssBytes: peak,
      },
    ]

    // Query latency on the database just built.
    const words = [
      'government',
      'election',
      'market',
      'police',
      'minister',
      'film',
      'court',
      'oil price',
      'football club',
      'missile launch',
    ]
    const searchMs: number[] = []
    for (let i = 0; i < 200; i++) {
      const t = performance.now()
      await store.search({ query: words[i % words.length] as string, limit: 20 })
      searchMs.push(performance.now() - t)
    }
    const people = await store.entities({ type: 'PERSON', limit: 50 })
    const orgs = await store.entities({ limit: 50 })
    const timelineMs: number[] = []
    const names = [...people, ...orgs].map((e) => e.name)
    for (let i = 0; i < Math.min(200, names.length * 4); i++) {
      const t = performance.now()
      await store.timeline({ actor: names[i % names.length] as string })
      timelineMs.push(performance.now() - t)
    }
    const counts = await store.counts()
    await store.close()
    searchMs.sort((a, b) => a - b)
    timelineMs.sort((a, b) => a - b)
    process.stdout.write(
      `ingest: ${report.read} read, ${report.stored} stored, ${report.skipped} skipped, ${report.failed} failed; ${counts.entities} entities, ${counts.events} events, ${counts.stories} stories\n` +
        `search latency   p50 ${percentile(searchMs, 50).toFixed(1)} ms  p95 ${percentile(searchMs, 95).toFixed(1)} ms  (${searchMs.length} queries)\n` +
        `timeline latency p50 ${percentile(timelineMs, 50).toFixed(1)} ms  p95 ${percentile(timelineMs, 95).toFixed(1)} ms  (${timelineMs.length} queries)\n`,
    )
    return results
  } finally {
    if (!arg(args, '--db')) rmSync(tmp, { recursive: true, force: true })
    else rmSync(input, { force: true })
  }
}
