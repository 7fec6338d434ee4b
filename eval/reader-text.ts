/**
 * `npm run eval -- reader-text`: the plain-text reader on whole flattened pages. Each page of
 * html-dev (trafilatura's evaluation set, non-English TLDs) is flattened to its visible text, one
 * block per line, and read by `readText`. Scores:
 * - body precision / recall / F1 over snippets: per page, TP = `with` snippets found in the text,
 *   FN = `with` snippets missing, FP = `without` snippets found; summed over pages; compared after
 *   whitespace normalisation;
 * - title, author, date accuracy over the entries that state them (non-empty): title by
 *   case- and space-insensitive equality; authors as loose name sets; the date as YYYY-MM-DD
 *   equal to meta.documentDate or the day of meta.published.
 * `--verbose` prints each miss; `--show title|author|date|body` the misses of one field.
 */
import { readFileSync } from 'node:fs'
import { decode } from '../src/io/decode.js'
import { readText } from '../src/reader/text-reader.js'
import type { Scores } from './baseline.js'
import { flattenHtml } from './flatten.js'
import { authorsMatch, loadHtmlDev, norm } from './reader-score.js'

/** Runs the suite; see the module comment. */
export async function evalReaderText(args: readonly string[]): Promise<Scores> {
  // `--show title|author|date|body` prints the misses of one field only.
  const showAt = args.indexOf('--show')
  const show = showAt >= 0 ? (args[showAt + 1] ?? '') : null
  const verbose = args.includes('--verbose') || show !== null
  const shows = (field: string) => show === null || show === field
  const { dir, entries } = loadHtmlDev()
  let tp = 0
  let fn = 0
  let fp = 0
  const acc: Record<'title' | 'author' | 'date', [number, number]> = {
    title: [0, 0],
    author: [0, 0],
    date: [0, 0],
  }
  for (const [url, e] of entries) {
    const decoded = decode(readFileSync(`${dir}pages/${e.file}`), 64 * 1024 * 1024)
    if (decoded.text === null) continue
    const reading = readText(flattenHtml(decoded.text, url))
    const text = norm(reading.text)
    for (const w of e.with) {
      if (text.includes(norm(w))) tp++
      else {
        fn++
        if (verbose && shows('body')) process.stdout.write(`FN ${e.file}: ${w}\n`)
      }
    }
    for (const w of e.without) {
      if (text.includes(norm(w))) {
        fp++
        if (verbose && shows('body')) process.stdout.write(`FP ${e.file}: ${w}\n`)
      }
    }
    const check = (key: 'title' | 'author' | 'date', ok: boolean, shown: string) => {
      const a = acc[key]
      a[1]++
      if (ok) a[0]++
      else if (verbose && shows(key))
        process.stdout.write(
          `${key.toUpperCase()} ${e.file} (${url}): want "${String(e[key])}" got "${shown}"\n`,
        )
    }
    if (e.title)
      check('title', norm(reading.meta.title ?? '') === norm(e.title), reading.meta.title ?? '')
    if (e.author)
      check('author', authorsMatch(e.author, reading.meta.authors), reading.meta.authors.join('; '))
    if (e.date) {
      const days = [reading.meta.documentDate, reading.meta.published?.slice(0, 10)]
      check('date', days.includes(e.date), days.join(' / '))
    }
  }
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  const rate = ([ok, n]: [number, number]) => (n ? ok / n : 0)
  process.stdout.write(
    `snippets: TP ${tp} FN ${fn} FP ${fp}; title n=${acc.title[1]} author n=${acc.author[1]} date n=${acc.date[1]}\n`,
  )
  return {
    'body.precision': precision,
    'body.recall': recall,
    'body.f1': precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    'title.accuracy': rate(acc.title),
    'author.accuracy': rate(acc.author),
    'date.accuracy': rate(acc.date),
  }
}
