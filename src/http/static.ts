/**
 * The web UI's files: `web/static/*` (HTML, CSS) and the compiled modules `dist/web/src/*.js`.
 * Only plain file names are served (no directories, no dot files), from two fixed folders.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'

// dist/src/http/static.js → the repository (or package) root.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const STATIC_DIR = join(ROOT, 'web/static')
const JS_DIR = join(ROOT, 'dist/web/src')

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
}

// Article text is rendered as text by the UI; this policy is a second wall: no inline script,
// no third-party origin.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

/** Adds the UI's routes: `/` (the page), `/static/:file`, `/js/:file`. */
export function staticRoutes(app: Hono): void {
  app.get('/', (c) => file(c.req.raw, STATIC_DIR, 'index.html'))
  app.get('/static/:file', (c) => file(c.req.raw, STATIC_DIR, c.req.param('file')))
  app.get('/js/:file', (c) => file(c.req.raw, JS_DIR, c.req.param('file')))
}

async function file(_req: Request, dir: string, name: string): Promise<Response> {
  const m = /^[a-z0-9][a-z0-9-]*\.(html|css|js|svg)$/.exec(name)
  const type = m ? TYPES[m[1] as string] : undefined
  if (!m || !type) return notFound(name)
  try {
    const body = await readFile(join(dir, name))
    return new Response(body, {
      headers: {
        'content-type': type,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    })
  } catch {
    // Absent file: the UI asked for something that was not built or does not exist.
    return notFound(name)
  }
}

function notFound(name: string): Response {
  return Response.json(
    { error: { code: 'not_found', message: `no file "${name.slice(0, 100)}"` } },
    { status: 404 },
  )
}
