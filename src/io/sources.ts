import { createReadStream, type Dirent, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { createInterface } from 'node:readline'
import type { RawInput } from '../core/doc.js'
import { message } from '../core/messages.js'
import type { Message } from '../core/schema.js'
import { contentId } from './content-id.js'
import { decode } from './decode.js'

/** How the user asked inputs to be read. */
export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl'

/** Options that shape every raw input. */
export interface SourceOptions {
  readonly format: InputFormat
  readonly date: string | null
  readonly bodyOnly: boolean
  readonly maxBytes: number
}

/** One input, decoded or not: a fatal message in `messages` means `raw.content` is empty. */
export interface SourceItem {
  readonly id: string
  readonly raw: RawInput
  readonly messages: readonly Message[]
  /** Where in its input the item is, when the input holds many ("a.jsonl line 12"). */
  readonly where?: string
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md'])
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml'])
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson'])
/** A file holding one JSON record (news-please writes one per article) or an array of them. */
const JSON_EXTENSION = '.json'

/**
 * Reads every input named on the command line, in order: `-` is standard input, a directory is
 * walked (sorted, hidden files skipped), JSONL files give one item per record, and so do `.json`
 * files (one record, or an array of records). Unreadable inputs become items with a fatal
 * message; nothing here throws for one bad input.
 */
export async function* readSources(
  paths: readonly string[],
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  for (const path of paths.length === 0 ? ['-'] : paths) {
    if (path === '-') {
      const bytes = await readStdin()
      if (options.format === 'jsonl')
        yield* jsonlRecords(bytes.toString('utf8').split('\n'), null, options)
      else yield fromBytes(bytes, null, null, options)
      continue
    }
    let isDir = false
    try {
      isDir = statSync(path).isDirectory()
    } catch (error) {
      yield failedItem(
        path,
        message('input/unreadable', `cannot read ${path}: ${reason(error)}`, 'input'),
        options,
      )
      continue
    }
    const files = isDir ? walkFiles(path) : [path]
    for (const file of files) yield* readFile(file, options)
  }
}

async function* readFile(file: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const ext = extname(file).toLowerCase()
  if (options.format === 'jsonl' || (options.format === 'auto' && JSONL_EXTENSIONS.has(ext))) {
    const lines = createInterface({
      input: createReadStream(file),
      crlfDelay: Number.POSITIVE_INFINITY,
    })
    try {
      yield* jsonlRecords(lines, file, options)
    } catch (error) {
      yield failedItem(
        file,
        message('input/unreadable', `cannot read ${file}: ${reason(error)}`, 'input'),
        options,
      )
    }
    return
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    yield failedItem(
      file,
      message('input/unreadable', `cannot read ${file}: ${reason(error)}`, 'input'),
      options,
    )
    return
  }
  if (options.format === 'auto' && ext === JSON_EXTENSION) yield* jsonRecords(bytes, file, options)
  else yield fromBytes(bytes, file, null, options)
}

/** A `.json` file: one record, or an array of records, each read as a JSONL line would be. */
function* jsonRecords(bytes: Buffer, file: string, options: SourceOptions): Generator<SourceItem> {
  const content = bytes.toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(content)
  } catch (error) {
    const m = message('input/bad-record', `${file}: not JSON (${reason(error)})`, 'input')
    yield { ...failedItem(file, m, options, contentId(content)), where: file }
    return
  }
  const records = Array.isArray(value) ? value : [value]
  for (let k = 0; k < records.length; k++) {
    const where = records.length > 1 ? `${file} record ${k + 1}` : file
    yield {
      ...recordItem(records[k], JSON.stringify(records[k]) ?? '', where, file, options),
      where,
    }
  }
}

async function* jsonlRecords(
  lines: AsyncIterable<string> | Iterable<string>,
  file: string | null,
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  let n = 0
  for await (const line of lines) {
    n++
    if (line.trim() === '') continue
    const where = `${file ?? 'stdin'} line ${n}`
    yield { ...parseRecord(line, where, file, options), where }
  }
}

/**
 * The fields a JSONL record may give its publication date in: the contract's `date`, then the
 * names common dumps use (news-please's `date_publish`, `published`, schema.org's
 * `datePublished`...). The first one present wins.
 */
const DATE_FIELDS = [
  'date',
  'published',
  'date_publish',
  'publish_date',
  'published_at',
  'datePublished',
] as const

function recordDate(str: (k: string) => string | null): string | null {
  for (const k of DATE_FIELDS) {
    const v = str(k)
    if (v !== null && v.trim() !== '') return v
  }
  return null
}

function parseRecord(
  line: string,
  where: string,
  file: string | null,
  options: SourceOptions,
): SourceItem {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    return failedItem(
      file,
      message('input/bad-record', `${where}: not JSON (${reason(error)})`, 'input'),
      options,
      contentId(line),
    )
  }
  return recordItem(record, line, where, file, options)
}

