/**
 * `npm run eval -- reader-html [--verbose] [--only SUBSTRING]`: the HTML reader on the trafilatura
 * pages in ../shared/data/html-dev, scored by the shared reader scorer (./reader-score.ts):
 * - body precision/recall/F1 over the `with`/`without` snippets (per page, TP = a `with` snippet
 *   found, FN = one missing, FP = a `without` snippet found; summed over pages; compared after
 *   white-space normalisation), trafilatura's own metric;
 * - body_token_*: the same snippets counted in tokens, closer to the ScrapingHub article-body
 *   benchmark the issue's target is stated on (see `tokenCounts`);
 * - title, author and date accuracy over the entries that give a non-empty value;
 * - the same figures with an `en.` prefix over the English pages only ({@link isEnglishPage}):
 *   the held-back pages are English news, html-dev is mostly German. Tune on all pages.
 */
import { readFileSync } from 'node:fs'
import { decode } from '../src/io/decode.js'
import { readHtml } from '../src/reader/html-reader.js'
import type { Scores } from './baseline.js'
import {
  authorsMatch,
  dateMatch,
  given,
  isEnglishPage,
  loadHtmlDev,
  norm,
  prf,
  snippetCounts,
  titleMatch,
  tokenCounts,
} from './reader-score.js'

/** Scores the HTML reader on html-dev; see the file comment. */
export async function evalReaderHtml(args: readonly string[]): Promise<Scores> {
  const { dir, entries } = loadHtmlDev()
  const verbose = args.includes('--verbose')
  const onlyAt = args.indexOf('--only')
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined
  const all = tally()
  const english = tally()
  for (const [url, entry] of entries) {
    if (only && !entry.file.includes(only) && !url.includes(only)) continue
    const decoded = decode(readFileSync(`${dir}pages/${entry.file}`), 1e9)
    const html = decoded.text ?? ''
    const reading = readHtml(html, url)
    const s = snippetCounts(entry, reading.text)
    const t = tokenCounts(entry, reading.text)
    const en = isEnglishPage(html)
    const tallies = en ? [all, english] : [all]
    for (const tl of tallies) {
      tl.pages++
      for (const k of ['tp', 'fn', 'fp'] as const) {
        tl.snippets[k] += s[k]
        tl.toks[k] += t[k]
      }
    }
    const problems: string[] = []
    for (const m of s.missing) {
      const n = norm(m)
      const dropped = reading.removed.find((r) => norm(r.text).includes(n))
      problems.push(`  missing: ${m}${dropped ? ` (removed: ${dropped.reason})` : ''}`)
    }
    for (const k of s.kept) problems.push(`  kept:    ${k}`)
    const { meta } = reading
    const count = (field: 'title' | 'author' | 'date', ok: boolean) => {
      for (const tl of tallies) {
        tl.acc[field].n++
        if (ok) tl.acc[field].ok++
      }
    }
    if (given(entry.title)) {
      const ok = titleMatch(entry.title as string, meta.title)
      count('title', ok)
      if (!ok)
        problems.push(`  title:   ${JSON.stringify(meta.title)} != ${JSON.stringify(entry.title)}`)
    }
    if (given(entry.author)) {
      const ok = authorsMatch(entry.author as string, meta.authors)
      count('author', ok)
      if (!ok)
        problems.push(
          `  author:  ${JSON.stringify(meta.authors)} != ${JSON.stringify(entry.author)}`,
        )
    }
    if (given(entry.date)) {
      const ok = dateMatch(entry.date as string, meta.documentDate)
      count('date', ok)
      if (!ok) problems.push(`  date:    ${meta.documentDate} != ${entry.date}`)
    }
    if (verbose && problems.length > 0) {
      const codes = reading.messages.map((m) => m.code).join(',')
      const name = `${entry.file}${en ? ' (en)' : ''}`
      process.stdout.write(problems.map((p) => `${name} [${codes}]${p}\n`).join(''))
    }
  }
  return { ...figures(all, ''), ...figures(english, 'en.'), 'en.pages': english.pages }
}

interface Tally {
  pages: number
  snippets: { tp: number; fn: number; fp: number }
  toks: { tp: number; fn: number; fp: number }
  acc: Record<'title' | 'author' | 'date', { ok: number; n: number }>
}

function tally(): Tally {
  return {
    pages: 0,
    snippets: { tp: 0, fn: 0, fp: 0 },
    toks: { tp: 0, fn: 0, fp: 0 },
    acc: { title: { ok: 0, n: 0 }, author: { ok: 0, n: 0 }, date: { ok: 0, n: 0 } },
  }
}

/** The figures of one tally, their keys prefixed. */
function figures(t: Tally, prefix: string): Scores {
  const body = prf(t.snippets.tp, t.snippets.fn, t.snippets.fp)
  const token = prf(t.toks.tp, t.toks.fn, t.toks.fp)
  const ratio = ({ ok, n }: { ok: number; n: number }) => (n ? ok / n : 0)
  return {
    [`${prefix}body_precision`]: body.p,
    [`${prefix}body_recall`]: body.r,
    [`${prefix}body_f1`]: body.f1,
    [`${prefix}body_token_precision`]: token.p,
    [`${prefix}body_token_recall`]: token.r,
    [`${prefix}body_token_f1`]: token.f1,
    [`${prefix}title_accuracy`]: ratio(t.acc.title),
    [`${prefix}author_accuracy`]: ratio(t.acc.author),
    [`${prefix}date_accuracy`]: ratio(t.acc.date),
  }
}
