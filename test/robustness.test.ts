import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { spanProblems } from '../src/core/invariants.js'
import { extractItem } from '../src/extract.js'
import { fromBytes, type SourceOptions } from '../src/io/sources.js'
import { NO_SHARED, SHARED } from './helpers/shared.js'

const OPTIONS: SourceOptions = { format: 'auto', date: null, bodyOnly: false, maxBytes: 200_000 }

/** Runs one byte sequence through input decoding and the whole default pipeline. */
function extractBytes(bytes: Uint8Array, path: string | null = null) {
  const doc = extractItem(fromBytes(bytes, path, null, OPTIONS))
  assert.deepEqual(spanProblems(doc), [])
  for (const m of doc.messages)
    assert.ok(m.code && m.reason, 'every message has a code and a reason')
  return doc
}

const ARTICLE = [
  'date 2025-03-02 Skip to content',
  'Leaders hold talks in Kyiv',
  '',
  'By Jane Doe | Updated November 6, 2024 1:09 AM',
  'KYIV (Reuters) — President Volodymyr Zelensky met the visiting minister on Tuesday, his office said.',
  '',
  '"We agreed to keep talking," Zelensky wrote on Telegram.',
  'Advertisement',
].join('\n')

const HTML = `<!DOCTYPE html><html lang="en"><head><title>Talks | Site</title>
<meta property="article:published_time" content="2024-11-06T10:00:00+02:00"></head>
<body><nav>Home News</nav><article><h1>Talks</h1><p>The minister said on Tuesday that talks would go on.</p>
<p>“We agreed,” she said.</p></article><footer>© Site</footer></body></html>`

describe('robustness: no byte sequence crashes or hangs the pipeline', () => {
  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        extractBytes(bytes)
      }),
      { numRuns: 300, seed: 42 },
    )
  })

  it('random unicode text, as text and as HTML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 800 }), fc.boolean(), (s, html) => {
        extractBytes(new TextEncoder().encode(s), html ? 'x.html' : 'x.txt')
      }),
      { numRuns: 300, seed: 7 },
    )
  })

  for (const [name, base, path] of [
    ['a scraped article', ARTICLE, 'a.txt'],
    ['an HTML page', HTML, 'a.html'],
  ] as const) {
    it(`mutated ${name}: deletions, insertions, truncations`, () => {
      const bytes = new TextEncoder().encode(base)
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(bytes.length), fc.nat(40), fc.uint8Array({ maxLength: 12 })), {
            maxLength: 8,
          }),
          fc.nat(bytes.length),
          (edits, cut) => {
            let out = Array.from(bytes.subarray(0, Math.max(1, cut)))
            for (const [at, del, ins] of edits) {
              const i = Math.min(at, out.length)
              out = [...out.slice(0, i), ...ins, ...out.slice(i + del)]
            }
            extractBytes(Uint8Array.from(out), path)
          },
        ),
        { numRuns: 150, seed: 3 },
      )
    })
  }

  it('the seed article with random lines dropped', { skip: NO_SHARED }, () => {
    const seed = readFileSync(`${SHARED}/examples/seed-article.txt`, 'utf8').split('\n')
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: seed.length, maxLength: seed.length }),
        (keep) => {
          extractBytes(
            new TextEncoder().encode(seed.filter((_, i) => keep[i]).join('\n')),
            'seed.txt',
          )
        },
      ),
      { numRuns: 40, seed: 11 },
    )
  })

  it('pathological shapes: one huge line, deep nesting, unclosed tags, many quotes', () => {
    const shapes = [
      'word '.repeat(20_000),
      `${'<div>'.repeat(3000)}text`,
      '<html><body><p>open <b>bold <i>italic <a href="x">link',
      '"'.repeat(5000),
      `${'“a” '.repeat(2000)}`,
      '\n'.repeat(10_000) + 'x',
      'Nov. '.repeat(3000),
    ]
    for (const s of shapes)
      extractBytes(new TextEncoder().encode(s), s.startsWith('<') ? 'p.html' : 'p.txt')
  })
})
