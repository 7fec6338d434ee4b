import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { WARCRecord, WARCSerializer } from 'warcio'
import { expandGlob, expandInputs, readInputs } from './inputs.js'

const tmp = mkdtempSync(join(tmpdir(), 'chronicle-inputs-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

const OPTIONS = { format: 'auto', date: null, bodyOnly: false, maxBytes: 1 << 20 } as const

async function warcRecord(
  url: string,
  type: 'response' | 'request',
  body: string,
  contentType = 'text/html; charset=utf-8',
) {
  const enc = new TextEncoder()
  async function* content() {
    yield enc.encode(body)
  }
  const record = WARCRecord.create(
    {
      url,
      type,
      date: '2024-11-06T10:00:00Z',
      warcVersion: 'WARC/1.0',
      httpHeaders: type === 'response' ? { 'Content-Type': contentType } : {},
      statusline: type === 'response' ? 'HTTP/1.1 200 OK' : 'GET / HTTP/1.1',
    },
    content(),
  )
  return WARCSerializer.serialize(record, { gzip: true })
}

test('a gzip WARC file gives one item per HTML response, with its URL', async () => {
  const page = (t: string) =>
    `<!doctype html><html><head><title>${t}</title></head><body><article><p>${t} happened today.</p></article></body></html>`
  const parts = [
    await warcRecord('https://news.example/a', 'response', page('Floods in Lima')),
    await warcRecord('https://news.example/a', 'request', ''),
    await warcRecord('https://news.example/logo.png', 'response', 'PNG', 'image/png'),
    await warcRecord('https://news.example/b', 'response', page('Strike in Riga')),
  ]
  const file = join(tmp, 'CC-NEWS-test.warc.gz')
  writeFileSync(file, Buffer.concat(parts.map((p) => Buffer.from(p))))
  const items = []
  for await (const item of readInputs([file], OPTIONS)) items.push(item)
  assert.deepEqual(
    items.map((i) => i.raw.url),
    ['https://news.example/a', 'https://news.example/b'],
  )
  assert.ok(items.every((i) => i.raw.format === 'html' && i.messages.length === 0))
  assert.match(items[0]?.raw.content ?? '', /Floods in Lima happened today/)
  assert.notEqual(items[0]?.id, items[1]?.id)
})

test('globs and directories expand to sorted files; hidden files are skipped', () => {
  const dir = join(tmp, 'g')
  mkdirSync(join(dir, 'sub'), { recursive: true })
  for (const f of ['b.txt', 'a.txt', 'c.html', '.hidden.txt', 'sub/d.txt'])
    writeFileSync(join(dir, f), 'x')
  assert.deepEqual(expandGlob(`${dir}/*.txt`), [join(dir, 'a.txt'), join(dir, 'b.txt')])
  assert.deepEqual(expandGlob(`${dir}/**/*.txt`), [
    join(dir, 'a.txt'),
    join(dir, 'b.txt'),
    join(dir, 'sub/d.txt'),
  ])
  assert.deepEqual(expandGlob(`${dir}/[ab].txt`), [join(dir, 'a.txt'), join(dir, 'b.txt')])
  assert.deepEqual(
    expandInputs([dir]),
    ['a.txt', 'b.txt', 'c.html', 'sub/d.txt'].map((f) => join(dir, f)),
  )
})
