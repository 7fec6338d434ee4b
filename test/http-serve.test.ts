/**
 * `chronicle serve` as a process: it prints its URL (random loopback port), serves the API and
 * the UI's files (and nothing outside them), refuses ingest without a token, and exits 0 on
 * SIGTERM; a bad --port is a usage error.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { REPO_ROOT } from './helpers/shared.js'

const CLI = join(REPO_ROOT, 'dist/src/cli/main.js')

test('serve prints its URL, serves API and UI files, stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-serve-'))
  const env = { ...process.env }
  delete env.CHRONICLE_TOKEN
  const child = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'kb.db'), '--port', '0'], {
    env,
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
        if (m) resolve(m[1] as string)
      })
      child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)))
    })
    const health = await fetch(`${url}/api/health`)
    assert.equal(health.status, 200)
    assert.equal(((await health.json()) as { counts: { documents: number } }).counts.documents, 0)
    const page = await fetch(`${url}/`)
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/)
    assert.match(await page.text(), /<main id="main"/)
    assert.equal((await fetch(`${url}/js/main.js`)).status, 200)
    assert.equal((await fetch(`${url}/static/style.css`)).status, 200)
    for (const bad of [
      '/js/..%2Fpackage.json',
      '/static/.env',
      '/js/main.ts',
      '/static/..%2F..%2Fpackage.json',
    ]) {
      const r = await fetch(url + bad)
      assert.equal(r.status, 404, bad)
      assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'not_found')
    }
    const ingest = await fetch(`${url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
      body: JSON.stringify({ text: 'Some article.' }),
    })
    assert.equal(ingest.status, 403)
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    )
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})

test('serve --workers 2: the workers share the port; an ingest through one is seen by all', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-serve-'))
  const env = { ...process.env, CHRONICLE_TOKEN: 'cluster-test-token' }
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--db', join(dir, 'kb.db'), '--port', '0', '--workers', '2'],
    { env },
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /at (http:\/\/127\.0\.0\.1:\d+)\/ with 2 worker processes/.exec(out)
        if (m) resolve(m[1] as string)
      })
      child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${out}`)))
    })
    const ingest = await fetch(`${url}/api/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer cluster-test-token' },
      body: JSON.stringify({
        text: 'The harbour of Split reopened on Monday after the storm, the port authority said.',
      }),
    })
    assert.equal(ingest.status, 201, await ingest.text())
    // New connections each time, so the answers come from both workers.
    for (let i = 0; i < 6; i++) {
      const r = await fetch(`${url}/api/search?q=harbour`, { headers: { connection: 'close' } })
      assert.equal(r.status, 200)
      assert.equal(((await r.json()) as { hits: unknown[] }).hits.length, 1)
    }
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    )
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})

test('serve with a bad --port is a usage error', () => {
  const r = spawnSync(process.execPath, [CLI, 'serve', '--port', 'eighty'], { encoding: 'utf8' })
  assert.equal(r.status, 2)
  assert.match(r.stderr, /--port/)
})
