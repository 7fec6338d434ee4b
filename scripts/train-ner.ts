/**
 * `npm run train:ner`: trains the NER tagger (src/nlp/ner) on CoNLL-2003 eng.train and reports
 * exact-span F1 on eng.testa after each epoch; writes models/ner/ner.json + ner.bin.
 *
 * Model: averaged structured perceptron (Collins 2002) over BILOU labels with Viterbi decoding,
 * hashed features, two passes (pass 2 reads the document-level majority type of pass 1; its
 * training labels come from 2-fold jack-knifing so they are as noisy as at run time).
 *
 * Reproducible: a fixed seed drives the only randomness (sentence order), there is no clock or
 * parallelism in the maths, and the output is sorted, so the same data gives the same bytes.
 * Check: train twice and compare `sha256sum models/ner/ner.bin`.
 *
 * Options: --train PATH --dev PATH (default ../shared/data/conll2003/eng.{train,testa}),
 * --out DIR (default models/ner/), --epochs N, --min-count N, --dropout P, --seed N, --no-short,
 * --short-dropout P, --affix-dropout (word dropout also hides the word's affixes)
 * (no model for one- or two-sentence documents), --pass1-only (experiments).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { EntityType } from '../src/core/schema.js'
import { readConll } from '../src/nlp/ner/conll.js'
import {
  type BaseFeatures,
  docLabelFeatures,
  extract,
  type Features,
  interleave,
} from '../src/nlp/ner/features.js'
import { gazetteer } from '../src/nlp/ner/gazetteer.js'
import { decode, encode, LABEL_NAMES, N_LABELS, TYPES } from '../src/nlp/ner/labels.js'
import { scratch, transitionMask, viterbi } from '../src/nlp/ner/model.js'
import { count, emptyCounts, prf } from '../src/nlp/ner/score.js'
import { type NerSpan, tidy } from '../src/nlp/ner/tagger.js'
import { toWords, type Words } from '../src/nlp/ner/words.js'

const L = N_LABELS
let SEED = 20030531
const DEFAULT_EPOCHS = 10
/** Features seen fewer times in training get no weight row (smaller model, less noise). */
const DEFAULT_MIN_COUNT = 2
let MIN_COUNT = DEFAULT_MIN_COUNT
/** Share of training words whose identity features are hidden in an update (word dropout). */
let WORD_DROPOUT = 0.2
/** Word dropout of the short-document model (single sentences give less context to lean on). */
let SHORT_DROPOUT = 0.2
/**
 * The `short` model (documents of one or two sentences: API users and short news items) is
 * trained on every training sentence as a document of its own, so it learns to tag without
 * document context. --no-short skips it.
 */
let SHORT = true

interface Sample {
  readonly words: Words
  readonly gold: Uint8Array
  readonly goldSpans: NerSpan[]
  readonly base: BaseFeatures
  f1: Features
  rows: Int32Array
  /** Index of the CoNLL document it comes from (jack-knife folds keep a document's copies). */
  origin: number
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback
}

/**
 * Whether word dropout also hides the word's prefixes and suffixes (which nearly name a short
 * word), so the model learns to read an unknown name from its shape and context alone.
 */
let AFFIX_DROPOUT = false

/** Number of word-identity features right after the bias: forms, then 1–4 letter affixes. */
function ownFeatures(norm: string): number {
  return 2 + 2 * Math.min(4, norm.length)
}

/** Mulberry32: a tiny seeded PRNG, so shuffles are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words [a, b) of a document as a document of their own. */
function sliceWords(w: Words, a: number, b: number): Words {
  return {
    text: w.text.slice(a, b),
    norm: w.norm.slice(a, b),
    fold: w.fold.slice(a, b),
    pos: w.pos.slice(a, b),
    start: w.start.slice(a, b),
    end: w.end.slice(a, b),
    sentence: w.sentence.slice(a, b),
  }
}

