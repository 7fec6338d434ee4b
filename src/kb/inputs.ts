/**
 * The inputs of `chronicle ingest`: files, directories, globs, JSONL, WARC files (as Common
 * Crawl's CC-NEWS ships them: gzip-compressed records, read with warcio) and standard input.
 * Everything but WARC is read by `readSources` (src/io/sources.ts); this module expands globs,
 * walks directories so WARC files inside them are recognised, and reads WARC records.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'
import { WARCParser } from 'warcio'
import { message } from '../core/messages.js'
import { contentId } from '../io/content-id.js'
import {
  failedItem,
  fromBytes,
  readSources,
  type SourceItem,
  type SourceOptions,
  walkFiles,
} from '../io/sources.js'

/** True for `.warc`, `.warc.gz` (and `.arc`-less CC-NEWS names). */
export function isWarc(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path)
}

/** True when a path has glob characters. */
export function isGlob(path: string): boolean {
  return /[*?[]/.test(path)
}

/**
 * Expands a glob (`*`, `?`, `[...]` within a segment, `**` for any depth), sorted. Node 20 has
 * no `fs.glob`, and the shell expands unquoted globs anyway: this serves quoted ones.
 */
export function expandGlob(pattern: string): string[] {
  const absolute = pattern.startsWith('/')
  const parts = pattern.split(/[\\/]+/).filter((p) => p !== '')
  const out: string[] = []
  const visit = (dir: string, i: number) => {
    if (i === parts.length) {
      out.push(dir)
      return
    }
    const part = parts[i] as string
    if (part === '**') {
      visit(dir, i + 1)
      for (const e of safeList(dir)) {
        if (e.isDirectory() && !e.name.startsWith('.')) visit(join(dir, e.name), i)
      }
      return
    }
    if (!isGlob(part)) {
      visit(join(dir, part), i + 1)
      return
    }
    const re = segmentRegExp(part)
    for (const e of safeList(dir)) {
      if (e.name.startsWith('.') || !re.test(e.name)) continue
      visit(join(dir, e.name), i + 1)
    }
  }
  visit(absolute ? sep : '.', 0)
  return [...new Set(out.map((p) => (absolute ? p : p.replace(/^\.\//, ''))))]
    .filter((p) => {
      try {
        return statSync(p).isFile()
      } catch {
        return false
      }
    })
    .sort()
}

function safeList(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  } catch {
    return []
  }
}

function segmentRegExp(segment: string): RegExp {
  let re = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string
    if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const close = segment.indexOf(']', i)
      if (close < 0) re += '\\['
      else {
        re += `[${segment.slice(i + 1, close).replace(/^!/, '^')}]`
        i = close
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** The files a list of inputs names, in order: globs expanded, directories walked. */
export function expandInputs(paths: readonly string[]): string[] {
  const out: string[] = []
  for (const p of paths) {
    if (p === '-') out.push(p)
    else if (isGlob(p) && !exists(p)) out.push(...expandGlob(p))
    else if (isDir(p)) out.push(...walkFiles(p))
    else out.push(p)
  }
  return out
}

function exists(p: string): boolean {
  try {
    statSync(p)
    return true
  } catch {
    return false
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/**
 * Reads every input as items, in order. WARC files give one item per HTML `response` record
 * (its URL kept); everything else goes through `readSources`.
 */
export async function* readInputs(
  paths: readonly string[],
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  const files = paths.length === 0 ? ['-'] : expandInputs(paths)
  for (const file of files) {
    if (file !== '-' && isWarc(file)) yield* readWarc(file, options)
    else yield* readSources([file], options)
  }
}

/** The HTML responses of one WARC file (gzip per record or not: warcio reads both). */
export async function* readWarc(file: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let n = 0
  try {
    const parser = new WARCParser(createReadStream(file) as unknown as AsyncIterable<Uint8Array>)
    for await (const record of parser) {
      n++
      if (record.warcType !== 'response') {
        await record.skipFully()
        continue
      }
      const type = record.httpHeaders?.headers.get('content-type') ?? ''
      if (type !== '' && !/html|text\/plain/i.test(type)) {
        await record.skipFully()
        continue
      }
      const bytes = await record.readFully(true)
      const url = record.warcTargetURI ?? null
      const format = options.format === 'auto' ? 'html' : options.format
      yield { ...fromBytes(bytes, file, url, { ...options, format }), where: `${file} record ${n}` }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    yield failedItem(
      file,
      message('input/unreadable', `${file}: WARC record ${n} unreadable: ${reason}`, 'input'),
      options,
      contentId(`${file}#${n}`),
    )
  }
}

/**
 * How many documents the inputs hold, when that is cheap to know (files and JSONL lines), for
 * the progress bar's ETA; null when unknown (standard input, WARC).
 */
export async function estimateTotal(paths: readonly string[]): Promise<number | null> {
  let total = 0
  for (const file of paths.length === 0 ? ['-'] : expandInputs(paths)) {
    if (file === '-' || isWarc(file)) return null
    if (/\.(jsonl|ndjson)$/i.test(file)) total += await countLines(file)
    else total++
  }
  return total
}

async function countLines(file: string): Promise<number> {
  let n = 0
  let last = 10
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++
    if (chunk.length > 0) last = chunk[chunk.length - 1] as number
  }
  return last === 10 ? n : n + 1
}
