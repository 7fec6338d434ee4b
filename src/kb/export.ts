/**
 * Exports of the knowledge base, each streamed a page at a time:
 * - `jsonl`: every Document, one per line, in ingest order;
 * - `events-tsv`: one merged event per row, in a GDELT-like column layout;
 * - `plover-json`: one PLOVER event record per line (the layout of the PLOVER gold-standard
 *   records: `event`, `mode`, `source`/`target` actors, `eventText`, `text`, `date`).
 */
import type { DocumentJSON } from '../core/schema.js'
import type { Store } from './store.js'

/** The export formats. */
export const EXPORT_FORMATS = ['jsonl', 'events-tsv', 'plover-json'] as const
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The header of `events-tsv` (GDELT 2.0 event names where one fits). */
export const EVENTS_TSV_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Name',
  'Actor2Name',
  'EventCode',
  'PloverCategory',
  'PloverMode',
  'Status',
  'GoldsteinScale',
  'NumArticles',
  'NumMentions',
  'SOURCEURL',
  'DocumentIds',
  'EventDate',
] as const

function tsvCell(v: string | number | null): string {
  return v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' ')
}

/** Writes an export, line by line, through `write` (which may wait for back-pressure). */
export async function exportStore(
  store: Store,
  format: ExportFormat,
  write: (line: string) => Promise<void>,
): Promise<number> {
  let n = 0
  if (format === 'jsonl') {
    for await (const doc of store.documents()) {
      await write(`${JSON.stringify(doc)}\n`)
      n++
    }
    return n
  }
  if (format === 'events-tsv') {
    await write(`${EVENTS_TSV_COLUMNS.join('\t')}\n`)
    for await (const e of store.mergedEvents()) {
      const cells = [
        e.id,
        // GDELT's SQLDATE is a day: only events dated to the day have one; EventDate keeps
        // the TIMEX3 value of every date ("2024-W39", "2019")
        e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10).replace(/-/g, '') : null,
        e.actor,
        e.recipient,
        e.cameo,
        e.category,
        e.mode,
        e.status,
        e.intensity,
        e.documents.length,
        e.sources,
        e.url,
        e.documents.join(','),
        e.date,
      ]
      await write(`${cells.map(tsvCell).join('\t')}\n`)
      n++
    }
    return n
  }
  const cache = new Map<string, DocumentJSON | null>()
  for await (const e of store.mergedEvents()) {
    const first = e.sentences[0]
    let text: string | null = null
    if (first) {
      if (!cache.has(first.document)) {
        if (cache.size > 256) cache.clear()
        cache.set(first.document, await store.document(first.document))
      }
      const doc = cache.get(first.document)
      const s = doc?.sentences[first.sentence]
      if (doc && s) text = doc.text.slice(s.start, s.end)
    }
    const record = {
      id: e.id,
      date: e.date,
      event: e.category,
      mode: e.mode,
      eventText: e.trigger,
      source: e.actor ? [{ actorText: e.actor }] : [],
      target: e.recipient ? [{ actorText: e.recipient }] : [],
      text,
      status: e.status,
      intensity: e.intensity,
      numSources: e.sources,
      numArticles: e.documents.length,
      url: e.url,
      documents: e.documents,
    }
    await write(`${JSON.stringify(record)}\n`)
    n++
  }
  return n
}