/** One parsed record (`line` is its source text, for the id of a record without one). */
function recordItem(
  record: unknown,
  line: string,
  where: string,
  file: string | null,
  options: SourceOptions,
): SourceItem {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return failedItem(
      file,
      message('input/bad-record', `${where}: a record must be a JSON object`, 'input'),
      options,
      contentId(line),
    )
  }
  const r = record as Record<string, unknown>
  const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null)
  const id = str('id') ?? (typeof r.id === 'number' ? String(r.id) : null)
  // news-please writes the article body as `maintext` in its newer versions.
  const text = str('text') ?? str('maintext')
  const html = str('html')
  if ((text === null) === (html === null)) {
    return failedItem(
      file,
      message(
        'input/bad-record',
        `${where}: a record needs exactly one of "text" and "html"`,
        'input',
      ),
      options,
      id ?? contentId(line),
    )
  }
  const content = (text ?? html) as string
  const raw: RawInput = {
    id,
    path: file,
    url: str('url'),
    format: html !== null && !options.bodyOnly ? 'html' : 'text',
    content,
    date: options.date ?? recordDate(str),
    title: str('title') ?? str('headline'),
    bodyOnly: options.bodyOnly,
  }
  const size = Buffer.byteLength(content)
  const messages: Message[] = []
  if (content.trim() === '')
    messages.push(message('input/empty', `${where}: the record's content is empty`, 'input'))
  else if (size > options.maxBytes) {
    messages.push(
      message(
        'input/too-large',
        `${where}: ${size} bytes, over the limit of ${options.maxBytes}`,
        'input',
      ),
    )
  }
  return {
    id: id ?? contentId(content),
    raw: messages.length ? { ...raw, content: '' } : raw,
    messages,
  }
}

/** Decodes one file's (or stdin's) bytes into an item. */
export function fromBytes(
  bytes: Uint8Array,
  path: string | null,
  url: string | null,
  options: SourceOptions,
): SourceItem {
  const decoded = decode(bytes, options.maxBytes)
  const content = decoded.text ?? ''
  const raw: RawInput = {
    id: null,
    path,
    url,
    format: formatOf(path, content, options),
    content,
    date: options.date,
    title: null,
    bodyOnly: options.bodyOnly,
  }
  return { id: contentId(bytes), raw, messages: decoded.messages }
}

function formatOf(
  path: string | null,
  content: string,
  options: SourceOptions,
): RawInput['format'] {
  if (options.bodyOnly || options.format === 'text') return 'text'
  if (options.format === 'html') return 'html'
  const ext = path ? extname(path).toLowerCase() : ''
  if (HTML_EXTENSIONS.has(ext)) return 'html'
  if (TEXT_EXTENSIONS.has(ext)) return 'text'
  return looksLikeHtml(content) ? 'html' : 'text'
}

/** HTML: a doctype, or an `<html>`, `<head>` or `<body>` tag near the start. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 2048).trimStart().toLowerCase()
  return (
    head.startsWith('<!doctype html') ||
    /<(html|head|body)[\s>]/.test(head) ||
    /^<\?xml[^>]*>\s*<html/.test(head)
  )
}

/** An item for an input that could not be read: empty content and the fatal message. */
export function failedItem(
  path: string | null,
  m: Message,
  options: SourceOptions,
  id?: string,
): SourceItem {
  const raw: RawInput = {
    id: null,
    path,
    url: null,
    format: 'text',
    content: '',
    date: options.date,
    title: null,
    bodyOnly: options.bodyOnly,
  }
  return { id: id ?? contentId(path ?? ''), raw, messages: [m] }
}

/** The files under a directory, sorted by name, hidden ones skipped; unreadable folders give none. */
export function walkFiles(dir: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    // An unreadable sub-folder holds no inputs we can read; its siblings still count.
    return []
  }
  const out: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walkFiles(full))
    else if (entry.isFile()) out.push(full)
  }
  return out
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