/** Every sentence of the documents as a one-sentence document (gold spans kept). */
function splitSentences(samples: readonly Sample[]): Sample[] {
  const gaz = gazetteer()
  const out: Sample[] = []
  samples.forEach((s, k) => {
    for (const [a, b] of sequences(s.words.sentence)) {
      const words = sliceWords(s.words, a, b)
      // Tagged alone, a sentence is read as at run time: a sports page only when it names a
      // sport itself.
      const base = extract(words, gaz)
      const gold = s.gold.slice(a, b)
      const from = words.start[0] as number
      const to = words.end[b - a - 1] as number
      const goldSpans = s.goldSpans.filter((g) => g.start >= from && g.end <= to)
      out.push({ words, gold, goldSpans, base, f1: base, rows: new Int32Array(0), origin: k })
    }
  })
  return out
}

function load(path: string): Sample[] {
  const gaz = gazetteer()
  let lost = 0
  const out = readConll(path).map((d, origin) => {
    const words = toWords(d.text, d.tokens)
    const byStart = new Map<number, number>()
    const byEnd = new Map<number, number>()
    for (let i = 0; i < words.start.length; i++) {
      byStart.set(words.start[i] as number, i)
      byEnd.set(words.end[i] as number, i)
    }
    const spans = []
    for (const g of d.gold) {
      const s = byStart.get(g.start)
      const e = byEnd.get(g.end)
      if (s === undefined || e === undefined) lost++
      else spans.push({ start: s, end: e + 1, type: TYPES.indexOf(g.type) })
    }
    const gold = new Uint8Array(words.text.length)
    encode(spans, gold)
    const base = extract(words, gaz)
    return { words, gold, goldSpans: d.gold, base, f1: base, rows: new Int32Array(0), origin }
  })
  process.stdout.write(`${path}: ${out.length} docs, ${lost} gold spans off word boundaries\n`)
  return out
}

/** Feature hash → row, for hashes seen at least MIN_COUNT times; rows in ascending hash order. */
function dictionary(feats: readonly Features[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const f of feats) for (const h of f.hashes) counts.set(h, (counts.get(h) ?? 0) + 1)
  const keys = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([h]) => h)
  keys.sort((a, b) => a - b)
  return new Map(keys.map((h, r) => [h, r]))
}

function rowsOf(f: Features, dict: Map<number, number>): Int32Array {
  const rows = new Int32Array(f.hashes.length)
  for (let k = 0; k < rows.length; k++) rows[k] = dict.get(f.hashes[k] as number) ?? -1
  return rows
}

interface Trained {
  readonly weights: Float64Array
  readonly trans: Float64Array
}

/** Sentence ranges [start, end) of a sample. */
function sequences(sentence: Int32Array): [number, number][] {
  const out: [number, number][] = []
  let s = 0
  while (s < sentence.length) {
    let e = s + 1
    while (e < sentence.length && sentence[e] === sentence[s]) e++
    out.push([s, e])
    s = e
  }
  return out
}

/** Tags every sample with a trained model. */
function tagAll(samples: readonly Sample[], m: Trained): Uint8Array[] {
  const mask = transitionMask()
  const sc = scratch()
  return samples.map((s) => {
    const out = new Uint8Array(s.gold.length)
    for (const [a, b] of sequences(s.words.sentence))
      viterbi(s.rows, s.f1.offsets, a, b, m.weights, 1, m.trans, mask, out, sc)
    return out
  })
}

function score(samples: readonly Sample[], labels: readonly Uint8Array[]): string {
  const c = emptyCounts()
  samples.forEach((s, k) => {
    const pred = tidy(s.words, decode(labels[k] as Uint8Array)).map((t) => ({
      start: s.words.start[t.start] as number,
      end: s.words.end[t.end - 1] as number,
      type: TYPES[t.type] as EntityType,
    }))
    count(s.goldSpans, pred, c)
  })
  const all = prf(c.PERSON, c.ORG, c.LOC, c.MISC).f
  const pol = prf(c.PERSON, c.ORG, c.LOC).f
  const per = TYPES.map((t) => `${t} ${prf(c[t]).f.toFixed(4)}`).join(' ')
  return `F1 ${all.toFixed(4)} (PER+ORG+LOC ${pol.toFixed(4)}; ${per})`
}

