/**
 * The HTTP API (and the web UI's files) as a hono app. Every answer is JSON; every error is
 * `{ "error": { "code": "...", "message": "..." } }` with a 4xx status (5xx only for a bug).
 * Handlers are plain functions of the request, so tests call `app.request()` without a socket.
 */

import type { Context as HonoContext } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { type Context, DEFAULT_CONTEXT } from '../core/pipeline.js'
import { extractItem } from '../extract.js'
import { contentId } from '../io/content-id.js'
import type { SourceItem } from '../io/sources.js'
import type { Store } from '../kb/store.js'
import { cacheResponses, ResponseCache } from './cache.js'
import { type IngestOne, ingestQueue } from './ingest-one.js'
import { openApiDocument } from './openapi.js'
import { entityPage, pairPage, storiesWithTitles } from './queries.js'
import { staticRoutes } from './static.js'
import {
  type ArticleInput,
  articleInput,
  count,
  date,
  HttpError,
  oneOf,
  required,
  text,
} from './validate.js'

/** Options of {@link createApp}. */
export interface AppOptions {
  readonly store: Store
  /** The bearer token POST /api/ingest needs; null: ingest is refused (403). */
  readonly token: string | null
  /** Largest request body accepted (bytes). Default 2 MiB. */
  readonly maxBodyBytes?: number
  /** Serve the web UI's files too (default true). */
  readonly ui?: boolean
  /**
   * How POST /api/ingest writes (default: into `store`, one ingest at a time). A cluster's
   * workers pass the primary's, so one process does every write.
   */
  readonly ingest?: IngestOne
  /** Bytes of GET answers to keep for repeated requests (default 0: no cache). */
  readonly cacheBytes?: number
}

/** The default request-body limit (bytes). */
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024

/** Events in one page of /api/timeline when the request gives no `limit`. */
export const TIMELINE_PAGE = 100

const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC', 'MISC'] as const

/**
 * Builds the app.
 *
 * @example
 * const app = createApp({ store, token: process.env.CHRONICLE_TOKEN ?? null })
 * const res = await app.request('/api/search?q=ceasefire')
 */
