/**
 * `npm run train:quotes`: trains the learned attribution-cue detector of the quotes stage
 * (src/quotes/cue-features.ts, cue-model.ts, learned.ts) on PolNeAR's train split; writes
 * models/quotes/cues.json.
 *
 * - Examples: every candidate token (a verb or noun outside quotation marks, see
 *   `isCueCandidate`) that the rules of the quotes stage did not already use as a cue; a token is
 *   a cue when it lies inside a gold Cue span (first annotator per article, as in the eval).
 *   Only tokens whose lemma is a cue at least `--min-count` times are kept (the model's
 *   `lemmas`: other lemmas are never scored).
 * - Model: a binary averaged perceptron (Collins 2002) over string features; features seen
 *   fewer than `--min-count` times are dropped.
 * - Threshold: k-fold cross-validation by article on the train split; the score that maximises
 *   the out-of-fold F-beta of the cue tokens (beta < 1 favours precision) is kept.
 *
 * Reproducible: no clock or randomness in the maths: articles in name order, each epoch visits
 * the examples in a fixed stride permutation drawn from `--seed`, weights are rounded and
 * written in sorted order, so the same data gives the same bytes (`sha256sum
 * models/quotes/cues.json` after two runs).
 *
 * Options: --data DIR (default ../shared/data/polnear), --out FILE, --epochs N, --min-count N,
 * --folds N, --beta B, --seed N, --limit N (first N train articles, for experiments).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bodyReader, parseAnn } from '../eval/quotes.js'
import { createDoc, layer } from '../src/core/doc.js'
import { createPipeline } from '../src/core/pipeline.js'
import { entities } from '../src/entities/entities.js'
import { tokenizer } from '../src/nlp/tokenizer.js'
import { makeContext, tokAt } from '../src/quotes/context.js'
import { cueFeatures, isCueCandidate } from '../src/quotes/cue-features.js'
import type { CueModelFile } from '../src/quotes/cue-model.js'
import { findQuoteMarks } from '../src/quotes/marks.js'
import { findQuotes } from '../src/quotes/quotes.js'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback
}

interface Example {
  readonly lemma: string
  /** Feature ids (indices into the feature names). */
  readonly features: Int32Array
  readonly cue: boolean
  readonly article: number
}

/** Feature names by id, and the id of each name. */
const names: string[] = []
const ids = new Map<string, number>()

function idsOf(features: readonly string[]): Int32Array {
  const out = new Int32Array(features.length)
  features.forEach((f, k) => {
    let id = ids.get(f)
    if (id === undefined) {
      id = names.length
      names.push(f)
      ids.set(f, id)
    }
    out[k] = id
  })
  return out
}

/** The candidate tokens of every article, with their labels. */
function examples(root: string, limit: number): Example[] {
  const pipeline = createPipeline([bodyReader(), tokenizer(), entities()])
  const anns = readdirSync(`${root}/attributions`).sort()
  let files = readdirSync(`${root}/text`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  if (limit > 0) files = files.slice(0, limit)
  const out: Example[] = []
  files.forEach((file, article) => {
    const base = file.slice(0, -4)
    const ann = anns.find((a) => a.startsWith(`${base}_`) && a.endsWith('.ann'))
    if (!ann) return
    const text = readFileSync(`${root}/text/${file}`, 'utf8')
    const golds = parseAnn(readFileSync(`${root}/attributions/${ann}`, 'utf8'), text)
    const raw = { id: base, path: null, url: null, format: 'text', content: text } as const
    const doc = pipeline.run(createDoc(base, { ...raw, date: null, title: null, bodyOnly: true }))
    const paragraphs = layer(doc, 'paragraphs')
    const sentences = layer(doc, 'sentences')
    const toks = layer(doc, 'tokens')
    const found = findQuotes(text, paragraphs, sentences, toks, layer(doc, 'entities'), null)
    const ruleCues = new Set<number>()
    for (const q of found) if (q.cue) ruleCues.add(tokAt(toks, q.cue.start))
    const ctx = makeContext(text, toks, paragraphs, sentences, findQuoteMarks(text, paragraphs))
    const cueRanges = golds.flatMap((g) => g.cue)
    for (let i = 0; i < toks.length; i++) {
      if (ruleCues.has(i) || !isCueCandidate(ctx, i)) continue
      const s = (toks[i] as { start: number }).start
      const cue = cueRanges.some(([a, b]) => s >= a && s < b)
      out.push({
        lemma: (toks[i] as { lemma: string }).lemma,
        features: idsOf(cueFeatures(ctx, i)),
        cue,
        article,
      })
    }
  })
  return out
}

/** A permutation of 0..n-1 that visits every index once: a stride coprime with n. */
function stridePermutation(n: number, seed: number): number[] {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  let stride = (seed % Math.max(1, n)) | 1
  while (n > 1 && gcd(stride, n) !== 1) stride += 2
  return Array.from({ length: n }, (_, k) => (k * stride + seed) % n)
}

/** Trains an averaged perceptron on the examples; returns the averaged weights by feature id. */
function train(
  data: readonly Example[],
  epochs: number,
  minCount: number,
  seed: number,
): Float64Array {
  const n = names.length
  const counts = new Int32Array(n)
  for (const e of data) for (const f of e.features) counts[f] = (counts[f] as number) + 1
  const w = new Float64Array(n)
  // Averaging by the lazy-update trick: totals of weight × time, stamped at each change.
  const total = new Float64Array(n)
  const stamp = new Float64Array(n)
  let time = 1
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const k of stridePermutation(data.length, seed + epoch * 7919)) {
      const e = data[k] as Example
      let score = 0
      for (const f of e.features) if ((counts[f] as number) >= minCount) score += w[f] as number
      const y = e.cue ? 1 : -1
      if (y * score <= 0) {
        for (const f of e.features) {
          if ((counts[f] as number) < minCount) continue
          total[f] = (total[f] as number) + (w[f] as number) * (time - (stamp[f] as number))
          stamp[f] = time
          w[f] = (w[f] as number) + y
        }
      }
      time++
    }
  }
  const avg = new Float64Array(n)
  for (let f = 0; f < n; f++) {
    const t = (total[f] as number) + (w[f] as number) * (time - (stamp[f] as number))
    avg[f] = Math.round((t / time) * 1000) / 1000
  }
  return avg
}

