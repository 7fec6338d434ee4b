/**
 * `npm run eval -- reader-html [--verbose] [--only SUBSTRING]`: the HTML reader on the trafilatura
 * pages in ../shared/data/html-dev. Body: precision/recall/F1 over the `with`/`without` snippets
 * (per page, TP = a `with` snippet found, FN = one missing, FP = a `without` snippet found; summed
 * over pages; compared after white-space normalisation). Title, author and date: accuracy over the
 * entries that give a non-empty value.
 */
import { readFileSync } from 'node:fs'
import { decode } from '../src/io/decode.js'
import { readHtml } from '../src/reader/html-reader.js'
import { requireData, type Scores } from './baseline.js'

interface Entry {
  readonly file: string
  readonly with: readonly string[]
  readonly without: readonly string[]
  readonly title?: string | null
  readonly author?: string | readonly string[] | null
  readonly date?: string | null
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()

/** Author names of a gold or predicted value, for a loose, order-free comparison. */
function nameSet(value: string | readonly string[]): string[] {
  const list = typeof value === 'string' ? [value] : value
  return list
    .flatMap((v) => v.split(/\s*(?:,|;|\/|&|\s+and\s+|\s+und\s+)\s*/i))
    .map((v) =>
      norm(v)
        .replace(/^(?:by|von|par|por)\s+/, '')
        .replace(/[^\p{L}\p{N} ]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((v) => v !== '')
}

/** Loose: every gold name is matched by a predicted one (equal, or one contains the other). */
function sameAuthors(gold: string | readonly string[], found: readonly string[]): boolean {
  const g = nameSet(gold)
  const f = nameSet(found)
  if (g.length === 0 || f.length === 0) return false
  const match = (a: string, b: string) =>
    a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)
  return g.every((x) => f.some((y) => match(x, y))) && f.every((y) => g.some((x) => match(x, y)))
}

const given = (v: unknown): boolean =>
  (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0)

/** Scores the HTML reader on html-dev; see the file comment. */
export async function evalReaderHtml(args: readonly string[]): Promise<Scores> {
  const dir = requireData('html-dev/')
  const data = JSON.parse(readFileSync(`${dir}evaldata.json`, 'utf8')) as Record<string, Entry>
  const verbose = args.includes('--verbose')
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined
  let tp = 0
  let fn = 0
  let fp = 0
  const acc = { title: { ok: 0, n: 0 }, author: { ok: 0, n: 0 }, date: { ok: 0, n: 0 } }
  for (const [url, entry] of Object.entries(data)) {
    if (only && !entry.file.includes(only) && !url.includes(only)) continue
    const decoded = decode(readFileSync(`${dir}pages/${entry.file}`), 1e9)
    const reading = readHtml(decoded.text ?? '', url)
    const text = norm(reading.text)
    const problems: string[] = []
    for (const s of entry.with) {
      if (text.includes(norm(s))) tp++
      else {
        fn++
        const n = norm(s)
        const dropped = reading.removed.find((r) => norm(r.text).includes(n))
        const why = dropped ? ` (removed: ${dropped.reason})` : ''
        problems.push(`  missing: ${s}${why}`)
      }
    }
    for (const s of entry.without) {
      if (text.includes(norm(s))) {
        fp++
        problems.push(`  kept:    ${s}`)
      }
    }
    const { meta } = reading
    if (given(entry.title)) {
      acc.title.n++
      if (norm(meta.title ?? '') === norm(entry.title as string)) acc.title.ok++
      else
        problems.push(`  title:   ${JSON.stringify(meta.title)} != ${JSON.stringify(entry.title)}`)
    }
    if (given(entry.author)) {
      acc.author.n++
      if (sameAuthors(entry.author as string, meta.authors)) acc.author.ok++
      else
        problems.push(
          `  author:  ${JSON.stringify(meta.authors)} != ${JSON.stringify(entry.author)}`,
        )
    }
    if (given(entry.date)) {
      acc.date.n++
      if (meta.documentDate === (entry.date as string).slice(0, 10)) acc.date.ok++
      else problems.push(`  date:    ${meta.documentDate} != ${entry.date}`)
    }
    if (verbose && problems.length > 0) {
      const codes = reading.messages.map((m) => m.code).join(',')
      process.stdout.write(problems.map((p) => `${entry.file} [${codes}]${p}\n`).join(''))
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  const ratio = ({ ok, n }: { ok: number; n: number }) => (n ? ok / n : 0)
  return {
    body_precision: precision,
    body_recall: recall,
    body_f1: f1,
    title_accuracy: ratio(acc.title),
    author_accuracy: ratio(acc.author),
    date_accuracy: ratio(acc.date),
  }
}
