/**
 * The response cache: a repeated GET is answered from it, and any write to the knowledge base
 * (an ingest through the API, or another connection writing to the same file, as the cluster's
 * primary does) makes the cached answers stale.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { createApp } from '../src/http/app.js'
import { openStore } from '../src/kb/store.js'
import { storyFeatures } from '../src/kb/stories.js'
import { makeDoc } from './kb-fixtures.js'

const tmp = mkdtempSync(join(tmpdir(), 'chronicle-cache-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

const TOKEN = 'cache-test-token'

// Articles written for this test.
const FIRST = makeDoc({
  title: 'Harbour reopens after storm',
  body: 'The harbour reopened on Monday after the storm, the port authority said.',
  date: '2025-02-03',
})
const SECOND = makeDoc({
  title: 'Storm damage repaired at the harbour',
  body: 'Crews repaired the storm damage at the harbour within a week.',
  date: '2025-02-10',
})

async function hits(app: ReturnType<typeof createApp>, path: string) {
  const res = await app.request(path)
  assert.equal(res.status, 200)
  const body = (await res.json()) as { hits: { id: string }[] }
  return { cached: res.headers.get('x-cache') === 'hit', ids: body.hits.map((h) => h.id).sort() }
}

test('a repeated GET comes from the cache until another connection writes', async () => {
  const path = join(tmp, 'other.db')
  const store = await openStore(path)
  const writer = await openStore(path)
  try {
    await writer.writeBatch([{ doc: FIRST, features: storyFeatures(FIRST) }])
    const app = createApp({ store, token: null, ui: false, cacheBytes: 1 << 20 })
    const url = '/api/search?q=harbour%20storm'
    assert.deepEqual(await hits(app, url), { cached: false, ids: [FIRST.id] })
    assert.deepEqual(await hits(app, url), { cached: true, ids: [FIRST.id] })
    await writer.writeBatch([{ doc: SECOND, features: storyFeatures(SECOND) }])
    assert.deepEqual(await hits(app, url), { cached: false, ids: [FIRST.id, SECOND.id].sort() })
    assert.deepEqual(await hits(app, url), { cached: true, ids: [FIRST.id, SECOND.id].sort() })
    const uncached = createApp({ store, token: null, ui: false })
    assert.equal((await hits(uncached, url)).cached, false)
    assert.equal((await hits(uncached, url)).cached, false)
  } finally {
    await writer.close()
    await store.close()
  }
})

test('a cached answer keeps its headers (the next page of a timeline)', async () => {
  const store = await openStore(join(tmp, 'pages.db'))
  const met = (day: string) =>
    makeDoc({
      title: `Sandu and Macron meet (${day})`,
      body: `Maia Sandu met Emmanuel Macron in Paris on ${day}.`,
      date: `2025-03-${day}`,
      entities: [{ name: 'Maia Sandu' }, { name: 'Emmanuel Macron' }],
      events: [
        { category: 'CONSULT', trigger: 'met', actor: 0, recipient: 1, date: `2025-03-${day}` },
      ],
    })
  try {
    await store.writeBatch(
      ['03', '17'].map((d) => met(d)).map((doc) => ({ doc, features: storyFeatures(doc) })),
    )
    const app = createApp({ store, token: null, ui: false, cacheBytes: 1 << 20 })
    const page = async () => {
      const res = await app.request('/api/timeline?actor=Sandu&limit=1')
      return [res.headers.get('x-next-cursor') !== null, res.headers.get('x-cache') === 'hit']
    }
    assert.deepEqual(await page(), [true, false])
    assert.deepEqual(await page(), [true, true])
  } finally {
    await store.close()
  }
})

test("the app's own ingest makes cached answers stale", async () => {
  const store = await openStore(join(tmp, 'own.db'))
  try {
    const app = createApp({ store, token: TOKEN, ui: false, cacheBytes: 1 << 20 })
    const health = async () => {
      const res = await app.request('/api/health')
      const body = (await res.json()) as { counts: { documents: number } }
      return [body.counts.documents, res.headers.get('x-cache') === 'hit']
    }
    assert.deepEqual(await health(), [0, false])
    assert.deepEqual(await health(), [0, true])
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        text: 'The harbour reopened on Monday after the storm, the port authority said.',
      }),
    })
    assert.equal(res.status, 201, await res.clone().text())
    assert.deepEqual(await health(), [1, false])
  } finally {
    await store.close()
  }
})
