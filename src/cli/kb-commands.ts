/**
 * The knowledge-base commands: `ingest`, `search`, `timeline`, `quotes`, `entities`, `stories`,
 * `show` and `export` (CONTRACT.md §3). Query commands print a table, or JSON Lines with
 * `--format jsonl`.
 */
import { parseArgs } from 'node:util'
import { ChronicleError } from '../core/errors.js'
import { EXPORT_FORMATS, type ExportFormat, exportStore } from '../kb/export.js'
import { ingest } from '../kb/ingest.js'
import { openStore, type Store } from '../kb/store.js'
import { defaultJobs } from '../kb/worker-pool.js'
import { EXTRACT_OPTIONS, sourceOptions } from './extract-command.js'
import { formatText } from './format-text.js'
import { printRows, writeOut } from './kb-commands-table.js'

/** The default database file. */
export const DEFAULT_DB = './chronicle.db'

const DB_OPTION = { db: { type: 'string', default: DEFAULT_DB } } as const
const FORMAT_OPTION = { format: { type: 'string', default: 'table' } } as const

function checkFormat(format: string, allowed: readonly string[] = ['table', 'jsonl']): string {
  if (!allowed.includes(format)) {
    throw new ChronicleError('E_USAGE', `--format must be ${allowed.join(' or ')}, not "${format}"`)
  }
  return format
}

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new ChronicleError(
      'E_USAGE',
      `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`,
    )
  }
  return value
}

function checkCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    throw new ChronicleError('E_USAGE', `--${name} must be a whole number, not "${value}"`)
  }
  return n
}

async function withStore<T>(db: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db)
  try {
    return await run(store)
  } finally {
    await store.close()
  }
}

/** `chronicle ingest`: extracts inputs into the knowledge base. Exit 1 when some failed. */
export async function ingestCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...EXTRACT_OPTIONS,
      ...DB_OPTION,
      jobs: { type: 'string' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'retry-failed': { type: 'boolean', default: false },
    },
  })
  const sources = sourceOptions(values)
  const jobs = checkCount('jobs', values.jobs) ?? defaultJobs()
  const batchSize = checkCount('batch-size', values['batch-size']) ?? 100
  if (batchSize < 1) throw new ChronicleError('E_USAGE', '--batch-size must be at least 1')
  return withStore(values.db, async (store) => {
    // Inputs that failed before are skipped like stored ones, unless asked to try them again.
    if (values['retry-failed']) await store.forgetFailures()
    const report = await ingest(store, positionals, {
      sources,
      jobs,
      batchSize,
      progress: !values.quiet,
      onFailure: (f) => {
        process.stderr.write(`chronicle: ${f.source ?? f.id}: ${f.code}: ${f.reason}\n`)
      },
    })
    if (report.read === 0) process.stderr.write('chronicle: no input was read\n')
    return report.failed > 0 ? 1 : 0
  })
}

/** `chronicle search QUERY`: full-text search, best first. */
export async function searchCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...DB_OPTION,
      ...FORMAT_OPTION,
      from: { type: 'string' },
      to: { type: 'string' },
      entity: { type: 'string' },
      site: { type: 'string' },
      limit: { type: 'string' },
    },
  })
  const format = checkFormat(values.format)
  const query = positionals.join(' ').trim()
  if (query === '') throw new ChronicleError('E_USAGE', 'search needs a QUERY')
  const hits = await withStore(values.db, (store) =>
    store.search({
      query,
      from: checkDate('from', values.from),
      to: checkDate('to', values.to),
      entity: values.entity,
      site: values.site,
      limit: checkCount('limit', values.limit) ?? 20,
    }),
  )
  await printRows(hits, format, [
    { title: 'id', value: (h) => h.id, max: 24 },
    { title: 'date', value: (h) => h.date, max: 10 },
    { title: 'site', value: (h) => h.site, max: 24 },
    { title: 'score', value: (h) => h.score.toFixed(2) },
    { title: 'title', value: (h) => h.title, max: 60 },
  ])
  return 0
}

/** `chronicle timeline --actor NAME [--with NAME]`: events oldest first with their sources. */
export async function timelineCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...DB_OPTION,
      ...FORMAT_OPTION,
      actor: { type: 'string' },
      with: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
    },
  })
  const format = checkFormat(values.format)
  if (!values.actor) throw new ChronicleError('E_USAGE', 'timeline needs --actor NAME')
  const actor = values.actor
  const { events, quotes } = await withStore(values.db, async (store) => {
    const events = await store.timeline({
      actor,
      with: values.with,
      from: checkDate('from', values.from),
      to: checkDate('to', values.to),
      limit: checkCount('limit', values.limit),
    })
    // For a pair: what each said about the other (quotes whose content names the other).
    const quotes =
      values.with && format !== 'jsonl'
        ? [
            ...(await store.quotes({ speaker: actor, mentioning: values.with, limit: 20 })),
            ...(await store.quotes({ speaker: values.with, mentioning: actor, limit: 20 })),
          ]
        : []
    return { events, quotes }
  })
  await printRows(
    events,
    format,
    [
      { title: 'date', value: (e) => e.date, max: 10 },
      { title: 'category', value: (e) => e.category, max: 12 },
      { title: 'mode', value: (e) => e.mode, max: 12 },
      { title: 'actor', value: (e) => e.actor, max: 24 },
      { title: 'recipient', value: (e) => e.recipient, max: 24 },
      { title: 'status', value: (e) => e.status, max: 12 },
      { title: 'intensity', value: (e) => e.intensity },
      { title: 'sources', value: (e) => e.sources },
      { title: 'documents', value: (e) => e.documents.join(','), max: 40 },
    ],
    (e) => ({
      date: e.date,
      category: e.category,
      mode: e.mode,
      actor: e.actor,
      recipient: e.recipient,
      status: e.status,
      intensity: e.intensity,
      sources: e.sources,
      documents: e.documents,
      sentences: e.sentences,
      id: e.id,
    }),
  )
  if (quotes.length > 0) {
    await writeOut('\nQuotes between them:\n')
    await printRows(quotes, format, [
      { title: 'date', value: (q) => q.date, max: 10 },
      { title: 'speaker', value: (q) => q.speaker, max: 24 },
      { title: 'quote', value: (q) => q.text, max: 90 },
    ])
  }
  return 0
}

