/**
 * Input checks for the HTTP API: each failure is an {@link HttpError} that the app turns into a
 * 4xx JSON error `{ "error": { "code", "message" } }`.
 */

/** An error with an HTTP status and a stable code, shown to the client as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** The longest accepted query-string value (characters). */
export const MAX_PARAM = 500

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** A query parameter: trimmed, `undefined` when absent or empty; 400 when too long. */
export function text(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name)
  if (v === null) return undefined
  const t = v.trim()
  if (t.length > MAX_PARAM) {
    throw new HttpError(400, 'bad_parameter', `"${name}" is longer than ${MAX_PARAM} characters`)
  }
  return t === '' ? undefined : t
}

/** A required query parameter. */
export function required(params: URLSearchParams, name: string): string {
  const v = text(params, name)
  if (v === undefined) throw new HttpError(400, 'missing_parameter', `"${name}" is required`)
  return v
}

/** A date parameter: YYYY, YYYY-MM or YYYY-MM-DD. */
export function date(params: URLSearchParams, name: string): string | undefined {
  const v = text(params, name)
  if (v !== undefined && !DATE.test(v)) {
    throw new HttpError(
      400,
      'bad_parameter',
      `"${name}" must be YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`,
    )
  }
  return v
}

/** A whole-number parameter in [1, max]; `fallback` when absent. */
export function count(
  params: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number {
  const v = text(params, name)
  if (v === undefined) return fallback
  const n = Number(v)
  if (!/^\d+$/.test(v) || n < 1 || n > max) {
    throw new HttpError(
      400,
      'bad_parameter',
      `"${name}" must be a whole number from 1 to ${max}, not "${v}"`,
    )
  }
  return n
}

/** One of a fixed set of values (case-insensitive; returned as listed). */
export function oneOf<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const v = text(params, name)
  if (v === undefined) return undefined
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase())
  if (!hit) {
    throw new HttpError(400, 'bad_parameter', `"${name}" must be one of ${allowed.join(', ')}`)
  }
  return hit
}

/** An article posted to /extract or /ingest. */
export interface ArticleInput {
  readonly id: string | null
  readonly text: string | null
  readonly html: string | null
  readonly url: string | null
  readonly date: string | null
  readonly title: string | null
  readonly body: boolean
}

/**
 * Parses and checks an article body: a JSON object with exactly one of `text` and `html`
 * (strings), and optional `id`, `url`, `title` (strings), `date` (YYYY-MM-DD), `body` (boolean).
 */
export function articleInput(raw: string): ArticleInput {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new HttpError(400, 'bad_json', `the request body is not JSON: ${why}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(422, 'bad_article', 'the request body must be a JSON object')
  }
  const r = value as Record<string, unknown>
  const known = new Set(['id', 'text', 'html', 'url', 'date', 'title', 'body'])
  const extra = Object.keys(r).filter((k) => !known.has(k))
  if (extra.length > 0) {
    throw new HttpError(
      422,
      'bad_article',
      `unknown field(s): ${extra.slice(0, 5).join(', ')}; allowed: ${[...known].join(', ')}`,
    )
  }
  const str = (k: string): string | null => {
    const v = r[k]
    if (v === undefined || v === null) return null
    if (typeof v !== 'string') throw new HttpError(422, 'bad_article', `"${k}" must be a string`)
    return v
  }
  const text = str('text')
  const html = str('html')
  if ((text === null) === (html === null)) {
    throw new HttpError(422, 'bad_article', 'give exactly one of "text" and "html"')
  }
  if ((text ?? html ?? '').trim() === '') {
    throw new HttpError(422, 'bad_article', 'the article is empty')
  }
  const date = str('date')
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new HttpError(422, 'bad_article', `"date" must be YYYY-MM-DD, not "${date}"`)
  }
  if (r.body !== undefined && typeof r.body !== 'boolean') {
    throw new HttpError(422, 'bad_article', '"body" must be true or false')
  }
  return {
    id: str('id'),
    text,
    html,
    url: str('url'),
    date,
    title: str('title'),
    body: r.body === true,
  }
}