export function createApp(options: AppOptions): Hono {
  const { store } = options
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const ctx: Context = { ...DEFAULT_CONTEXT, maxBytes: maxBody }
  const app = new Hono()
  const ingestOne = options.ingest ?? ingestQueue(store, ctx)
  // Cached answers are stamped with the database's version (changed by other connections'
  // writes) and the count of this app's own ingests (which do not change it).
  let ingested = 0

  app.onError((error, c) => {
    if (error instanceof HttpError) return fail(c, error.status, error.code, error.message)
    return fail(c, 500, 'internal', error instanceof Error ? error.message : String(error))
  })
  app.use(async (c, next) => {
    await next()
    // Answers are data: never let a browser sniff them into HTML.
    c.header('x-content-type-options', 'nosniff')
  })
  app.notFound((c) => fail(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`))

  const limit = bodyLimit({
    maxSize: maxBody,
    onError: (c) =>
      fail(c, 413, 'body_too_large', `the request body is over the limit of ${maxBody} bytes`),
  })

  if ((options.cacheBytes ?? 0) > 0) {
    const cache = new ResponseCache(options.cacheBytes as number)
    app.use(
      '/api/*',
      cacheResponses(cache, async () => {
        const v = await store.dataVersion()
        return v === null ? null : `${v}:${ingested}`
      }),
    )
  }

  app.get('/openapi.json', (c) => c.json(openApiDocument()))
  app.get('/api/health', async (c) => c.json({ ok: true, counts: await store.counts() }))

  app.get('/api/search', async (c) => {
    const p = params(c)
    const hits = await store.search({
      query: required(p, 'q'),
      from: date(p, 'from'),
      to: date(p, 'to'),
      entity: text(p, 'entity'),
      site: text(p, 'site'),
      limit: count(p, 'limit', 20, 200),
    })
    return c.json({ hits })
  })

  app.get('/api/entities', async (c) => {
    const p = params(c)
    const entities = await store.entities({
      type: oneOf(p, 'type', ENTITY_TYPES),
      limit: count(p, 'limit', 50, 1000),
    })
    return c.json({ entities })
  })

  app.get('/api/entity', async (c) => {
    const p = params(c)
    const name = required(p, 'name')
    const page = await entityPage(store, name)
    if (!page) throw new HttpError(404, 'unknown_entity', `no entity is called "${name}"`)
    return c.json(page)
  })

  app.get('/api/timeline', async (c) => {
    const p = params(c)
    const actor = required(p, 'actor')
    const limit = count(p, 'limit', TIMELINE_PAGE, 10000)
    // One more than the page, to tell whether there is a next page.
    const events = await store.timeline({
      actor,
      with: text(p, 'with'),
      from: date(p, 'from'),
      to: date(p, 'to'),
      after: text(p, 'after'),
      limit: limit + 1,
    })
    const page = events.slice(0, limit)
    // The body stays the list of events it always was; the cursor of the next page, when there
    // is one, is a header (the id to pass as `after`).
    if (events.length > limit && page.length > 0)
      c.header('X-Next-Cursor', (page.at(-1) as { id: string }).id)
    return c.json(page)
  })

  app.get('/api/pair', async (c) => {
    const p = params(c)
    const a = required(p, 'a')
    const b = required(p, 'b')
    const page = await pairPage(store, a, b, { from: date(p, 'from'), to: date(p, 'to') })
    if (!page) throw new HttpError(404, 'unknown_entity', `no entity is called "${a}" or "${b}"`)
    return c.json(page)
  })

  app.get('/api/quotes', async (c) => {
    const p = params(c)
    const quotes = await store.quotes({
      speaker: text(p, 'speaker'),
      channel: text(p, 'channel'),
      query: text(p, 'q'),
      about: text(p, 'about'),
      mentioning: text(p, 'mentioning'),
      limit: count(p, 'limit', 100, 1000),
    })
    return c.json({ quotes })
  })

  app.get('/api/stories', async (c) => {
    const p = params(c)
    const stories = await storiesWithTitles(store, {
      limit: count(p, 'limit', 200, 10000),
      minSize: count(p, 'minSize', 1, 10000),
    })
    return c.json({ stories })
  })

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id')
    if (id.length > 200) throw new HttpError(400, 'bad_parameter', 'the document id is too long')
    const document = await store.document(id)
    if (!document) throw new HttpError(404, 'unknown_document', `no document has the id "${id}"`)
    return c.json({ document, story: await store.storyOf(id) })
  })

  app.post('/api/extract', limit, async (c) => {
    const input = articleInput(await jsonBody(c))
    const document = extractItem(sourceItem(input, maxBody), undefined, ctx)
    return c.json({ document })
  })

  app.post('/api/ingest', limit, async (c) => {
    checkToken(c, options.token)
    const input = articleInput(await jsonBody(c))
    const item = sourceItem(input, maxBody)
    const { report, failure } = await ingestOne(item, input.body).finally(() => {
      ingested++
    })
    if (failure !== null) {
      throw new HttpError(422, 'extraction_failed', `${failure.code}: ${failure.reason}`)
    }
    const stored = report.stored > 0
    return c.json({ id: item.id, stored, report }, stored ? 201 : 200)
  })

  if (options.ui !== false) staticRoutes(app)
  return app
}

function fail(c: HonoContext, status: number, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status as 400)
}

function params(c: HonoContext): URLSearchParams {
  return new URL(c.req.url).searchParams
}

async function jsonBody(c: HonoContext): Promise<string> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'bad_content_type', 'send the article as application/json')
  }
  return c.req.text()
}

function checkToken(c: HonoContext, token: string | null): void {
  if (token === null) {
    throw new HttpError(
      403,
      'ingest_disabled',
      'ingest is disabled: start the server with --token or CHRONICLE_TOKEN',
    )
  }
  const auth = c.req.header('authorization') ?? ''
  const m = /^Bearer\s+(.+)$/i.exec(auth)
  if (!m || !sameString(m[1] as string, token)) {
    throw new HttpError(401, 'unauthorized', 'send "Authorization: Bearer <token>"')
  }
}

/** Compares in time independent of where the strings differ. */
function sameString(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

function sourceItem(input: ArticleInput, maxBytes: number): SourceItem {
  const content = (input.text ?? input.html) as string
  const size = Buffer.byteLength(content)
  if (size > maxBytes) {
    throw new HttpError(413, 'body_too_large', `the article is over the limit of ${maxBytes} bytes`)
  }
  const item: SourceItem = {
    id: input.id ?? contentId(content),
    raw: {
      id: input.id,
      path: null,
      url: input.url,
      format: input.html !== null && !input.body ? 'html' : 'text',
      content,
      date: input.date,
      title: input.title,
      bodyOnly: input.body,
    },
    messages: [],
  }
  return item
}