/** `chronicle quotes [--speaker NAME] [--channel C] [QUERY]`. */
export async function quotesCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...DB_OPTION,
      ...FORMAT_OPTION,
      speaker: { type: 'string' },
      channel: { type: 'string' },
      limit: { type: 'string' },
    },
  })
  const format = checkFormat(values.format)
  const query = positionals.join(' ').trim()
  const rows = await withStore(values.db, (store) =>
    store.quotes({
      speaker: values.speaker,
      channel: values.channel,
      query: query === '' ? undefined : query,
      limit: checkCount('limit', values.limit) ?? 100,
    }),
  )
  await printRows(rows, format, [
    { title: 'date', value: (q) => q.date, max: 10 },
    { title: 'speaker', value: (q) => q.speaker, max: 24 },
    { title: 'channel', value: (q) => q.channel, max: 16 },
    { title: 'quote', value: (q) => q.text, max: 80 },
    { title: 'document', value: (q) => q.document, max: 20 },
  ])
  return 0
}

/** `chronicle entities [--type T] [--limit N]`: the most mentioned entities. */
export async function entitiesCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...DB_OPTION,
      ...FORMAT_OPTION,
      type: { type: 'string' },
      limit: { type: 'string' },
    },
  })
  const format = checkFormat(values.format)
  const type = values.type?.toUpperCase()
  if (type !== undefined && !['PERSON', 'ORG', 'LOC', 'MISC'].includes(type)) {
    throw new ChronicleError('E_USAGE', `--type must be PERSON, ORG, LOC or MISC, not "${type}"`)
  }
  const rows = await withStore(values.db, (store) =>
    store.entities({ type, limit: checkCount('limit', values.limit) ?? 50 }),
  )
  await printRows(rows, format, [
    { title: 'name', value: (e) => e.name, max: 40 },
    { title: 'type', value: (e) => e.type },
    { title: 'documents', value: (e) => e.documents },
    { title: 'mentions', value: (e) => e.mentions },
  ])
  return 0
}

/** `chronicle stories`: story clusters, largest first. */
export async function storiesCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...DB_OPTION,
      ...FORMAT_OPTION,
      limit: { type: 'string' },
      'min-size': { type: 'string' },
    },
  })
  const format = checkFormat(values.format)
  const rows = await withStore(values.db, (store) =>
    store.stories({
      limit: checkCount('limit', values.limit),
      minSize: checkCount('min-size', values['min-size']),
    }),
  )
  await printRows(
    rows,
    format,
    [
      { title: 'story', value: (s) => s.story, max: 20 },
      { title: 'articles', value: (s) => s.documents.length },
      { title: 'from', value: (s) => s.firstDate, max: 10 },
      { title: 'to', value: (s) => s.lastDate, max: 10 },
      { title: 'title', value: (s) => s.title, max: 70 },
    ],
    (s) => ({ story: s.story, documents: s.documents, title: s.title }),
  )
  return 0
}

/** `chronicle show DOCUMENT_ID`: one stored Document with its layers. */
export async function showCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { ...DB_OPTION, format: { type: 'string', default: 'text' } },
  })
  const format = checkFormat(values.format, ['text', 'json', 'jsonl'])
  const id = positionals[0]
  if (!id || positionals.length > 1)
    throw new ChronicleError('E_USAGE', 'show needs one DOCUMENT_ID')
  const found = await withStore(values.db, async (store) => ({
    doc: await store.document(id),
    story: await store.storyOf(id),
  }))
  if (!found.doc) {
    process.stderr.write(`chronicle: no document "${id}" in ${values.db}\n`)
    return 1
  }
  if (format === 'jsonl') await writeOut(`${JSON.stringify(found.doc)}\n`)
  else if (format === 'json') await writeOut(`${JSON.stringify(found.doc, null, 2)}\n`)
  else await writeOut(`${formatText(found.doc)}\n\nstory ${found.story ?? '(none)'}\n`)
  return 0
}

/** `chronicle export --format jsonl|events-tsv|plover-json`: the whole base to stdout. */
export async function exportCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...DB_OPTION, format: { type: 'string', default: 'jsonl' } },
  })
  const format = checkFormat(values.format, EXPORT_FORMATS) as ExportFormat
  await withStore(values.db, (store) => exportStore(store, format, (line) => writeOut(line)))
  return 0
}
