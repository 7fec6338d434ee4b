import { parseArgs } from 'node:util'
import { ChronicleError } from '../core/errors.js'
import { hasFatal } from '../core/messages.js'
import { type Context, DEFAULT_CONTEXT } from '../core/pipeline.js'
import type { DocumentJSON } from '../core/schema.js'
import { extractItem } from '../extract.js'
import { type InputFormat, readSources } from '../io/sources.js'
import { formatText } from './format-text.js'

/** Options shared by `extract` and `ingest`. */
export const EXTRACT_OPTIONS = {
  input: { type: 'string', default: 'auto' },
  date: { type: 'string' },
  body: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
} as const

/** The source options from parsed `extract` flags; throws a usage error on bad values. */
export function sourceOptions(values: {
  input?: string | undefined
  date?: string | undefined
  body?: boolean | undefined
  'max-bytes'?: string | undefined
}) {
  const format = values.input ?? 'auto'
  if (!['auto', 'text', 'html', 'jsonl'].includes(format)) {
    throw new ChronicleError(
      'E_USAGE',
      `--input must be auto, text, html or jsonl, not "${format}"`,
    )
  }
  const date = values.date ?? null
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ChronicleError('E_USAGE', `--date must be YYYY-MM-DD, not "${date}"`)
  }
  const maxBytes =
    values['max-bytes'] === undefined ? DEFAULT_CONTEXT.maxBytes : Number(values['max-bytes'])
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new ChronicleError('E_USAGE', `--max-bytes must be a positive number of bytes`)
  }
  return { format: format as InputFormat, date, bodyOnly: values.body ?? false, maxBytes }
}

/**
 * `chronicle extract`: Documents to stdout, problems to stderr. Returns the exit status:
 * 0 all read, 1 some inputs failed.
 */
export async function extractCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...EXTRACT_OPTIONS, format: { type: 'string', default: 'json' } },
  })
  const format = values.format
  if (format !== 'json' && format !== 'jsonl' && format !== 'text') {
    throw new ChronicleError('E_USAGE', `--format must be json, jsonl or text, not "${format}"`)
  }
  const options = sourceOptions(values)
  const ctx: Context = { ...DEFAULT_CONTEXT, maxBytes: options.maxBytes }
  const out = process.stdout
  let failed = 0
  let count = 0
  const docs: DocumentJSON[] = []
  for await (const item of readSources(positionals, options)) {
    const doc = extractItem(item, undefined, ctx)
    count++
    if (hasFatal(doc.messages)) {
      failed++
      for (const m of doc.messages.filter((x) => x.severity === 'fatal')) {
        process.stderr.write(`chronicle: ${doc.input.path ?? doc.id}: ${m.code}: ${m.reason}\n`)
      }
    }
    if (format === 'jsonl') await write(out, `${JSON.stringify(doc)}\n`)
    else if (format === 'text') await write(out, `${formatText(doc)}\n`)
    else docs.push(doc)
  }
  if (format === 'json') {
    const body = docs.length === 1 ? docs[0] : docs
    await write(out, `${JSON.stringify(body, null, 2)}\n`)
  }
  if (count === 0) process.stderr.write('chronicle: no input was read\n')
  return failed > 0 ? 1 : 0
}

/** Writes with back-pressure, so a huge batch never piles up in memory. */
function write(stream: NodeJS.WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(chunk)) resolve()
    else stream.once('drain', resolve)
  })
}
