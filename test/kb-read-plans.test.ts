/**
 * Timelines must cost the same per page at 100 documents and at a million: every statement an
 * actor's or a pair's timeline runs (SQLite) is an index search, never a scan of the events.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { openStore } from '../src/kb/store.js'
import { storyFeatures } from '../src/kb/stories.js'
import { queryPlans, recordStatements } from './helpers/query-plans.js'
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
  let actor: unknown[] = []
  let pair: unknown[] = []
  let page: unknown[] = ['not read']
  const seen = await recordStatements(async () => {
    actor = await store.timeline({ actor: 'Sandu' })
    pair = await store.timeline({ actor: 'Sandu', with: 'Macron' })
    page = await store.timeline({ actor: 'Macron', with: 'Sandu', after: 'x' })
  })
  await store.close()
  assert.equal(actor.length, 1)
  assert.equal(pair.length, 1)
  assert.deepEqual(page, [])
  const reads = [...seen].filter((s) => /from "merged_events"/.test(s))
  assert.ok(reads.length >= 3, `expected the timeline reads, saw ${reads.length}`)
  for (const [sql, plan] of queryPlans(path, reads)) {
    assert.doesNotMatch(plan, /\bSCAN merged_events\b/, `${sql}\n  → ${plan}`)
  }
})
