/**
 * A response cache for the read endpoints: the JSON of a GET answered with 200, keyed by its path
 * and query and stamped with the knowledge base's version. An answer is reused only while the
 * version is the same, so an ingest (by this server, another process or `chronicle ingest`) makes
 * every cached answer stale at once. Bounded in bytes; the least recently used go first.
 */
import type { MiddlewareHandler } from 'hono'

interface Entry {
  readonly version: string
  readonly body: string
  /** The answer's headers (its content type, a page cursor), replayed with the body. */
  readonly headers: readonly [string, string][]
}

/** An LRU map of answers bounded by the size of their bodies. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  /** The answer cached for `key` at `version`, or undefined. */
  get(key: string, version: string): Entry | undefined {
    const e = this.entries.get(key)
    if (!e) return undefined
    this.entries.delete(key)
    if (e.version !== version) {
      this.bytes -= e.body.length
      return undefined
    }
    this.entries.set(key, e)
    return e
  }

  /** Keeps an answer for `key` at `version` (a body over a quarter of the budget is not kept). */
  set(key: string, version: string, body: string, headers: readonly [string, string][]): void {
    if (body.length > this.maxBytes / 4) return
    const old = this.entries.get(key)
    if (old) {
      this.entries.delete(key)
      this.bytes -= old.body.length
    }
    this.entries.set(key, { version, body, headers })
    this.bytes += body.length
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(k)
      this.bytes -= e.body.length
    }
  }

  /** How many answers are kept. */
  get size(): number {
    return this.entries.size
  }
}

/**
 * A hono middleware answering GETs from `cache` while `version()` stays the same. `version`
 * resolving to null (a database that cannot tell) turns the cache off for that request.
 */
export function cacheResponses(
  cache: ResponseCache,
  version: () => Promise<string | null>,
): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    const v = await version()
    if (v === null) return next()
    const url = new URL(c.req.url)
    const key = url.pathname + url.search
    const hit = cache.get(key, v)
    if (hit !== undefined) {
      return c.body(hit.body, 200, { ...Object.fromEntries(hit.headers), 'x-cache': 'hit' })
    }
    await next()
    if (c.res.status !== 200 || !/^application\/json/.test(c.res.headers.get('content-type') ?? ''))
      return
    const body = await c.res.text()
    // Every header but the length (the body's, set again when it is sent).
    const headers: [string, string][] = []
    c.res.headers.forEach((value, name) => {
      if (name !== 'content-length') headers.push([name, value])
    })
    cache.set(key, v, body, headers)
    c.res = new Response(body, c.res)
  }
}
