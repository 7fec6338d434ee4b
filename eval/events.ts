/**
 * `npm run eval -- events`: PLOVER event coding on the PLOVER gold-standard sentences
 * (../shared/data/plover/dev.json, 161 real news sentences coded by the PLOVER team).
 *
 * Each sentence goes through the default pipeline as a clean body (`--body`, date 2000-01-01).
 * The sentence's main event is the first event the stage emits for it. Scores:
 * - category: the main event's PLOVER category equals the gold one (every sentence counts; no
 *   event is a miss). The gold records use PLOVER 0.x names, mapped to the manual's 2021 names:
 *   DISAPPROVE and INVESTIGATE → ACCUSE, DEMAND → REQUEST, FIGHT → ASSAULT.
 * - actor / recipient: over the sentences with a gold source (target) actor, the main event's
 *   actor (recipient) text overlaps a gold actorText (a shared content word), or names the gold
 *   actor's country (ISO code → name or demonym, from world-countries).
 * - found: share of sentences with at least one event.
 * `--show` prints every miss; the confusion between categories is always printed.
 */
import { readFileSync } from 'node:fs'
import countries from 'world-countries/countries.json' with { type: 'json' }
import { createPipeline } from '../src/core/pipeline.js'
import type { DocumentJSON, Event } from '../src/core/schema.js'
import { events } from '../src/events/events.js'
import { defaultStages, extractItem } from '../src/extract.js'
import { requireData, type Scores } from './baseline.js'

interface GoldActor {
  readonly actorText?: string
  readonly code?: string
}

interface GoldRecord {
  readonly id: string
  readonly event: string
  readonly text: string
  readonly source?: readonly GoldActor[] | string | null
  readonly target?: readonly GoldActor[] | string | null
}

/** PLOVER 0.x category names of the gold set → the 2021 manual's names. */
export const GOLD_CATEGORY: Readonly<Record<string, string>> = {
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  DEMAND: 'REQUEST',
  FIGHT: 'ASSAULT',
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'to',
  'its',
  'his',
  'their',
  'for',
  'on',
  '...',
  's',
])

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9.-]+/)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((w) => w.length > 1 && !STOP.has(w))
}

const NAMES = new Map<string, string[]>()
for (const c of countries as unknown as {
  cca3: string
  name: { common: string }
  demonyms?: { eng?: { m?: string } }
}[]) {
  const names = [c.name.common]
  if (c.demonyms?.eng?.m) names.push(c.demonyms.eng.m)
  NAMES.set(
    c.cca3,
    names.map((n) => n.toLowerCase()),
  )
}

function actorsOf(x: GoldRecord['source']): GoldActor[] {
  return Array.isArray(x)
    ? (x as GoldActor[]).filter((a) => typeof a === 'object' && a !== null)
    : []
}

/** True when the predicted span shares a content word with a gold actor or names its country. */
export function actorMatches(
  predicted: string | null | undefined,
  gold: readonly GoldActor[],
): boolean {
  if (!predicted) return false
  const got = new Set(words(predicted))
  const lower = predicted.toLowerCase()
  for (const g of gold) {
    if (g.actorText && words(g.actorText).some((w) => got.has(w))) return true
    const names = g.code ? NAMES.get(g.code) : undefined
    if (names?.some((n) => lower.includes(n))) return true
  }
  return false
}

function mainEvent(doc: DocumentJSON): Event | null {
  return doc.events[0] ?? null
}

/** Runs the suite; see the module comment. */
export async function evalEvents(args: readonly string[]): Promise<Scores> {
  const records = (
    JSON.parse(readFileSync(requireData('plover/dev.json'), 'utf8')) as GoldRecord[]
  ).filter((r) => typeof r.text === 'string' && r.event !== 'DOCUMENT')
  const stages = defaultStages()
  if (!stages.some((s) => s.provides.includes('events'))) stages.push(events())
  const pipeline = createPipeline(stages)
  const show = args.includes('--show')
  let correct = 0
  let found = 0
  let actorN = 0
  let actorOk = 0
  let recipN = 0
  let recipOk = 0
  const confusion = new Map<string, number>()
  for (const [i, r] of records.entries()) {
    const doc = extractItem(
      {
        id: `plover-${i}`,
        raw: {
          id: null,
          path: null,
          url: null,
          format: 'text',
          content: r.text,
          date: '2000-01-01',
          title: null,
          bodyOnly: true,
        },
        messages: [],
      },
      pipeline,
    )
    const gold = GOLD_CATEGORY[r.event] ?? r.event
    const e = mainEvent(doc)
    if (e) found++
    const got = e?.category ?? 'NONE'
    if (got === gold) correct++
    else confusion.set(`${gold} → ${got}`, (confusion.get(`${gold} → ${got}`) ?? 0) + 1)
    const src = actorsOf(r.source)
    const tar = actorsOf(r.target)
    let aOk = true
    let rOk = true
    if (src.length > 0) {
      actorN++
      aOk = actorMatches(e?.actor?.text, src)
      if (aOk) actorOk++
    }
    if (tar.length > 0) {
      recipN++
      rOk = actorMatches(e?.recipient?.text, tar)
      if (rOk) recipOk++
    }
    if (show && (got !== gold || !aOk || !rOk)) {
      process.stdout.write(
        `${got === gold ? 'ok  ' : 'MISS'} ${gold} got ${got}${e?.mode ? `/${e.mode}` : ''} trigger=${JSON.stringify(e?.trigger.text ?? null)} actor=${aOk ? '' : '✗'}${JSON.stringify(e?.actor?.text ?? null)} (gold ${src.map((a) => a.actorText).join('; ')}) recipient=${rOk ? '' : '✗'}${JSON.stringify(e?.recipient?.text ?? null)} (gold ${tar.map((a) => a.actorText).join('; ')})\n    ${r.text}\n`,
      )
    }
  }
  process.stdout.write('category confusion (gold → predicted, count):\n')
  for (const [k, n] of [...confusion.entries()].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${k.padEnd(28)} ${n}\n`)
  return {
    category_accuracy: correct / records.length,
    actor_accuracy: actorN === 0 ? 0 : actorOk / actorN,
    recipient_accuracy: recipN === 0 ? 0 : recipOk / recipN,
    found: found / records.length,
  }
}
