/**
 * `npm run eval -- reader-text`: the plain-text reader on whole flattened pages. Each page of
 * html-dev (trafilatura's evaluation set, non-English TLDs) is flattened to its visible text, one
 * block per line, and read by `readText`. Scores:
 * - body precision / recall / F1 over snippets: per page, TP = `with` snippets found in the text,
 *   FN = `with` snippets missing, FP = `without` snippets found; summed over pages; compared after
 *   whitespace normalisation;
 * - title, author, date accuracy over the entries that state them (non-empty): title by
 *   `titleMatch` (case, space, dash and quote forms folded); authors as loose name sets; the date
 *   as YYYY-MM-DD equal to meta.documentDate or the day of meta.published.
 * Each score is given on all pages and, as `en.*`, on the English pages alone ({@link english}):
 * the figure closest to the held-back English news pages (a small split; not one to tune on).
 * `--verbose` prints each miss; `--show title|author|date|body` the misses of one field.
 */
import { readFileSync } from 'node:fs'
import { decode } from '../src/io/decode.js'
import { readText } from '../src/reader/text-reader.js'
import type { Scores } from './baseline.js'
import { flattenHtml } from './flatten.js'
import { authorsMatch, loadHtmlDev, norm, titleMatch } from './reader-score.js'

/**
 * The most frequent function words of English, and of the languages most of html-dev is written
 * in (German, French, Spanish), from general frequency lists; words shared between the lists
 * are left out.
 */
const ENGLISH = new Set(
  'the of and to is that for it was with on are this by from at have be has as'.split(' '),
)
const OTHERS = new Set(
  'der die das und zu den von mit sich des auf für ist im dem nicht ein eine auch le la les de des du et un une est que qui dans pour pas au sur el los las del y por con para una'.split(
    ' ',
  ),
)

/**
 * A cheap language check: the page is English when English function words are over 8% of its
 * words and more than twice as frequent as those of the other languages.
 */
export function english(text: string): boolean {
  let words = 0
  let en = 0
  let other = 0
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w === '') continue
    words++
    if (ENGLISH.has(w)) en++
    else if (OTHERS.has(w)) other++
  }
  return words > 0 && en / words > 0.08 && en > 2 * other
}

/** Counts of one split: snippets and field matches (found, stated). */
interface Tally {
  pages: number
  tp: number
  fn: number
  fp: number
  title: [number, number]
  author: [number, number]
  date: [number, number]
}

const tally = (): Tally => ({
  pages: 0,
  tp: 0,
  fn: 0,
  fp: 0,
  title: [0, 0],
  author: [0, 0],
  date: [0, 0],
})

/** The scores of a split, their keys prefixed. */
function scoresOf(t: Tally, prefix: string): Scores {
  const precision = t.tp / Math.max(1, t.tp + t.fp)
  const recall = t.tp / Math.max(1, t.tp + t.fn)
  const rate = ([ok, n]: [number, number]) => (n ? ok / n : 0)
  return {
    [`${prefix}body.precision`]: precision,
    [`${prefix}body.recall`]: recall,
    [`${prefix}body.f1`]:
      precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    [`${prefix}title.accuracy`]: rate(t.title),
    [`${prefix}author.accuracy`]: rate(t.author),
    [`${prefix}date.accuracy`]: rate(t.date),
  }
}

/** Runs the suite; see the module comment. */
export async function evalReaderText(args: readonly string[]): Promise<Scores> {
  // `--show title|author|date|body` prints the misses of one field only.
  const showAt = args.indexOf('--show')
  const show = showAt >= 0 ? (args[showAt + 1] ?? '') : null
  const verbose = args.includes('--verbose') || show !== null
  const shows = (field: string) => show === null || show === field
  const { dir, entries } = loadHtmlDev()
  const all = tally()
  const en = tally()
  for (const [url, e] of entries) {
    const decoded = decode(readFileSync(`${dir}pages/${e.file}`), 64 * 1024 * 1024)
    if (decoded.text === null) continue
    const page = flattenHtml(decoded.text, url)
    const splits = english(page) ? [all, en] : [all]
    const reading = readText(page)
    const text = norm(reading.text)
    const add = (key: 'tp' | 'fn' | 'fp') => {
      for (const t of splits) t[key]++
    }
    for (const t of splits) t.pages++
    for (const w of e.with) {
      if (text.includes(norm(w))) add('tp')
      else {
        add('fn')
        if (verbose && shows('body')) process.stdout.write(`FN ${e.file}: ${w}\n`)
      }
    }
    for (const w of e.without) {
      if (text.includes(norm(w))) {
        add('fp')
        if (verbose && shows('body')) process.stdout.write(`FP ${e.file}: ${w}\n`)
      }
    }
    const check = (key: 'title' | 'author' | 'date', ok: boolean, shown: string) => {
      for (const t of splits) {
        t[key][1]++
        if (ok) t[key][0]++
      }
      if (!ok && verbose && shows(key))
        process.stdout.write(
          `${key.toUpperCase()} ${e.file} (${url}): want "${String(e[key])}" got "${shown}"\n`,
        )
    }
    if (e.title) check('title', titleMatch(e.title, reading.meta.title), reading.meta.title ?? '')
    if (e.author)
      check('author', authorsMatch(e.author, reading.meta.authors), reading.meta.authors.join('; '))
    if (e.date) {
      const days = [reading.meta.documentDate, reading.meta.published?.slice(0, 10)]
      check('date', days.includes(e.date), days.join(' / '))
    }
  }
  for (const [name, t] of [
    ['all', all],
    ['en', en],
  ] as const)
    process.stdout.write(
      `${name}: ${t.pages} pages; snippets: TP ${t.tp} FN ${t.fn} FP ${t.fp}; title n=${t.title[1]} author n=${t.author[1]} date n=${t.date[1]}\n`,
    )
  return { ...scoresOf(all, ''), ...scoresOf(en, 'en.') }
}
