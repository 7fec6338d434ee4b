/**
 * `npm run bench -- http [--db PATH|URL] [--seconds S] [--connections C] [--actor A --with B
 * --query Q]`: HTTP load on loopback
 * with wrk (Debian's package): requests/s and p50/p95/p99 latency of search and of a pair
 * timeline. Without --db it serves the demo corpus (samples/corpus) ingested into a temporary
 * SQLite file. Bounded in time (default 10 s per endpoint, 50 connections); 127.0.0.1 only.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_CONTEXT } from '../src/core/pipeline.js'
import { startServer } from '../src/http/serve.js'
import { ingest } from '../src/kb/ingest.js'
import { openStore } from '../src/kb/store.js'
import type { BenchResult } from './measure.js'

// wrk's Lua hook prints the figures it has but does not show by default (p95), one per line.
const REPORT_LUA = `done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d timeouts=%d ms=%.1f p50=%.3f p95=%.3f p99=%.3f\\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write, summary.errors.timeout, summary.duration / 1000,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`

/** Runs the HTTP load benchmark. */
export async function benchHttp(args: readonly string[]): Promise<BenchResult[]> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      db: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
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
  const store = await openStore(values.db ?? join(dir, 'kb.db'))
  try {
    if (!values.db) {
      await ingest(store, ['samples/corpus'], {
        sources: {
          format: 'auto',
          date: null,
          bodyOnly: false,
          maxBytes: DEFAULT_CONTEXT.maxBytes,
        },
        jobs: 0,
        progress: false,
      })
    }
    const lua = join(dir, 'report.lua')
    writeFileSync(lua, REPORT_LUA)
    const server = await startServer(store, { host: '127.0.0.1', port: 0 })
    const results: BenchResult[] = []
    try {
      const actor = encodeURIComponent(values.actor)
      const targets: [string, string][] = [
        ['http search', `/api/search?q=${encodeURIComponent(values.query)}&limit=20`],
        [
          'http timeline (pair)',
          `/api/timeline?actor=${actor}&with=${encodeURIComponent(values.with)}`,
        ],
        ['http timeline (actor)', `/api/timeline?actor=${actor}`],
      ]
      for (const [name, path] of targets) {
        const check = await fetch(server.url + path)
        if (check.status !== 200) throw new Error(`${path}: HTTP ${check.status}`)
        const out = await runWrk(server.url + path, seconds, connections, lua)
        process.stdout.write(
          `${name.padEnd(28)} ${(out.requests / (out.ms / 1000)).toFixed(0)} requests/s, ` +
            `latency p50 ${out.p50.toFixed(1)} ms, p95 ${out.p95.toFixed(1)} ms, p99 ${out.p99.toFixed(1)} ms, ` +
            `${out.errors} errors, ${out.timeouts} timeouts (${connections} connections, ${seconds} s)\n`,
        )
        results.push({
          name,
          items: out.requests,
          unit: 'requests',
          ms: out.ms,
          peakRssBytes: process.memoryUsage.rss(),
        })
      }
    } finally {
      await server.close()
    }
    return results
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
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
  // Asynchronous, so this process's event loop keeps serving the requests wrk sends.
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