/** Averaged structured perceptron; `dev` (optional) is scored after each epoch. */
function train(
  samples: readonly Sample[],
  rowCount: number,
  epochs: number,
  label: string,
  dev?: readonly Sample[],
): Trained {
  const w = new Float64Array(rowCount * L)
  const u = new Float64Array(rowCount * L)
  const t = new Float64Array((L + 2) * L)
  const tu = new Float64Array((L + 2) * L)
  const mask = transitionMask()
  const sc = scratch()
  const seqs: [number, number, number][] = []
  samples.forEach((s, k) => {
    for (const [a, b] of sequences(s.words.sentence)) seqs.push([k, a, b])
  })
  const random = prng(SEED)
  let c = 1
  const pred = samples.map((s) => new Uint8Array(s.gold.length))
  const bump = (arr: Float64Array, acc: Float64Array, k: number, d: number): void => {
    arr[k]! += d
    acc[k]! += c * d
  }
  let result: Trained = { weights: w, trans: t }
  const dropped: number[] = []
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = seqs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const tmp = seqs[i] as [number, number, number]
      seqs[i] = seqs[j] as [number, number, number]
      seqs[j] = tmp
    }
    let errors = 0
    for (const [k, a, b] of seqs) {
      const s = samples[k] as Sample
      const p = pred[k] as Uint8Array
      // Word dropout: hide the word's own identity (lower-case and exact form, the features
      // right after the bias) now and then, so the model learns to read shape, context and
      // gazetteer cues too, which carry over to names CoNLL never saw.
      dropped.length = 0
      for (let i = a; i < b; i++) {
        if (random() >= WORD_DROPOUT) continue
        const at = s.f1.offsets[i]! + 1
        const n = AFFIX_DROPOUT ? ownFeatures(s.words.norm[i] as string) : 2
        for (let k = at; k < at + n; k++) {
          dropped.push(k, s.rows[k]!)
          s.rows[k] = -1
        }
      }
      viterbi(s.rows, s.f1.offsets, a, b, w, 1, t, mask, p, sc)
      let same = true
      for (let i = a; i < b; i++) if (p[i] !== s.gold[i]) same = false
      if (!same) {
        errors++
        for (let i = a; i <= b; i++) {
          const g = i < b ? (s.gold[i] as number) : L + 1
          const q = i < b ? (p[i] as number) : L + 1
          const gPrev = i === a ? -1 : (s.gold[i - 1] as number)
          const qPrev = i === a ? -1 : (p[i - 1] as number)
          if (g !== q || gPrev !== qPrev) {
            // End "labels" (L + 1) index the end row of the transition table.
            const gk = i < b ? (gPrev + 1) * L + g : (L + 1) * L + gPrev
            const qk = i < b ? (qPrev + 1) * L + q : (L + 1) * L + qPrev
            bump(t, tu, gk, 1)
            bump(t, tu, qk, -1)
          }
          if (i < b && g !== q) {
            for (let f = s.f1.offsets[i]!, e = s.f1.offsets[i + 1]!; f < e; f++) {
              const r = s.rows[f]!
              if (r < 0) continue
              bump(w, u, r * L + g, 1)
              bump(w, u, r * L + q, -1)
            }
          }
        }
      }
      for (let d = 0; d < dropped.length; d += 2) s.rows[dropped[d]!] = dropped[d + 1]!
      c++
    }
    const avgW = new Float64Array(w.length)
    for (let k = 0; k < w.length; k++) avgW[k] = w[k]! - u[k]! / c
    const avgT = new Float64Array(t.length)
    for (let k = 0; k < t.length; k++) avgT[k] = t[k]! - tu[k]! / c
    result = { weights: avgW, trans: avgT }
    const devNote = dev ? `  dev ${score(dev, tagAll(dev, result))}` : ''
    process.stdout.write(`${label} epoch ${epoch}: ${errors} wrong sentences${devNote}\n`)
  }
  return result
}

