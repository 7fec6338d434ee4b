/**
 * The HTTP API without sockets (hono's `app.request()`), over the demo corpus: every endpoint on
 * good input, and bad input (malformed JSON, huge bodies, unknown ids, missing token) giving the
 * right 4xx with a JSON error.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Hono } from 'hono'
import { spanProblems } from '../src/core/invariants.js'
import type { DocumentJSON } from '../src/core/schema.js'
import { createApp } from '../src/http/app.js'
import { openApiDocument } from '../src/http/openapi.js'
import { daySpan } from '../src/kb/resolve.js'
import type { Store } from '../src/kb/store.js'
import { demoStore } from './http-fixture.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field below
type Json = any

const TOKEN = 'test-token-0123456789'
const ARTICLE =
  'KYIV (Test Wire) — Ukrainian President Volodymyr Zelensky said on Tuesday, March 4, 2025 ' +
  'that he was ready to meet Donald Trump. "We want peace," Zelensky said in a statement.'

let store: Store
let dispose: () => Promise<void>
let app: Hono
let noToken: Hono

async function get(path: string, which: Hono = app): Promise<{ status: number; body: Json }> {
  const res = await which.request(path)
  assert.match(res.headers.get('content-type') ?? '', /application\/json/, path)
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path)
  return { status: res.status, body: await res.json() }
}

async function post(
  path: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  which: Hono = app,
): Promise<{ status: number; body: Json }> {
  const res = await which.request(path, { method: 'POST', body, headers })
  assert.match(res.headers.get('content-type') ?? '', /application\/json/, path)
  return { status: res.status, body: await res.json() }
}

function assertError(r: { status: number; body: Json }, status: number, code: string): void {
  assert.equal(r.status, status, JSON.stringify(r.body))
  assert.equal(r.body.error?.code, code, JSON.stringify(r.body))
  assert.equal(typeof r.body.error?.message, 'string')
  assert.ok(r.body.error.message.length > 0)
}

before(async () => {
  ;({ store, dispose } = await demoStore())
  app = createApp({ store, token: TOKEN, maxBodyBytes: 64 * 1024, ui: false })
  noToken = createApp({ store, token: null, ui: false })
})
after(async () => {
  await dispose()
})

describe('GET endpoints on the demo corpus', () => {
  test('/api/health counts the corpus (27 articles + 2 wire briefs)', async () => {
    const r = await get('/api/health')
    assert.equal(r.status, 200)
    assert.equal(r.body.counts.documents, 29)
    assert.equal(r.body.counts.failures, 0)
  })

  test('/api/search finds the Oval Office clash, filtered by date', async () => {
    const r = await get('/api/search?q=Oval%20Office&limit=5')
    assert.equal(r.status, 200)
    assert.ok(r.body.hits.length > 0)
    assert.ok(r.body.hits.some((h: Json) => /Oval Office/.test(h.title)))
    for (const h of r.body.hits) assert.match(h.snippet, /oval/i)
    const late = await get('/api/search?q=Zelensky&from=2025-01-01&limit=50')
    assert.ok(late.body.hits.length > 0)
    for (const h of late.body.hits) assert.ok(h.date >= '2025-01-01', h.date)
    const early = await get('/api/search?q=Zelensky&to=2019-12-31&limit=50')
    for (const h of early.body.hits) assert.ok(h.date <= '2019-12-31', h.date)
  })

  test('/api/entities lists Zelensky and Trump among the top persons', async () => {
    const r = await get('/api/entities?type=person&limit=5')
    assert.equal(r.status, 200)
    const names = r.body.entities.map((e: Json) => e.name)
    assert.ok(names.includes('Volodymyr Zelensky'), names.join(', '))
    assert.ok(names.includes('Donald Trump'), names.join(', '))
    for (const e of r.body.entities) assert.equal(e.type, 'PERSON')
  })

  test('/api/entity gives roles, timeline, counterparts and quotes', async () => {
    const r = await get('/api/entity?name=Zelensky')
    assert.equal(r.status, 200)
    assert.equal(r.body.name, 'Volodymyr Zelensky')
    assert.equal(r.body.type, 'PERSON')
    assert.ok(r.body.roles.some((x: Json) => x.title === 'President' && x.of === 'Ukraine'))
    assert.ok(r.body.timeline.length > 5)
    assert.ok(r.body.counterparts.some((c: Json) => c.name === 'Donald Trump'))
    assert.ok(!r.body.counterparts.some((c: Json) => c.name === 'Volodymyr Zelensky'))
    assert.ok(r.body.quotes.length > 0)
  })

  test('/api/timeline: the pair, oldest first, with sources', async () => {
    const r = await get('/api/timeline?actor=Zelensky&with=Trump')
    assert.equal(r.status, 200)
    const events = r.body
    assert.ok(events.length > 3)
    // oldest first by the days a date covers: "2024-W39" (late September) before "2024-11-06"
    const days = events
      .filter((e: Json) => e.date !== null)
      .map((e: Json) => daySpan(e.date)[0] as string)
    assert.ok(!days.includes(null))
    assert.deepEqual(days, [...days].sort())
    for (const e of events) {
      assert.ok(e.documents.length > 0)
      const pair = [e.actor, e.recipient].sort().join(' / ')
      assert.equal(pair, 'Donald Trump / Volodymyr Zelensky')
    }
  })

  test('/api/timeline pages: limit, then after the cursor of the last event, until none', async () => {
    const page = async (path: string) => {
      const res = await app.request(path)
      return { events: (await res.json()) as Json[], next: res.headers.get('x-next-cursor') }
    }
    const whole = await page('/api/timeline?actor=Zelensky&limit=1000')
    assert.equal(whole.next, null)
    const all = whole.events.map((e: Json) => e.id)
    assert.ok(all.length > 4, `${all.length} events`)
    const seen: string[] = []
    let after = ''
    for (let n = 0; n < all.length; n++) {
      const r = await page(`/api/timeline?actor=Zelensky&limit=3${after}`)
      assert.ok(r.events.length <= 3)
      seen.push(...r.events.map((e: Json) => e.id))
      if (r.next === null) break
      assert.equal(r.next, r.events.at(-1).id)
      after = `&after=${encodeURIComponent(r.next)}`
    }
    assert.deepEqual(seen, all)
    const unknown = await page('/api/timeline?actor=Zelensky&after=no-such-event')
    assert.deepEqual(unknown, { events: [], next: null })
  })

  test('/api/pair gives each event its source sentences', async () => {
    const r = await get('/api/pair?a=Zelensky&b=Trump')
    assert.equal(r.status, 200)
    assert.ok(r.body.events.length > 3)
    for (const e of r.body.events) {
      assert.ok(e.sourceSentences.length > 0)
      for (const s of e.sourceSentences) assert.ok(s.text.length > 10, JSON.stringify(s))
    }
  })

  test('/api/quotes by speaker and phrase', async () => {
    const r = await get('/api/quotes?speaker=Zelensky&limit=200')
    assert.equal(r.status, 200)
    assert.ok(r.body.quotes.length > 3)
    for (const q of r.body.quotes) assert.match(q.speaker, /Zelensky/)
    const phrase = await get('/api/quotes?q=never%20let%20you%20down')
    assert.equal(phrase.body.quotes.length, 1)
    assert.match(phrase.body.quotes[0].text, /never let you down/)
  })

  test('/api/stories lists clusters with their articles', async () => {
    const r = await get('/api/stories')
    assert.equal(r.status, 200)
    assert.ok(r.body.stories.length > 0)
    const all = r.body.stories.flatMap((s: Json) => s.documents)
    assert.equal(all.length, 29)
    for (const d of all) assert.equal(typeof d.id, 'string')
  })

  test('/api/documents/:id returns the Document with valid offsets', async () => {
    const hit = (await get('/api/search?q=Oval%20Office&limit=1')).body.hits[0]
    const r = await get(`/api/documents/${hit.id}`)
    assert.equal(r.status, 200)
    const doc = r.body.document as DocumentJSON
    assert.equal(doc.schema, 'chronicle.document/1')
    assert.equal(doc.id, hit.id)
    assert.deepEqual(spanProblems(doc), [])
    assert.ok(doc.entities.length > 0 && doc.events.length > 0)
    assert.equal(typeof r.body.story, 'string')
  })

  test('/openapi.json describes every API route', async () => {
    const r = await get('/openapi.json')
    assert.equal(r.status, 200)
    assert.equal(r.body.openapi, '3.1.0')
    const described = Object.keys(openApiDocument().paths as object)
    const routes = app.routes
      .map((x) => x.path.replace(/:(\w+)/g, '{$1}'))
      .filter((p) => p.startsWith('/api/'))
    for (const p of routes) assert.ok(described.includes(p), `${p} is not in openapi.json`)
  })
})

describe('POST /api/extract and /api/ingest', () => {
  test('extract returns a Document and stores nothing', async () => {
    const before = (await get('/api/health')).body.counts.documents
    const r = await post('/api/extract', JSON.stringify({ text: ARTICLE, date: '2025-03-04' }))
    assert.equal(r.status, 200)
    const doc = r.body.document as DocumentJSON
    assert.deepEqual(spanProblems(doc), [])
    assert.ok(doc.entities.some((e) => e.name === 'Volodymyr Zelensky'))
    assert.ok(doc.quotes.some((q) => q.text.includes('We want peace')))
    assert.equal((await get('/api/health')).body.counts.documents, before)
  })

  test('extract reads HTML', async () => {
    const html = `<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>${ARTICLE}</p></article></body></html>`
    const r = await post('/api/extract', JSON.stringify({ html }))
    assert.equal(r.status, 200)
    assert.equal(r.body.document.input.format, 'html')
    assert.match(r.body.document.text, /ready to meet Donald Trump/)
  })

  test('ingest stores with the token, then says it is already stored', async () => {
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }
    const body = JSON.stringify({ text: ARTICLE, id: 'api-test-1', date: '2025-03-04' })
    const first = await post('/api/ingest', body, auth)
    assert.equal(first.status, 201, JSON.stringify(first.body))
    assert.equal(first.body.id, 'api-test-1')
    assert.equal(first.body.stored, true)
    const again = await post('/api/ingest', body, auth)
    assert.equal(again.status, 200)
    assert.equal(again.body.stored, false)
    const doc = await get('/api/documents/api-test-1')
    assert.equal(doc.status, 200)
  })

  test('ingest without a token, with a wrong one, and on a server without one', async () => {
    const body = JSON.stringify({ text: ARTICLE })
    assertError(await post('/api/ingest', body), 401, 'unauthorized')
    assertError(
      await post('/api/ingest', body, {
        'content-type': 'application/json',
        authorization: 'Bearer nope',
      }),
      401,
      'unauthorized',
    )
    assertError(
      await post(
        '/api/ingest',
        body,
        { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        noToken,
      ),
      403,
      'ingest_disabled',
    )
  })
})

describe('bad input gives a 4xx and a JSON error', () => {
  const cases: [string, string, string | null, number, string][] = [
    ['malformed JSON', '/api/extract', '{"text": "abc', 400, 'bad_json'],
    ['a JSON array', '/api/extract', '[1,2]', 422, 'bad_article'],
    ['both text and html', '/api/extract', '{"text":"a b","html":"<p>a</p>"}', 422, 'bad_article'],
    ['neither text nor html', '/api/extract', '{"url":"http://x"}', 422, 'bad_article'],
    ['text not a string', '/api/extract', '{"text": 42}', 422, 'bad_article'],
    ['an empty article', '/api/extract', '{"text": "   "}', 422, 'bad_article'],
    ['a bad date', '/api/extract', '{"text":"a b","date":"March 4"}', 422, 'bad_article'],
    ['an unknown field', '/api/extract', '{"text":"a b","foo":1}', 422, 'bad_article'],
    ['not JSON content', '/api/extract', null, 415, 'bad_content_type'],
  ]
  for (const [name, path, body, status, code] of cases) {
    test(name, async () => {
      const r =
        body === null
          ? await post(path, 'text=abc', { 'content-type': 'application/x-www-form-urlencoded' })
          : await post(path, body)
      assertError(r, status, code)
    })
  }

  test('a huge body is refused with 413 (declared and streamed)', async () => {
    const huge = JSON.stringify({ text: 'word '.repeat(40_000) })
    assertError(await post('/api/extract', huge), 413, 'body_too_large')
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge))
        controller.close()
      },
    })
    const res = await app.request('/api/extract', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    assert.equal(res.status, 413)
    assert.equal(((await res.json()) as Json).error.code, 'body_too_large')
  })

  const gets: [string, string, number, string][] = [
    ['unknown document', '/api/documents/no-such-id', 404, 'unknown_document'],
    ['unknown entity', '/api/entity?name=Nobody%20Nowhere', 404, 'unknown_entity'],
    ['unknown pair', '/api/pair?a=Zelensky&b=Nobody%20Nowhere', 404, 'unknown_entity'],
    ['search without q', '/api/search', 400, 'missing_parameter'],
    ['a bad date', '/api/search?q=x&from=yesterday', 400, 'bad_parameter'],
    ['a bad limit', '/api/search?q=x&limit=-3', 400, 'bad_parameter'],
    ['a limit too high', '/api/entities?limit=999999', 400, 'bad_parameter'],
    ['a bad type', '/api/entities?type=ANIMAL', 400, 'bad_parameter'],
    ['timeline without actor', '/api/timeline', 400, 'missing_parameter'],
    ['a too long parameter', `/api/search?q=${'a'.repeat(600)}`, 400, 'bad_parameter'],
    ['an unknown route', '/api/nothing', 404, 'not_found'],
  ]
  for (const [name, path, status, code] of gets) {
    test(name, async () => assertError(await get(path), status, code))
  }

  test('a timeline of an unknown actor is empty, not an error', async () => {
    const r = await get('/api/timeline?actor=Nobody%20Nowhere')
    assert.equal(r.status, 200)
    assert.deepEqual(r.body, [])
  })
})
