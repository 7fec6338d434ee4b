/**
 * End-to-end ingest through the CLI: idempotence (ingest twice → same database), a bad input
 * recorded and skipped, and a `kill -9` in the middle of an ingest followed by a re-run giving
 * the same database as one clean run.
 */
import assert from 'node:assert/strict'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import Database from 'better-sqlite3'
import { openStore } from '../src/kb/store.js'
import { REPO_ROOT } from './helpers/shared.js'

const CLI = join(REPO_ROOT, 'dist/src/cli/main.js')
const N = 160

// A generated corpus: short reports whose place, people, numbers and wording vary with the index,
// so every file has its own content id; a few are rewrites of another (same story).
const PLACES = [
  'Lagos',
  'Kyiv',
  'Lima',
  'Osaka',
  'Quito',
  'Hanoi',
  'Tunis',
  'Riga',
  'Perth',
  'Accra',
]
const TOPICS = [
  ['floods', 'rescue teams evacuated residents from low-lying districts'],
  ['strike', 'transport workers walked out over unpaid wages'],
  ['election', 'voters queued for hours at polling stations'],
  ['wildfire', 'firefighters battled flames fanned by strong winds'],
  ['protest', 'students marched on the parliament building'],
]
function article(i: number): string {
  const place = PLACES[i % PLACES.length] as string
  const [topic, detail] = TOPICS[Math.floor(i / PLACES.length) % TOPICS.length] as [string, string]
  const day = (i % 27) + 1
  return [
    `${topic[0]?.toUpperCase()}${topic.slice(1)} in ${place}: report ${i}`,
    '',
    `${place.toUpperCase()} — Officials in ${place} said on March ${day}, 2021 that ${detail}. ` +
      `Mayor Ana Silva${i} told reporters that ${i * 7 + 3} people were affected.`,
    '',
    `"We are doing everything we can," Silva${i} said in a statement on ${topic} number ${i}.`,
  ].join('\n')
}

function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < N; i++) {
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), article(i))
  }
  // A bad input: binary bytes. It is recorded with its message and skipped.
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0]))
}

function ingest(
  db: string,
  dir: string,
  extra: readonly string[] = [],
): { status: number | null; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [CLI, 'ingest', '--db', db, '--jobs', '2', '--batch-size', '8', '--quiet', ...extra, dir],
    { encoding: 'utf8' },
  )
  return { status: r.status, stderr: r.stderr }
}

async function dump(db: string): Promise<string> {
  const store = await openStore(db)
  try {
    return await store.dump()
  } finally {
    await store.close()
  }
}

function storedCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (d.prepare('SELECT count(*) AS c FROM documents').get() as { c: number }).c
    } finally {
      d.close()
    }
  } catch {
    return 0
  }
}

describe('ingest (CLI)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'chronicle-ingest-'))
  const corpus = join(tmp, 'corpus')
  const clean = join(tmp, 'clean.db')
  let cleanDump = ''
  before(() => writeCorpus(corpus))
  after(() => rmSync(tmp, { recursive: true, force: true }))

  test('a clean ingest stores every good input and records the bad one', async () => {
    const r = ingest(clean, corpus)
    assert.equal(r.status, 1, r.stderr)
    assert.match(r.stderr, /broken\.txt: input\/binary/)
    const store = await openStore(clean)
    const counts = await store.counts()
    await store.close()
    assert.equal(counts.documents, N)
    assert.equal(counts.failures, 1)
    cleanDump = await dump(clean)
  })

  test('a bad JSONL record is reported with its line and the others are stored', async () => {
    const file = join(tmp, 'records.jsonl')
    writeFileSync(
      file,
      [
        JSON.stringify({ text: 'Officials in Lima said the bridge would reopen on Monday.' }),
        '{"text": "a record cut in the middle',
        JSON.stringify({
          text: 'The port of Callao handled more cargo in March, its operator said.',
        }),
      ].join('\n'),
    )
    const db = join(tmp, 'jsonl.db')
    const r = ingest(db, file)
    assert.equal(r.status, 1, r.stderr)
    assert.match(r.stderr, /records\.jsonl line 2: input\/bad-record/)
    const store = await openStore(db)
    const counts = await store.counts()
    await store.close()
    assert.equal(counts.documents, 2)
    assert.equal(counts.failures, 1)
  })

  test('ingesting the same input twice changes nothing', async () => {
    const r = ingest(clean, corpus)
    // The bad input is already recorded: nothing fails this time.
    assert.equal(r.status, 0, r.stderr)
    assert.equal(await dump(clean), cleanDump)
    // Asked to, it tries the failed input again: it fails the same way, recorded once.
    const retry = ingest(clean, corpus, ['--retry-failed'])
    assert.equal(retry.status, 1, retry.stderr)
    assert.equal(await dump(clean), cleanDump)
  })

  test('kill -9 during ingest, then a re-run: the same database as one clean run', async () => {
    const db = join(tmp, 'killed.db')
    const child: ChildProcess = spawn(
      process.execPath,
      [CLI, 'ingest', '--db', db, '--jobs', '2', '--batch-size', '8', '--quiet', corpus],
      { stdio: 'ignore' },
    )
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    // Kill it once some batches are committed (and long before the end).
    const deadline = Date.now() + 120_000
    let seen = 0
    while (Date.now() < deadline) {
      seen = storedCount(db)
      if (seen >= 24 || child.exitCode !== null) break
      await new Promise((r) => setTimeout(r, 25))
    }
    child.kill('SIGKILL')
    await exited
    assert.ok(seen > 0 && seen < N, `killed after ${seen} documents`)
    const partial = storedCount(db)
    assert.ok(partial < N, `the killed run stored ${partial} of ${N}`)
    const r = ingest(db, corpus)
    assert.ok(r.status === 0 || r.status === 1, r.stderr)
    assert.equal(await dump(db), cleanDump)
  })
})
