/**
 * `npm run bench -- http [--db PATH|URL] [--seconds S] [--connections C] [--workers N]
 * [--cache-mb M] [--single --actor A --with B --query Q]`: HTTP load on loopback with wrk
 * (Debian's package): requests/s and p50/p95/p99 latency of search, actor and pair timelines,
 * and the pair and entity pages.
 *
 * The server is `chronicle serve` in its own process(es) (`--workers`, default: one per core), so
 * the bench measures what users run. By default wrk cycles through many different requests taken
 * from the database itself (the most mentioned entities, the most frequent event pairs, words of
 * document titles), each connection picking at random: the figures are not those of one URL
 * answered from warm pages. `--single` hits one URL per kind instead. The server's response
 * cache is off unless `--cache-mb` is given; `--cli` runs another build's `chronicle` (A/B). Without --db it serves the demo corpus
 * (samples/corpus) ingested into a temporary SQLite file. Bounded in time (default 10 s per kind,
 * 50 connections); 127.0.0.1 only.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import { DEFAULT_CONTEXT } from '../src/core/pipeline.js'
import { ingest } from '../src/kb/ingest.js'
import { openStore, type Store } from '../src/kb/store.js'
import type { BenchResult } from './measure.js'

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../src/cli/main.js')

// Each wrk thread reads the list of paths and picks one at random per request (seeded by the
// thread's number, so runs repeat); `done` prints the figures wrk has but does not show (p95).
const VARIED_LUA = `local paths = {}
for line in io.lines(PATHS) do paths[#paths + 1] = line end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  math.randomseed(7919 * (tid or 1))
end
function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
`

const REPORT_LUA = `done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d timeouts=%d ms=%.1f p50=%.3f p95=%.3f p99=%.3f\\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write, summary.errors.timeout, summary.duration / 1000,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`

/** One kind of request and the paths it cycles through. */
export interface Target {
  readonly name: string
  readonly paths: readonly string[]
}