function score(w: Float64Array, features: Int32Array): number {
  let s = 0
  for (const f of features) s += w[f] as number
  return s
}

/** The threshold that maximises out-of-fold F-beta, with precision and recall there. */
function tune(
  data: readonly Example[],
  folds: number,
  epochs: number,
  minCount: number,
  seed: number,
  beta: number,
): { threshold: number; precision: number; recall: number } {
  const scored: [number, boolean][] = []
  for (let k = 0; k < folds; k++) {
    const w = train(
      data.filter((e) => e.article % folds !== k),
      epochs,
      minCount,
      seed,
    )
    for (const e of data) if (e.article % folds === k) scored.push([score(w, e.features), e.cue])
  }
  scored.sort((a, b) => b[0] - a[0])
  const positives = scored.filter(([, y]) => y).length
  let tp = 0
  let best = { threshold: Number.POSITIVE_INFINITY, precision: 0, recall: 0, f: -1 }
  const b2 = beta * beta
  for (let i = 0; i < scored.length; i++) {
    if ((scored[i] as [number, boolean])[1]) tp++
    const s = (scored[i] as [number, boolean])[0]
    if (i + 1 < scored.length && (scored[i + 1] as [number, boolean])[0] === s) continue
    const p = tp / (i + 1)
    const r = tp / Math.max(1, positives)
    const f = p + r === 0 ? 0 : ((1 + b2) * p * r) / (b2 * p + r)
    if (f > best.f) best = { threshold: s, precision: p, recall: r, f }
  }
  return { threshold: best.threshold, precision: best.precision, recall: best.recall }
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url))
  const data = arg('--data', `${here}/../../../shared/data/polnear`)
  const out = arg('--out', `${here}/../../models/quotes/cues.json`)
  const epochs = Number(arg('--epochs', '8'))
  const minCount = Number(arg('--min-count', '2'))
  const folds = Number(arg('--folds', '5'))
  const beta = Number(arg('--beta', '0.5'))
  const seed = Number(arg('--seed', '20180507'))
  const limit = Number(arg('--limit', '0'))
  const candidates = examples(`${data}/train`, limit)
  // Only lemmas annotated as cues often enough are scored (fast at run time, and a lemma never
  // seen as a cue has no evidence for one).
  const seen = new Map<string, number>()
  for (const e of candidates) if (e.cue) seen.set(e.lemma, (seen.get(e.lemma) ?? 0) + 1)
  const lemmas = [...seen].filter(([, n]) => n >= minCount).map(([l]) => l)
  lemmas.sort()
  const keep = new Set(lemmas)
  const all = candidates.filter((e) => keep.has(e.lemma))
  const cues = all.filter((e) => e.cue).length
  process.stdout.write(
    `train: ${all.length} candidate tokens of ${lemmas.length} cue lemmas, ${cues} cues (of ${candidates.filter((e) => e.cue).length})\n`,
  )
  const t = tune(all, folds, epochs, minCount, seed, beta)
  process.stdout.write(
    `cross-validated threshold ${t.threshold}: cue precision ${t.precision.toFixed(3)}, recall ${t.recall.toFixed(3)}\n`,
  )
  const w = train(all, epochs, minCount, seed)
  const kept = names.map((name, f) => [name, w[f] as number] as const).filter(([, x]) => x !== 0)
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const weights: Record<string, number> = Object.fromEntries(kept)
  const file: CueModelFile = {
    format: 'chronicle-quote-cues/1',
    settings: { seed, epochs, minCount, folds, beta },
    threshold: Math.round(t.threshold * 1000) / 1000,
    lemmas,
    weights,
  }
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(file, null, 0)}\n`)
  process.stdout.write(`wrote ${out}: ${kept.length} weights\n`)
}

main()
