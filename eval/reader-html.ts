/**
 * `npm run eval -- reader-html [--verbose] [--only SUBSTRING]`: the HTML reader on the trafilatura
 * pages in ../shared/data/html-dev, scored by the shared reader scorer (./reader-score.ts):
 * - body precision/recall/F1 over the `with`/`without` snippets (per page, TP = a `with` snippet
 *   found, FN = one missing, FP = a `without` snippet found; summed over pages; compared after
 *   white-space normalisation), trafilatura's own metric;
 * - body_token_*: the same snippets counted in tokens, closer to the ScrapingHub article-body
 *   benchmark the issue's target is stated on (see `tokenCounts`);
 * - title, author and date accuracy over the entries that give a non-empty value.
 */
import { readFileSync } from 'node:fs'
import { decode } from '../src/io/decode.js'
import { readHtml } from '../src/reader/html-reader.js'
import type { Scores } from './baseline.js'
import {
  authorsMatch,
  dateMatch,
  given,
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
  const snippets = { tp: 0, fn: 0, fp: 0 }
  const toks = { tp: 0, fn: 0, fp: 0 }
  const acc = { title: { ok: 0, n: 0 }, author: { ok: 0, n: 0 }, date: { ok: 0, n: 0 } }
  for (const [url, entry] of entries) {
    if (only && !entry.file.includes(only) && !url.includes(only)) continue
    const decoded = decode(readFileSync(`${dir}pages/${entry.file}`), 1e9)
    const reading = readHtml(decoded.text ?? '', url)
    const s = snippetCounts(entry, reading.text)
    const t = tokenCounts(entry, reading.text)
    for (const k of ['tp', 'fn', 'fp'] as const) {
      snippets[k] += s[k]
      toks[k] += t[k]
    }
    const problems: string[] = []
    for (const m of s.missing) {
      const n = norm(m)
      const dropped = reading.removed.find((r) => norm(r.text).includes(n))
      problems.push(`  missing: ${m}${dropped ? ` (removed: ${dropped.reason})` : ''}`)
    }
    for (const k of s.kept) problems.push(`  kept:    ${k}`)
    const { meta } = reading
    if (given(entry.title)) {
      acc.title.n++
      if (titleMatch(entry.title as string, meta.title)) acc.title.ok++
      else
        problems.push(`  title:   ${JSON.stringify(meta.title)} != ${JSON.stringify(entry.title)}`)
    }
    if (given(entry.author)) {
      acc.author.n++
      if (authorsMatch(entry.author as string, meta.authors)) acc.author.ok++
      else
        problems.push(
          `  author:  ${JSON.stringify(meta.authors)} != ${JSON.stringify(entry.author)}`,
        )
    }
    if (given(entry.date)) {
      acc.date.n++
      if (dateMatch(entry.date as string, meta.documentDate)) acc.date.ok++
      else problems.push(`  date:    ${meta.documentDate} != ${entry.date}`)
    }
    if (verbose && problems.length > 0) {
      const codes = reading.messages.map((m) => m.code).join(',')
      process.stdout.write(problems.map((p) => `${entry.file} [${codes}]${p}\n`).join(''))
    }
  }
  const body = prf(snippets.tp, snippets.fn, snippets.fp)
  const token = prf(toks.tp, toks.fn, toks.fp)
  const ratio = ({ ok, n }: { ok: number; n: number }) => (n ? ok / n : 0)
  return {
    body_precision: body.p,
    body_recall: body.r,
    body_f1: body.f1,
    body_token_precision: token.p,
    body_token_recall: token.r,
    body_token_f1: token.f1,
    title_accuracy: ratio(acc.title),
    author_accuracy: ratio(acc.author),
    date_accuracy: ratio(acc.date),
  }
}
