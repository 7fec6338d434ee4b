/**
 * `npm run eval -- time`: the time stage on TimeBank 1.2 and AQUAINT (TempEval-3 "TBAQ-cleaned",
 * ../shared/data/timebank), scored as TempEval-3 scores TIMEX3: strict and relaxed span
 * precision/recall/F1, type and value accuracy over the relaxed matches, and value F1 (relaxed
 * F1 × value accuracy). Each document's creation time (DCT) is the document date; the text is the
 * TEXT element with its tags stripped, read with `--body` semantics so offsets line up.
 * TimeBank is the tuning set, AQUAINT the development set; `--show` prints the misses.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createDoc } from '../src/core/doc.js'
import { createPipeline } from '../src/core/pipeline.js'
import type { Timex } from '../src/core/schema.js'
import { tokenizer } from '../src/nlp/tokenizer.js'
import { reader } from '../src/reader/reader.js'
import { time } from '../src/time/time.js'
import { requireData, type Scores } from './baseline.js'

/** A gold TIMEX3 of a TimeML document. */
export interface GoldTimex {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: string
  readonly value: string
}

/** One TimeML document: its plain text, DCT and gold time expressions. */
export interface TimeMLDoc {
  readonly name: string
  readonly text: string
  readonly dct: string
  readonly timexes: readonly GoldTimex[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Reads a TimeML file: strips the tags of TEXT (entities decoded), keeping TIMEX3 offsets. */
export function readTimeML(name: string, xml: string): TimeMLDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? ''
  const from = xml.indexOf('<TEXT>')
  const to = xml.indexOf('</TEXT>')
  const body = xml.slice(from + '<TEXT>'.length, to)
  let text = ''
  const timexes: GoldTimex[] = []
  let open: { start: number; type: string; value: string } | null = null
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);|[^<&]+/g
  for (const m of body.matchAll(token)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3') continue
      if (m[1] === '') {
        const attrs = m[3] ?? ''
        open = {
          start: text.length,
          type: /type="([^"]*)"/.exec(attrs)?.[1] ?? '',
          value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '',
        }
      } else if (open) {
        timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) })
        open = null
      }
    } else if (m[4] !== undefined) text += ENTITIES[m[4]] ?? m[0]
    else text += m[0]
  }
  return { name, text, dct: dct.slice(0, 10), timexes }
}

/** Loads every `.tml` of a folder of ../shared/data/timebank. */
export function loadTimeML(folder: string): TimeMLDoc[] {
  const dir = requireData(`timebank/${folder}`)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => readTimeML(f, readFileSync(`${dir}/${f}`, 'utf8')))
}

/** Counts for TempEval-3 scores. */
interface Tally {
  gold: number
  system: number
  strictGold: number
  strictSystem: number
  relaxedGold: number
  relaxedSystem: number
  matched: number
  typeOk: number
  valueOk: number
}

const pipeline = createPipeline([reader(), tokenizer(), time()])

/** Runs the time stage on one TimeML document's text with its DCT as the document date. */
export function systemTimexes(doc: TimeMLDoc): readonly Timex[] {
  const raw = {
    id: doc.name,
    path: null,
    url: null,
    format: 'text' as const,
    content: doc.text,
    date: doc.dct,
    title: null,
    bodyOnly: true,
  }
  const out = pipeline.run(createDoc(doc.name, raw))
  return out.layers.timexes ?? []
}

function score(docs: readonly TimeMLDoc[], show: boolean): Tally {
  const t: Tally = {
    gold: 0,
    system: 0,
    strictGold: 0,
    strictSystem: 0,
    relaxedGold: 0,
    relaxedSystem: 0,
    matched: 0,
    typeOk: 0,
    valueOk: 0,
  }
  for (const doc of docs) {
    const sys = systemTimexes(doc)
    t.gold += doc.timexes.length
    t.system += sys.length
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end
    for (const s of sys) {
      if (doc.timexes.some((g) => g.start === s.start && g.end === s.end)) t.strictSystem++
      if (doc.timexes.some((g) => overlaps(g, s))) t.relaxedSystem++
      else if (show)
        process.stdout.write(
          `FP  ${doc.name}  ${JSON.stringify(s.text)} ${s.type} ${s.value}  | ${context(doc.text, s)}\n`,
        )
    }
    for (const g of doc.timexes) {
      if (sys.some((s) => g.start === s.start && g.end === s.end)) t.strictGold++
      const s = sys.find((x) => overlaps(g, x))
      if (!s) {
        if (show)
          process.stdout.write(
            `FN  ${doc.name}  ${JSON.stringify(g.text)} ${g.type} ${g.value}  | ${context(doc.text, g)}\n`,
          )
        continue
      }
      t.relaxedGold++
      t.matched++
      if (s.type === g.type) t.typeOk++
      if (s.value === g.value) t.valueOk++
      else if (show)
        process.stdout.write(
          `VAL ${doc.name} dct=${doc.dct} ${JSON.stringify(g.text)} gold ${g.type} ${g.value} / sys ${JSON.stringify(s.text)} ${s.type} ${s.value}  | ${context(doc.text, g)}\n`,
        )
    }
  }
  return t
}

function context(text: string, s: { start: number; end: number }): string {
  return `${text.slice(Math.max(0, s.start - 50), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 40)}`.replace(
    /\s+/g,
    ' ',
  )
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** TempEval-3 scores of a tally, keys prefixed with the set's name. */
function scores(prefix: string, t: Tally): Scores {
  const strictP = t.strictSystem / Math.max(1, t.system)
  const strictR = t.strictGold / Math.max(1, t.gold)
  const relaxedP = t.relaxedSystem / Math.max(1, t.system)
  const relaxedR = t.relaxedGold / Math.max(1, t.gold)
  const relaxedF1 = f1(relaxedP, relaxedR)
  const valueAccuracy = t.valueOk / Math.max(1, t.matched)
  return {
    [`${prefix}.strict_p`]: strictP,
    [`${prefix}.strict_r`]: strictR,
    [`${prefix}.strict_f1`]: f1(strictP, strictR),
    [`${prefix}.relaxed_p`]: relaxedP,
    [`${prefix}.relaxed_r`]: relaxedR,
    [`${prefix}.relaxed_f1`]: relaxedF1,
    [`${prefix}.type_accuracy`]: t.typeOk / Math.max(1, t.matched),
    [`${prefix}.value_accuracy`]: valueAccuracy,
    [`${prefix}.value_f1`]: relaxedF1 * valueAccuracy,
  }
}

/** The suite: TimeBank (tuning) and AQUAINT (development), every TempEval-3 figure for each. */
export async function evalTime(args: readonly string[]): Promise<Scores> {
  const show = args.includes('--show')
  const only = args.find((a) => a === '--timebank' || a === '--aquaint')
  const out: Scores = {}
  if (only !== '--aquaint')
    Object.assign(out, scores('timebank', score(loadTimeML('TimeBank'), show)))
  if (only !== '--timebank')
    Object.assign(out, scores('aquaint', score(loadTimeML('AQUAINT'), show)))
  return out
}
