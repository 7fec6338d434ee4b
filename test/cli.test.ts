import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { DocumentJSON } from '../src/core/schema.js'
import { REPO_ROOT } from './helpers/shared.js'

const BIN = join(REPO_ROOT, 'dist/src/cli/main.js')

/** The Documents of `--format jsonl` output, one a line. */
function jsonlDocs(stdout: string): DocumentJSON[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as DocumentJSON)
}

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: REPO_ROOT })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const LAYERS = [
  'paragraphs',
  'sentences',
  'captions',
  'removed',
  'entities',
  'timexes',
  'quotes',
  'events',
  'messages',
]

describe('chronicle CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-cli-'))
  const good = join(dir, 'good.txt')
  writeFileSync(good, 'Talks resume\n\nKYIV — The two sides met on Tuesday, officials said.\n')
  const empty = join(dir, 'empty.txt')
  writeFileSync(empty, '')
  const binary = join(dir, 'photo.jpg')
  writeFileSync(
    binary,
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  )

  it('--version prints the package version and --help the usage', () => {
    const v = run(['--version'])
    assert.equal(v.status, 0)
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/)
    const h = run(['--help'])
    assert.equal(h.status, 0)
    assert.match(h.stdout, /chronicle extract/)
  })

  it('one input gives one pretty Document with every contract layer present', () => {
    const r = run(['extract', good])
    assert.equal(r.status, 0, r.stderr)
    const doc = JSON.parse(r.stdout) as DocumentJSON
    assert.equal(doc.schema, 'chronicle.document/1')
    for (const name of LAYERS)
      assert.ok(Array.isArray((doc as unknown as Record<string, unknown>)[name]), name)
    assert.equal(typeof doc.summary, 'object')
    assert.equal(doc.input.path, good)
  })

  it('a bad input among good ones: the batch goes on, exit 1, the problem on stderr', () => {
    const r = run(['extract', '--format', 'jsonl', good, empty, binary])
    assert.equal(r.status, 1)
    const docs = jsonlDocs(r.stdout)
    assert.equal(docs.length, 3)
    assert.deepEqual(
      docs.map((d) => d.messages.filter((m) => m.severity === 'fatal').map((m) => m.code)),
      [[], ['input/empty'], ['input/binary']],
    )
    assert.match(r.stderr, /empty\.txt: input\/empty/)
    assert.match(r.stderr, /photo\.jpg: input\/binary/)
  })

  it('JSONL input keeps record ids in order and survives a broken line', () => {
    const jsonl = join(dir, 'records.jsonl')
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: 'a', text: 'First story.\n\nIt happened on Monday.' }),
        '{"id": "b", "text": "unterminated',
        JSON.stringify({ id: 'c', html: '<html><body><p>Third story, in HTML.</p></body></html>' }),
        JSON.stringify({ id: 'd', text: 'x', html: '<p>x</p>' }),
      ].join('\n'),
    )
    const r = run(['extract', '--format', 'jsonl', jsonl])
    assert.equal(r.status, 1)
    const docs = jsonlDocs(r.stdout)
    assert.deepEqual(
      docs.map((d) => d.id).filter((id) => id === 'a' || id === 'c' || id === 'd'),
      ['a', 'c', 'd'],
    )
    assert.equal(docs.length, 4)
    assert.equal(docs[1]?.messages[0]?.code, 'input/bad-record')
    assert.equal(docs[2]?.input.format, 'html')
    assert.equal(docs[3]?.messages[0]?.code, 'input/bad-record')
  })

  it('JSONL records may give their date and title under the names common dumps use', () => {
    const jsonl = join(dir, 'dumps.jsonl')
    const text = 'The council met on Friday and approved the budget.'
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: 'a', text, date_publish: '2023-05-12 08:00:00' }),
        JSON.stringify({ id: 'b', text, published: '2023-05-12T08:00:00Z', headline: 'Budget' }),
        JSON.stringify({ id: 'c', text, date: '2023-05-10', published: '2023-05-12' }),
      ].join('\n'),
    )
    const r = run(['extract', '--format', 'jsonl', jsonl])
    assert.equal(r.status, 0)
    const docs = jsonlDocs(r.stdout)
    assert.deepEqual(
      docs.map((d) => d.meta.documentDate),
      ['2023-05-12', '2023-05-12', '2023-05-10'],
    )
    assert.equal(docs[1]?.meta.title, 'Budget')
    // "on Friday" resolves against the record's date.
    assert.equal(docs[0]?.timexes.find((t) => t.text === 'Friday')?.value, '2023-05-12')
  })

  it('a .json file is one record (news-please writes one per article) or an array of them', () => {
    const one = join(dir, 'article.json')
    const many = join(dir, 'articles.json')
    const broken = join(dir, 'broken.json')
    const text = 'The council met on Friday and approved the budget.'
    writeFileSync(
      one,
      JSON.stringify({
        title: 'Council approves budget',
        maintext: text,
        date_publish: '2023-05-12 08:00:00',
        url: 'https://news.example.org/council-budget',
      }),
    )
    writeFileSync(
      many,
      JSON.stringify([
        { id: 'x', text },
        { id: 'y', html: `<html><body><p>${text}</p></body></html>` },
      ]),
    )
    writeFileSync(broken, '{"title": "half a record", "text": "')
    const r = run(['extract', '--format', 'jsonl', one, many, broken])
    assert.equal(r.status, 1)
    const docs = jsonlDocs(r.stdout)
    assert.equal(docs.length, 4)
    assert.equal(docs[0]?.meta.title, 'Council approves budget')
    assert.equal(docs[0]?.meta.documentDate, '2023-05-12')
    assert.equal(docs[0]?.text, text)
    assert.equal(docs[0]?.input.url, 'https://news.example.org/council-budget')
    assert.deepEqual(
      docs.slice(1, 3).map((d) => [d.id, d.input.format]),
      [
        ['x', 'text'],
        ['y', 'html'],
      ],
    )
    assert.equal(docs[3]?.messages[0]?.code, 'input/bad-record')
  })

  it('--body keeps the input as the text exactly, and --date sets the document date', () => {
    const body = '  Line one.\r\n\r\nLine “two”.  '
    const r = run(['extract', '--body', '--date', '2024-11-06', '-'], body)
    assert.equal(r.status, 0, r.stderr)
    const doc = JSON.parse(r.stdout) as DocumentJSON
    assert.equal(doc.text, body)
    assert.equal(doc.meta.documentDate, '2024-11-06')
    assert.deepEqual(
      doc.paragraphs.map((p) => body.slice(p.start, p.end)),
      ['Line one.', 'Line “two”.'],
    )
  })

  it('usage errors exit 2', () => {
    assert.equal(run(['extract', '--format', 'xml', good]).status, 2)
    assert.equal(run(['extract', '--date', '06/11/2024', good]).status, 2)
    assert.equal(run(['frobnicate']).status, 2)
    assert.equal(run(['extract', '--no-such-flag', good]).status, 2)
  })

  it('a page over --max-bytes gets a fatal message naming the limit', () => {
    const big = join(dir, 'big.txt')
    writeFileSync(big, 'word '.repeat(1000))
    const r = run(['extract', '--max-bytes', '1000', big])
    assert.equal(r.status, 1)
    const doc = JSON.parse(r.stdout) as DocumentJSON
    assert.equal(doc.messages[0]?.code, 'input/too-large')
    assert.equal(doc.text, '')
  })
})
