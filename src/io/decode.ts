import { message } from '../core/messages.js'
import type { Message } from '../core/schema.js'

/** The result of decoding one input's bytes. `text` is null when the input cannot be read. */
export interface Decoded {
  readonly text: string | null
  readonly encoding: string | null
  readonly messages: readonly Message[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le')
const utf16be = new TextDecoder('utf-16be')
// Windows-1252's 0x80-0x9F block (Node's TextDecoder reads 'windows-1252' as Latin-1 there).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/** Decodes Windows-1252 bytes (every byte maps to one character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    const chars = new Array<string>(chunk.length)
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j] as number
      chars[j] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b)
    }
    out += chars.join('')
  }
  return out
}

/**
 * Decodes an input's bytes, in this order:
 * 1. empty or larger than `maxBytes` → fatal;
 * 2. a byte-order mark → UTF-8, UTF-16LE or UTF-16BE;
 * 3. UTF-16 without a BOM, told by NUL bytes in every other position of ASCII text;
 * 4. binary (NUL bytes or many control bytes in the first 8 KiB) → fatal;
 * 5. strict UTF-8; else Windows-1252 (a superset of Latin-1, the usual legacy news encoding)
 *    with a warning saying the encoding was guessed.
 *
 * @example
 * decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]), 1e6).text // 'hi'
 */
export function decode(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length === 0 || isBlank(bytes)) {
    return fail(message('input/empty', 'the input is empty', 'input'))
  }
  if (bytes.length > maxBytes) {
    return fail(
      message(
        'input/too-large',
        `the input has ${bytes.length} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`,
        'input',
      ),
    )
  }
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return utf8OrGuess(bytes.subarray(3))
  if (b0 === 0xff && b1 === 0xfe) return ok(utf16le.decode(bytes.subarray(2)), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return ok(utf16be.decode(bytes.subarray(2)), 'utf-16be')
  const utf16 = sniffUtf16(bytes)
  if (utf16 === 'le') return ok(utf16le.decode(bytes), 'utf-16le')
  if (utf16 === 'be') return ok(utf16be.decode(bytes), 'utf-16be')
  if (looksBinary(bytes)) {
    return fail(message('input/binary', 'the input is binary data, not text or HTML', 'input'))
  }
  return utf8OrGuess(bytes)
}

function utf8OrGuess(bytes: Uint8Array): Decoded {
  try {
    return ok(utf8.decode(bytes), 'utf-8')
  } catch {
    // Not valid UTF-8: legacy pages are mostly Windows-1252; say that it was a guess.
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      messages: [
        message(
          'input/encoding-guessed',
          'the input is not valid UTF-8; it was read as Windows-1252',
          'input',
        ),
      ],
    }
  }
}

function ok(text: string, encoding: string): Decoded {
  if (text.trim() === '') return fail(message('input/empty', 'the input has no text', 'input'))
  return { text, encoding, messages: [] }
}

function fail(m: Message): Decoded {
  return { text: null, encoding: null, messages: [m] }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false
  }
  return true
}

/** UTF-16 without BOM: ASCII text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 1024)
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return 'le'
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return 'be'
  return null
}

/** Binary: any NUL byte, or more than 10% control bytes other than tab, newline, CR, FF, ESC. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return control > n * 0.1
}
