/**
 * Ingest must cost the same per document at 100 documents and at a million: every lookup the
 * writer makes has to be an index search, never a scan. This test records the statements a
 * write runs (SQLite) and checks their query plans.
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

const tmp = mkdtempSync(join(tmpdir(), 'chronicle-plans-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

// Articles written for this test: full names, a surname-only mention, events between them.
const DOCS = [
  makeDoc({
    title: 'Sandu meets Macron in Paris',
    body: 'President Maia Sandu met Emmanuel Macron in Paris on Monday. Sandu said talks were good.',
    date: '2025-03-03',
    entities: [
      { name: 'Maia Sandu', forms: ['Maia Sandu', 'Sandu'] },
      { name: 'Emmanuel Macron', forms: ['Emmanuel Macron'] },
    ],
    events: [{ category: 'CONSULT', trigger: 'met', actor: 0, recipient: 1, date: '2025-03-03' }],
  }),
  makeDoc({
    title: 'Sandu to visit Berlin',
    body: 'Sandu will travel to Berlin next week, her office said.',
    date: '2025-03-04',
    entities: [{ name: 'Sandu', forms: ['Sandu'] }],
  }),
]

test('every lookup the writer makes is an index search', async () => {
  const path = join(tmp, 'plans.db')
  const store = await openStore(path)
  const statements = await recordStatements(async () => {
    await store.writeBatch(
      DOCS.map((doc) => ({ doc, features: storyFeatures(doc) })),
      [],
    )
  })
  await store.close()
  const lookups = statements.filter(
    (s) => /^\s*(select|update|delete)\b/i.test(s) && !/count\(\*\)/i.test(s),
  )
  assert.ok(lookups.length >= 5, `expected the writer's lookups, saw ${lookups.length}`)
  for (const [sql, plan] of queryPlans(path, lookups)) {
    assert.doesNotMatch(plan, /\bSCAN\b(?!.*COVERING)/, `${sql}\n  → ${plan}`)
    if (/"surname" in/.test(sql)) assert.match(plan, /entities_surname \(surname=\?/, sql)
  }
})
