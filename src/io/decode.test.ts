import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decode } from './decode.js'

const MAX = 1_000_000
const enc = (s: string) => new TextEncoder().encode(s)

describe('decode', () => {
  const cases: [string, Uint8Array, string | null, string | null][] = [
    ['plain UTF-8', enc('Kyiv — “quoted”'), 'Kyiv — “quoted”', null],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('hi there')]), 'hi there', null],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x68, 0, 0x69, 0]), 'hi', null],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0, 0x68, 0, 0x69]), 'hi', null],
    [
      'UTF-16LE without BOM',
      new Uint8Array([...'hello world'].flatMap((c) => [c.charCodeAt(0), 0])),
      'hello world',
      null,
    ],
    [
      'Windows-1252 pound and quotes',
      new Uint8Array([0x93, 0x31, 0x30, 0xa3, 0x94]),
      '“10£”',
      'input/encoding-guessed',
    ],
    ['empty', new Uint8Array([]), null, 'input/empty'],
    ['only whitespace', enc(' \n\t \r\n'), null, 'input/empty'],
    [
      'binary with NUL bytes',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      null,
      'input/binary',
    ],
  ]
  for (const [name, bytes, text, code] of cases) {
    it(name, () => {
      const d = decode(bytes, MAX)
      assert.equal(d.text, text)
      assert.deepEqual(
        d.messages.map((m) => m.code),
        code ? [code] : [],
      )
    })
  }

  it('refuses input over the size limit with a fatal message naming the limit', () => {
    const d = decode(enc('x'.repeat(101)), 100)
    assert.equal(d.text, null)
    assert.equal(d.messages[0]?.code, 'input/too-large')
    assert.equal(d.messages[0]?.severity, 'fatal')
    assert.match(d.messages[0]?.reason ?? '', /101 bytes.*100/)
  })
})
