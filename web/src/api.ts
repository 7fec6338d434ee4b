/// <reference lib="dom" />
/** The JSON API, seen from the browser. */

/** An API error with its code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** GETs `/api/<path>` with query parameters (empty ones left out). */
export async function getJson<T>(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
): Promise<T> {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const qs = q.toString()
  return answer<T>(await fetch(`/api/${path}${qs ? `?${qs}` : ''}`))
}

/** POSTs JSON to `/api/<path>`. */
export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }
  if (signal) init.signal = signal
  return answer<T>(await fetch(`/api/${path}`, init))
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string } })
    | null
  if (!res.ok || body === null) {
    const e = body?.error
    throw new ApiError(res.status, e?.code ?? 'http', e?.message ?? `HTTP ${res.status}`)
  }
  return body
}