/** Int16 quantization scale of a weight vector. */
function scaleOf(w: Float64Array): number {
  let max = 0
  for (const v of w) max = Math.max(max, Math.abs(v))
  return max / 32767 || 1
}

/**
 * Packs both passes over one shared, sorted key list (the union of their dictionaries), with
 * int16 weights; rows that are zero in both passes are dropped.
 */
function pack(passes: readonly { dict: Map<number, number>; m: Trained }[]) {
  const all = new Set<number>()
  for (const p of passes) for (const h of p.dict.keys()) all.add(h)
  const sorted = [...all].sort((a, b) => a - b)
  const scales = passes.map((p) => scaleOf(p.m.weights))
  const keys: number[] = []
  const rows: Int16Array[][] = passes.map(() => [])
  for (const h of sorted) {
    const qs = passes.map((p, k) => {
      const q = new Int16Array(L)
      const r = p.dict.get(h)
      if (r !== undefined)
        for (let y = 0; y < L; y++) q[y] = Math.round(p.m.weights[r * L + y]! / scales[k]!)
      return q
    })
    if (!qs.some((q) => q.some((v) => v !== 0))) continue
    keys.push(h)
    qs.forEach((q, k) => {
      rows[k]?.push(q)
    })
  }
  const weights = rows.map((rs) => {
    const w = new Int16Array(rs.length * L)
    for (let k = 0; k < rs.length; k++) w.set(rs[k] as Int16Array, k * L)
    return w
  })
  return {
    keys: Uint32Array.from(keys),
    passes: passes.map((p, k) => ({
      weights: weights[k] as Int16Array,
      trans: Float32Array.from(p.m.trans),
      scale: scales[k] as number,
    })),
  }
}