/** Runs the HTTP load benchmark. */
export async function benchHttp(args: readonly string[]): Promise<BenchResult[]> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      workers: { type: 'string' },
      'cache-mb': { type: 'string', default: '0' },
      cli: { type: 'string', default: CLI },
      kinds: { type: 'string' },
      single: { type: 'boolean', default: false },
      actor: { type: 'string', default: 'Zelensky' },
      with: { type: 'string', default: 'Trump' },
      query: { type: 'string', default: 'Zelensky Trump' },
    },
  })
  const seconds = Math.min(60, Math.max(1, Number(values.seconds) || 10))
  const connections = Math.min(500, Math.max(1, Number(values.connections) || 50))
  if (spawnSync('wrk', ['--version']).error) {
    throw new Error('wrk is not installed (apt-get install -y wrk)')
  }
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-http-'))
  try {
    const db = values.db ?? join(dir, 'kb.db')
    const store = await openStore(db)
    let targets: Target[]
    try {
      if (!values.db) await ingestDemo(store)
      targets = values.single
        ? singleTargets(values.actor, values.with, values.query)
        : await variedTargets(store)
    } finally {
      await store.close()
    }
    if (values.kinds) {
      const want = values.kinds.split(',')
      targets = targets.filter((t) => want.some((w) => t.name.includes(w)))
    }
    const serveArgs = ['--db', db, '--port', '0']
    // An empty --cache-mb passes none (a build of chronicle serve without the option).
    if (values['cache-mb'] !== '') serveArgs.push('--cache-mb', values['cache-mb'])
    if (values.workers) serveArgs.push('--workers', values.workers)
    const server = await startServe(values.cli, serveArgs)
    process.stdout.write(
      `serving ${db} with ${server.workers} ${values.single ? 'one URL per kind' : 'varied requests'}, cache ${values['cache-mb'] || '-'} MB\n`,
    )
    const results: BenchResult[] = []
    try {
      for (const t of targets) {
        for (const path of t.paths.slice(0, 3)) {
          const check = await fetch(server.url + path)
          if (check.status !== 200) throw new Error(`${path}: HTTP ${check.status}`)
          await check.arrayBuffer()
        }
        const lua = join(dir, 'script.lua')
        const list = join(dir, 'paths.txt')
        writeFileSync(list, `${t.paths.join('\n')}\n`)
        writeFileSync(lua, `PATHS = ${JSON.stringify(list)}\n${VARIED_LUA}${REPORT_LUA}`)
        const out = await runWrk(server.url, seconds, connections, lua)
        process.stdout.write(
          `${t.name.padEnd(24)} ${(out.requests / (out.ms / 1000)).toFixed(0)} requests/s, ` +
            `latency p50 ${out.p50.toFixed(1)} ms, p95 ${out.p95.toFixed(1)} ms, p99 ${out.p99.toFixed(1)} ms, ` +
            `${out.errors} errors, ${out.timeouts} timeouts (${t.paths.length} paths, ${connections} connections, ${seconds} s)\n`,
        )
        results.push({
          name: `http ${t.name}`,
          items: out.requests,
          unit: 'requests',
          ms: out.ms,
          peakRssBytes: process.memoryUsage.rss(),
        })
      }
    } finally {
      await server.stop()
    }
    return results
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function ingestDemo(store: Store): Promise<void> {
  await ingest(store, ['samples/corpus'], {
    sources: { format: 'auto', date: null, bodyOnly: false, maxBytes: DEFAULT_CONTEXT.maxBytes },
    jobs: 0,
    progress: false,
  })
}

function singleTargets(actor: string, other: string, query: string): Target[] {
  const a = encodeURIComponent(actor)
  const b = encodeURIComponent(other)
  return [
    { name: 'search', paths: [`/api/search?q=${encodeURIComponent(query)}&limit=20`] },
    { name: 'timeline (actor)', paths: [`/api/timeline?actor=${a}`] },
    { name: 'timeline (pair)', paths: [`/api/timeline?actor=${a}&with=${b}`] },
    { name: 'pair page', paths: [`/api/pair?a=${a}&b=${b}`] },
    { name: 'entity page', paths: [`/api/entity?name=${a}`] },
  ]
}

/**
 * Requests made of the database's own names and words: the 200 most mentioned entities (actor
 * timelines, entity pages), the 200 most frequent actor–recipient pairs of events (pair timelines
 * and pages), and one or two words of the titles of 400 documents spread over the database, with
 * some entity names (searches). A seeded shuffle keeps runs comparable.
 */
export async function variedTargets(store: Store): Promise<Target[]> {
  const entities = await store.entities({ limit: 200 })
  const names = entities.map((e) => e.name)
  const pairs = await store.db
    .selectFrom('merged_events as m')
    .innerJoin('entities as ea', 'ea.id', 'm.actor_entity')
    .innerJoin('entities as er', 'er.id', 'm.recipient_entity')
    .innerJoin('entities as ca', 'ca.id', 'ea.canonical')
    .innerJoin('entities as cr', 'cr.id', 'er.canonical')
    .select(['ca.name as a', 'cr.name as b'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .whereRef('ca.id', '<>', 'cr.id')
    .groupBy(['ca.name', 'cr.name'])
    .orderBy('n', 'desc')
    .orderBy('ca.name')
    .orderBy('cr.name')
    .limit(200)
    .execute()
  const total = Number(
    (
      await store.db
        .selectFrom('documents')
        .select((eb) => eb.fn.max('n').as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  )
  const step = Math.max(1, Math.floor(total / 400))
  const titles = await store.db
    .selectFrom('documents')
    .select('title')
    .where(sql<boolean>`n % ${step} = 0`)
    .orderBy('n')
    .limit(400)
    .execute()
  const random = seeded(42)
  const queries: string[] = []
  for (const { title } of titles) {
    const words = (title ?? '').match(/\p{L}{4,}/gu) ?? []
    if (words.length === 0) continue
    const i = Math.floor(random() * words.length)
    const two = random() < 0.5 && i + 1 < words.length
    queries.push(two ? `${words[i]} ${words[i + 1]}` : (words[i] as string))
  }
  for (const n of names.slice(0, 100)) queries.push(n)
  const q = encodeURIComponent
  const pairPaths = pairs.map((p) => ({ a: q(p.a), b: q(p.b) }))
  const targets: Target[] = [
    { name: 'search', paths: queries.map((s) => `/api/search?q=${q(s)}&limit=20`) },
    { name: 'timeline (actor)', paths: names.map((n) => `/api/timeline?actor=${q(n)}`) },
    {
      name: 'timeline (pair)',
      paths: pairPaths.map((p) => `/api/timeline?actor=${p.a}&with=${p.b}`),
    },
    { name: 'pair page', paths: pairPaths.map((p) => `/api/pair?a=${p.a}&b=${p.b}`) },
    { name: 'entity page', paths: names.map((n) => `/api/entity?name=${q(n)}`) },
  ]
  return targets
    .filter((t) => t.paths.length > 0)
    .map((t) => ({ name: t.name, paths: shuffle(t.paths, random) }))
}

/** A small deterministic random generator (mulberry32). */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** `chronicle serve` in a child process, once it prints its URL. */
function startServe(
  cli: string,
  args: readonly string[],
): Promise<{ url: string; workers: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [cli, 'serve', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /at (http:\/\/\S+?)\/?(?: with ([^\n]+))?\n/.exec(out)
      if (m) resolve({ url: m[1] as string, workers: m[2] ?? 'one process', stop })
    })
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)))
  })
}

interface WrkResult {
  requests: number
  errors: number
  /** Requests with no answer within wrk's 2 s timeout. */
  timeouts: number
  ms: number
  p50: number
  p95: number
  p99: number
}

function runWrk(
  url: string,
  seconds: number,
  connections: number,
  lua: string,
): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '-s', lua, url])
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.on('error', reject)
    child.on('close', () => {
      const m =
        /RESULT requests=(\d+) errors=(\d+) timeouts=(\d+) ms=([\d.]+) p50=([\d.]+) p95=([\d.]+) p99=([\d.]+)/.exec(
          out,
        )
      if (!m) return reject(new Error(`wrk gave no result:\n${out}`))
      resolve({
        requests: Number(m[1]),
        errors: Number(m[2]),
        timeouts: Number(m[3]),
        ms: Number(m[4]),
        p50: Number(m[5]),
        p95: Number(m[6]),
        p99: Number(m[7]),
      })
    })
  })
}
