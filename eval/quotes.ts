/**
 * `npm run eval -- quotes [--split dev|train] [--from N] [--limit N] [--errors N]`: scores the quotes stage
 * on PolNeAR (political news with gold Source, Cue and Content spans).
 *
 * - One annotator per article: the first `.ann` file in name order.
 * - A predicted attribution is a group of quotes sharing a cue (a split quote, a quote running
 *   over paragraphs) or carried on from one speaker with no cue of their own.
 * - Content: a gold and a predicted attribution match when the F1 of their word tokens is ≥ 0.5
 *   (one-to-one, best pairs first). `exact` counts matched pairs whose texts are equal once quote
 *   marks, outer punctuation and spaces are trimmed.
 * - Speaker accuracy over matched pairs whose gold has a Source: the speaker span overlaps it,
 *   or has the same last word (surname), or the gold Source is a relative pronoun right after it.
 *   Cue accuracy over matched pairs with a gold Cue: the spans overlap.
 * - Split: gold contents with quotation marks are "direct" (direct and mixed), the others
 *   "indirect"; predictions of type direct/partial/mixed are "direct".
 * PolNeAR offsets count Unicode code points; they are mapped to UTF-16 here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createDoc, EMPTY_META, withLayers, withText } from '../src/core/doc.js'
import { createPipeline, type Pipeline, type Stage } from '../src/core/pipeline.js'
import type { Quote } from '../src/core/schema.js'
import { entities } from '../src/entities/entities.js'
import { tokenizer } from '../src/nlp/tokenizer.js'
import { quotes } from '../src/quotes/quotes.js'
import { paragraphSpans } from '../src/reader/reading.js'
import { requireData, type Scores } from './baseline.js'

type Ranges = [number, number][]

interface Gold {
  readonly content: Ranges
  readonly source: Ranges
  readonly cue: Ranges
  readonly direct: boolean
}

interface Pred {
  content: Ranges
  speaker: { start: number; end: number; text: string } | null
  cue: Ranges
  direct: boolean
}

function arg(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback
}

/** Maps code-point offsets to UTF-16 offsets (identity when the text has no astral characters). */
function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp
  const map: number[] = []
  let u = 0
  for (const ch of text) {
    map.push(u)
    u += ch.length
  }
  map.push(u)
  return (cp) => map[cp] ?? u
}

/**
 * The body reader of `--body` (text as given, paragraphs on blank lines), as a stage, so the
 * quotes pipeline runs without the page readers: the same reading as `extractText(text, {
 * bodyOnly: true })`.
 */
export function bodyReader(): Stage {
  return {
    name: 'reader',
    requires: ['raw'],
    provides: ['text', 'meta', 'paragraphs', 'captions', 'removed'],
    run(doc) {
      const text = doc.raw.content
      return withLayers(withText(doc, text, EMPTY_META, 'text'), {
        paragraphs: paragraphSpans(text),
        captions: [],
        removed: [],
      })
    },
  }
}

/** reader (body) → tokenizer → entities → quotes. */
export function quotesPipeline(): Pipeline {
  return createPipeline([bodyReader(), tokenizer(), entities(), quotes()])
}

/** Runs the quotes pipeline on a clean body. */
export function quotesOf(pipeline: Pipeline, text: string, id: string): readonly Quote[] {
  const raw = {
    id,
    path: null,
    url: null,
    format: 'text',
    content: text,
    date: null,
    title: null,
    bodyOnly: true,
  } as const
  const doc = pipeline.run(createDoc(id, raw))
  return doc.layers.quotes ?? []
}