function main(): void {
  const t0 = performance.now()
  const shared = fileURLToPath(new URL('../../../shared/data/conll2003/', import.meta.url))
  const trainPath = arg('--train', `${shared}eng.train`)
  const devPath = arg('--dev', `${shared}eng.testa`)
  const outDir = arg('--out', fileURLToPath(new URL('../../models/ner/', import.meta.url)))
  const epochs = Number(arg('--epochs', String(DEFAULT_EPOCHS)))
  MIN_COUNT = Number(arg('--min-count', String(DEFAULT_MIN_COUNT)))
  WORD_DROPOUT = Number(arg('--dropout', String(WORD_DROPOUT)))
  SHORT_DROPOUT = Number(arg('--short-dropout', String(SHORT_DROPOUT)))
  SHORT = !process.argv.includes('--no-short')
  AFFIX_DROPOUT = process.argv.includes('--affix-dropout')
  SEED = Number(arg('--seed', String(SEED)))
  const trainSet = load(trainPath)
  const devSet = load(devPath)
  process.stdout.write(`features ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`)

  // Pass 1 on all of eng.train.
  const dict1 = dictionary(trainSet.map((s) => s.f1))
  for (const s of [...trainSet, ...devSet]) s.rows = rowsOf(s.f1, dict1)
  process.stdout.write(`pass 1: ${dict1.size} feature rows\n`)
  const m1 = train(trainSet, dict1.size, epochs, 'pass1', devSet)
  // --pass1-only: a quick experiment that stops here and writes nothing.
  if (process.argv.includes('--pass1-only')) return

  // Jack-knife: pass-1 labels of each training half come from a model trained on the other.
  const pass1Train: Uint8Array[] = new Array(trainSet.length)
  for (let fold = 0; fold < 2; fold++) {
    const out = trainSet.flatMap((s, k) => (s.origin % 2 === fold ? [k] : []))
    const inFold = trainSet.filter((s) => s.origin % 2 !== fold)
    const outFold = out.map((k) => trainSet[k] as Sample)
    const dict = dictionary(inFold.map((s) => s.f1))
    for (const s of trainSet) s.rows = rowsOf(s.f1, dict)
    const m = train(inFold, dict.size, epochs, `fold${fold}`)
    const labels = tagAll(outFold, m)
    out.forEach((k, j) => {
      pass1Train[k] = labels[j] as Uint8Array
    })
  }
  for (const s of devSet) s.rows = rowsOf(s.f1, dict1)
  const pass1Dev = tagAll(devSet, m1)
  process.stdout.write(`pass 1 on dev: ${score(devSet, pass1Dev)}\n`)

  // Pass 2: the same features plus the document-level pass-1 majority types.
  const withDocLabels = (s: Sample, labels: Uint8Array): Features => {
    const extra = docLabelFeatures(s.words, s.base, labels)
    const mk = (n: number): Uint32Array => new Uint32Array(n)
    const j = interleave(s.base.hashes, s.base.offsets, extra.hashes, extra.offsets, mk)
    return { hashes: j.values, offsets: j.offsets }
  }
  trainSet.forEach((s, k) => {
    s.f1 = withDocLabels(s, pass1Train[k] as Uint8Array)
  })
  devSet.forEach((s, k) => {
    s.f1 = withDocLabels(s, pass1Dev[k] as Uint8Array)
  })
  const dict2 = dictionary(trainSet.map((s) => s.f1))
  for (const s of [...trainSet, ...devSet]) s.rows = rowsOf(s.f1, dict2)
  process.stdout.write(`pass 2: ${dict2.size} feature rows\n`)
  const m2 = train(trainSet, dict2.size, epochs, 'pass2', devSet)

  // The short-document model: one pass over single sentences.
  const models = [
    { name: 'pass1', dict: dict1, m: m1 },
    { name: 'pass2', dict: dict2, m: m2 },
  ]
  if (SHORT) {
    const shortTrain = splitSentences(trainSet)
    const shortDev = splitSentences(devSet)
    const dictS = dictionary(shortTrain.map((s) => s.f1))
    for (const s of [...shortTrain, ...shortDev]) s.rows = rowsOf(s.f1, dictS)
    process.stdout.write(`short: ${shortTrain.length} sentences, ${dictS.size} feature rows\n`)
    const longDropout = WORD_DROPOUT
    WORD_DROPOUT = SHORT_DROPOUT
    const mS = train(shortTrain, dictS.size, epochs, 'short', shortDev)
    WORD_DROPOUT = longDropout
    models.push({ name: 'short', dict: dictS, m: mS })
  }
  const packed = pack(models)
  const parts: Uint8Array[] = []
  let at = 0
  const put = (a: Uint32Array | Int16Array | Float32Array): number => {
    const start = at
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
    parts.push(bytes)
    at += bytes.length
    const pad = (4 - (at % 4)) % 4
    if (pad) {
      parts.push(new Uint8Array(pad))
      at += pad
    }
    return start
  }
  const keysAt = put(packed.keys)
  const passes = packed.passes.map((p, k) => ({
    name: (models[k] as { name: string }).name,
    weightsAt: put(p.weights),
    transAt: put(p.trans),
    scale: p.scale,
  }))
  const header = {
    format: 'chronicle-ner/2',
    labels: LABEL_NAMES,
    rows: packed.keys.length,
    keysAt,
    passes,
    training: {
      data: 'CoNLL-2003 eng.train',
      seed: SEED,
      epochs,
      minCount: MIN_COUNT,
      wordDropout: WORD_DROPOUT,
      shortWordDropout: SHORT_DROPOUT,
      affixDropout: AFFIX_DROPOUT,
      short: SHORT ? 'every eng.train sentence as a document' : 'none',
    },
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(`${outDir}/ner.bin`, Buffer.concat(parts))
  writeFileSync(`${outDir}/ner.json`, `${JSON.stringify(header, null, 2)}\n`)
  const secs = ((performance.now() - t0) / 1000).toFixed(1)
  process.stdout.write(`wrote ${outDir} (${(at / 1048576).toFixed(1)} MB) in ${secs} s\n`)
}

main()
