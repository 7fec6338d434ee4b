/**
 * Timelines must cost the same per page at 100 documents and at a million: every statement an
 * actor's or a pair's timeline runs (SQLite) is an index search, never a scan of the events.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import Database from 'better-sqlite3'
import { openStore } from '../src/kb/store.js'
import { storyFeatures } from '../src/kb/stories.js'
import { makeDoc } from './kb-fixtures.js'

const tmp = mkdtempSync(join(tmpdir(), 'chronicle-read-plans-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

// An article written for this test: two people and an event between them.
const DOC = makeDoc({
  title: 'Sandu meets Macron in Paris',
  body: 'President Maia Sandu met Emmanuel Macron in Paris on Monday.',
  date: '2025-03-03',
  entities: [
    { name: 'Maia Sandu', forms: ['Maia Sandu'] },
    { name: 'Emmanuel Macron', forms: ['Emmanuel Macron'] },
  ],
  events: [{ category: 'CONSULT', trigger: 'met', actor: 0, recipient: 1, date: '2025-03-03' }],
})

test('actor and pair timelines read events through indexes', async () => {
  const path = join(tmp, 'plans.db')
  const store = await openStore(path)
  await store.writeBatch([{ doc: DOC, features: storyFeatures(DOC) }])
  const seen = new Set<string>()
  const proto = Database.prototype as unknown as { prepare: (sql: string) => unknown }
  const original = proto.prepare
  proto.prepare = function (this: unknown, sql: string) {
    seen.add(sql)
    return original.call(this, sql)
  }
  try {
    const actor = await store.timeline({ actor: 'Sandu' })
    const pair = await store.timeline({ actor: 'Sandu', with: 'Macron' })
    const page = await store.timeline({ actor: 'Macron', with: 'Sandu', after: 'x' })
    assert.equal(actor.length, 1)
    assert.equal(pair.length, 1)
    assert.deepEqual(page, [])
  } finally {
    proto.prepare = original
    await store.close()
  }
  const reads = [...seen].filter((s) => /from "merged_events"/.test(s))
  assert.ok(reads.length >= 3, `expected the timeline reads, saw ${reads.length}`)
  const db = new Database(path, { readonly: true })
  try {
    for (const sql of reads) {
      const params = Array((sql.match(/\?/g) ?? []).length).fill('x')
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ')
      assert.doesNotMatch(plan, /\bSCAN merged_events\b/, `${sql}\n  → ${plan}`)
    }
  } finally {
    db.close()
  }
})