/** Parses a brat file into gold attributions. */
export function parseAnn(ann: string, text: string): Gold[] {
  const toU16 = codePointMap(text)
  const spans = new Map<string, { kind: string; ranges: Ranges }>()
  const golds: Gold[] = []
  const events: string[][] = []
  for (const line of ann.split('\n')) {
    const f = line.split('\t')
    if (line.startsWith('T') && f.length >= 2) {
      const [kind, offs] = [
        (f[1] as string).split(' ')[0] as string,
        (f[1] as string).slice((f[1] as string).indexOf(' ') + 1),
      ]
      const ranges = offs.split(';').map((p) => {
        const [a, b] = p.trim().split(/\s+/).map(Number)
        return [toU16(a ?? 0), toU16(b ?? 0)] as [number, number]
      })
      spans.set(f[0] as string, { kind, ranges })
    } else if (line.startsWith('E') && f.length >= 2) {
      events.push((f[1] as string).split(' '))
    }
  }
  for (const roles of events) {
    const get = (role: string): Ranges =>
      roles
        .filter((r) => r.replace(/\d+$/, '').split(':')[0] === role)
        .flatMap((r) => spans.get(r.split(':')[1] as string)?.ranges ?? [])
    const content = get('Content')
    if (content.length === 0) continue
    const surface = content.map(([a, b]) => text.slice(a, b)).join(' ')
    golds.push({
      content,
      source: get('Source'),
      cue: get('Cue'),
      direct: /["“”«»„]/.test(surface),
    })
  }
  return golds
}

/** Groups predicted quotes into attributions (see the file comment). */
export function groupQuotes(quotes: readonly Quote[]): Pred[] {
  const groups = new Map<string, Pred>()
  const bySpeaker = new Map<number, string>()
  const order: Pred[] = []
  for (const q of quotes) {
    let key = q.cue ? `c${q.cue.start}` : `q${q.id}`
    if (!q.cue && q.speaker && bySpeaker.has(q.speaker.start))
      key = bySpeaker.get(q.speaker.start) as string
    if (q.cue && q.speaker && !bySpeaker.has(q.speaker.start)) bySpeaker.set(q.speaker.start, key)
    let g = groups.get(key)
    if (!g) {
      g = {
        content: [],
        speaker: q.speaker,
        cue: q.cue ? [[q.cue.start, q.cue.end]] : [],
        direct: q.type !== 'indirect',
      }
      groups.set(key, g)
      order.push(g)
    }
    g.content.push([q.start, q.end])
  }
  return order
}

/** Word-token index ranges of a text, for overlap scores. */
function wordStarts(text: string): number[] {
  const starts: number[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) starts.push(m.index)
  return starts
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((xs[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

function tokenRanges(words: readonly number[], ranges: Ranges): Ranges {
  return ranges.map(([a, b]) => [lowerBound(words, a), lowerBound(words, b)] as [number, number])
}

function size(r: Ranges): number {
  return r.reduce((n, [a, b]) => n + Math.max(0, b - a), 0)
}

function overlap(x: Ranges, y: Ranges): number {
  let n = 0
  for (const [a, b] of x) for (const [c, d] of y) n += Math.max(0, Math.min(b, d) - Math.max(a, c))
  return n
}

function norm(text: string, r: Ranges): string {
  return r
    .map(([a, b]) => text.slice(a, b))
    .join(' ')
    .replace(/^[\s"“”'‘’«»„.,;:!?—–-]+|[\s"“”'‘’«»„.,;:!?—–-]+$/g, '')
    .replace(/\s+/g, ' ')
}

const RELATIVE = /^(who|which|that|whom)$/i

function speakerRight(text: string, p: Pred, g: Gold): boolean {
  const s = p.speaker
  if (!s) return false
  if (overlap([[s.start, s.end]], g.source) > 0) return true
  const last = s.text.toLowerCase().split(/\s+/).pop() ?? ''
  const gold = g.source.map(([a, b]) => text.slice(a, b).toLowerCase()).join(' ')
  if (last.length > 2 && gold.split(/[^\p{L}\p{N}.'’-]+/u).includes(last)) return true
  const first = g.source[0]
  return (
    first !== undefined && RELATIVE.test(gold.trim()) && first[0] >= s.end && first[0] - s.end < 40
  )
}

interface Tally {
  gold: number
  pred: number
  matched: number
  matchedGold: { direct: number; indirect: number }
  matchedPred: { direct: number; indirect: number }
  goldBy: { direct: number; indirect: number }
  predBy: { direct: number; indirect: number }
  exact: number
  speakerN: number
  speakerOk: number
  cueN: number
  cueOk: number
  speakerBy: { direct: [number, number]; indirect: [number, number] }
}

/** Scores one article's predictions against its gold, adding to the tally; returns the misses. */
function scoreArticle(text: string, golds: readonly Gold[], preds: readonly Pred[], t: Tally) {
  const words = wordStarts(text)
  const gt = golds.map((g) => tokenRanges(words, g.content))
  const pt = preds.map((p) => tokenRanges(words, p.content))
  const pairs: [number, number, number][] = []
  gt.forEach((g, i) => {
    pt.forEach((p, j) => {
      const o = overlap(g, p)
      if (o === 0) return
      const f1 = (2 * o) / (size(g) + size(p))
      if (f1 >= 0.5) pairs.push([f1, i, j])
    })
  })
  pairs.sort((a, b) => b[0] - a[0])
  const gUsed = new Map<number, number>()
  const pUsed = new Set<number>()
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue
    gUsed.set(i, j)
    pUsed.add(j)
  }
  t.gold += golds.length
  t.pred += preds.length
  for (const g of golds) t.goldBy[g.direct ? 'direct' : 'indirect']++
  for (const p of preds) t.predBy[p.direct ? 'direct' : 'indirect']++
  for (const [i, j] of gUsed) {
    const g = golds[i] as Gold
    const p = preds[j] as Pred
    t.matched++
    t.matchedGold[g.direct ? 'direct' : 'indirect']++
    t.matchedPred[p.direct ? 'direct' : 'indirect']++
    if (norm(text, g.content) === norm(text, p.content)) t.exact++
    if (g.source.length > 0) {
      t.speakerN++
      const ok = speakerRight(text, p, g)
      if (ok) t.speakerOk++
      const by = t.speakerBy[g.direct ? 'direct' : 'indirect']
      by[0]++
      if (ok) by[1]++
    }
    if (g.cue.length > 0) {
      t.cueN++
      if (overlap(p.cue, g.cue) > 0) t.cueOk++
    }
  }
  const misses = golds.filter((_, i) => !gUsed.has(i))
  const falses = preds.filter((_, j) => !pUsed.has(j))
  const wrongSpeaker = [...gUsed].filter(([i, j]) => {
    const g = golds[i] as Gold
    return g.source.length > 0 && !speakerRight(text, preds[j] as Pred, g)
  })
  return {
    misses,
    falses,
    wrongSpeaker: wrongSpeaker.map(([i, j]) => [golds[i], preds[j]] as const),
  }
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

const div = (a: number, b: number) => (b === 0 ? 0 : a / b)

/** The eval suite. */
export async function evalQuotes(args: readonly string[]): Promise<Scores> {
  const split = arg(args, '--split', 'dev')
  const limit = Number(arg(args, '--limit', '0'))
  const showErrors = Number(arg(args, '--errors', '0'))
  const root = requireData(`polnear/${split}`)
  const anns = readdirSync(`${root}/attributions`).sort()
  let articles = readdirSync(`${root}/text`)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const from = Number(arg(args, '--from', '0'))
  if (from > 0 || limit > 0) articles = articles.slice(from, limit > 0 ? from + limit : undefined)
  const t: Tally = {
    gold: 0,
    pred: 0,
    matched: 0,
    matchedGold: { direct: 0, indirect: 0 },
    matchedPred: { direct: 0, indirect: 0 },
    goldBy: { direct: 0, indirect: 0 },
    predBy: { direct: 0, indirect: 0 },
    exact: 0,
    speakerN: 0,
    speakerOk: 0,
    cueN: 0,
    cueOk: 0,
    speakerBy: { direct: [0, 0], indirect: [0, 0] },
  }
  const samples: string[] = []
  const pipeline = quotesPipeline()
  let unattributed = 0
  for (const file of articles) {
    const base = file.slice(0, -4)
    const ann = anns.find((a) => a.startsWith(`${base}_`) && a.endsWith('.ann'))
    if (!ann) continue
    const text = readFileSync(`${root}/text/${file}`, 'utf8')
    const golds = parseAnn(readFileSync(`${root}/attributions/${ann}`, 'utf8'), text)
    // PolNeAR annotates attribution relations: a quote with neither speaker nor cue is not one.
    const found = quotesOf(pipeline, text, base)
    const preds = groupQuotes(found.filter((q) => q.speaker !== null || q.cue !== null))
    unattributed += found.length - preds.reduce((n, p) => n + p.content.length, 0)
    const r = scoreArticle(text, golds, preds, t)
    if (showErrors > 0) {
      const show = (rs: Ranges) =>
        rs
          .map(([a, b]) => text.slice(a, b))
          .join(' | ')
          .replace(/\s+/g, ' ')
          .slice(0, 160)
      for (const g of r.misses)
        samples.push(
          `MISS [${g.cue.map(([a, b]) => text.slice(a, b)).join(' ')}] ${show(g.content)}`,
        )
      for (const p of r.falses)
        samples.push(
          `FALSE [${p.cue.map(([a, b]) => text.slice(a, b)).join(' ')}] ${show(p.content)}`,
        )
      for (const [g, p] of r.wrongSpeaker)
        samples.push(
          `SPEAKER gold=${show(g?.source ?? [])} got=${p?.speaker?.text ?? 'null'} :: ${show(p?.content ?? [])}`,
        )
    }
  }
  if (showErrors > 0) {
    // A fixed-stride sample, so runs compare.
    const step = Math.max(1, Math.floor(samples.length / showErrors))
    for (let i = 0; i < samples.length; i += step) process.stdout.write(`${samples[i]}\n`)
  }
  const p = div(t.matched, t.pred)
  const r = div(t.matched, t.gold)
  const pd = div(t.matchedPred.direct, t.predBy.direct)
  const rd = div(t.matchedGold.direct, t.goldBy.direct)
  const pi = div(t.matchedPred.indirect, t.predBy.indirect)
  const ri = div(t.matchedGold.indirect, t.goldBy.indirect)
  const ep = div(t.exact, t.pred)
  const er = div(t.exact, t.gold)
  process.stdout.write(
    `quotes on polnear/${split}: ${articles.length} articles, ${t.gold} gold, ${t.pred} predicted, ${t.matched} matched, ${unattributed} unattributed quotes not scored\n`,
  )
  return {
    content_precision: p,
    content_recall: r,
    content_f1: f1(p, r),
    exact_f1: f1(ep, er),
    direct_precision: pd,
    direct_recall: rd,
    direct_f1: f1(pd, rd),
    indirect_precision: pi,
    indirect_recall: ri,
    indirect_f1: f1(pi, ri),
    speaker_accuracy: div(t.speakerOk, t.speakerN),
    speaker_accuracy_direct: div(t.speakerBy.direct[1], t.speakerBy.direct[0]),
    speaker_accuracy_indirect: div(t.speakerBy.indirect[1], t.speakerBy.indirect[0]),
    cue_accuracy: div(t.cueOk, t.cueN),
  }
}
