/**
 * `npm run eval -- stories`: story clustering on the news-cluster dev set (345 articles, gold
 * `newsCluster.Event`). Articles are extracted and ingested in publication order into a temporary
 * SQLite knowledge base, as a live feed would arrive; stories are scored with B-cubed precision,
 * recall and F1 (Bagga & Baldwin 1998), averaged over articles.
 *
 * Options: `--jobs N` extraction workers (default 2), `--db PATH` keeps the knowledge base,
 * `--verbose` prints the gold events split over several stories, and mixed stories.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_CONTEXT } from '../src/core/pipeline.js'
import type { SourceItem } from '../src/io/sources.js'
import { ingestItems } from '../src/kb/ingest.js'
import { openStore } from '../src/kb/store.js'
import { requireData, type Scores } from './baseline.js'

interface Article {
  readonly file: string
  readonly title: string
  readonly text: string
  readonly date: string | null
  readonly event: string
  readonly url: string | null
}

function load(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const j = JSON.parse(readFileSync(join(dir, f), 'utf8'))
      return {
        file: f,
        title: String(j.title ?? ''),
        text: String(j.text ?? ''),
        date: typeof j.date_publish === 'string' ? j.date_publish.slice(0, 10) : null,
        event: String(j.newsCluster?.Event ?? ''),
        url: typeof j.url === 'string' ? j.url : null,
      }
    })
    .sort((a, b) =>
      (a.date ?? '') < (b.date ?? '')
        ? -1
        : (a.date ?? '') > (b.date ?? '')
          ? 1
          : a.file < b.file
            ? -1
            : 1,
    )
}

function arg(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

/** B-cubed precision, recall and F1 of a clustering against gold classes (same items). */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const byPred = new Map<string, string[]>()
  const byGold = new Map<string, string[]>()
  for (const [item, c] of predicted) byPred.set(c, [...(byPred.get(c) ?? []), item])
  for (const [item, c] of gold) byGold.set(c, [...(byGold.get(c) ?? []), item])
  let p = 0
  let r = 0
  let n = 0
  for (const [item, c] of predicted) {
    const g = gold.get(item)
    if (g === undefined) continue
    const mine = byPred.get(c) ?? []
    const same = byGold.get(g) ?? []
    const both = mine.filter((x) => gold.get(x) === g).length
    p += both / mine.length
    r += both / same.length
    n++
  }
  const precision = n ? p / n : 0
  const recall = n ? r / n : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** The suite. */
export async function evalStories(args: readonly string[]): Promise<Scores> {
  const articles = load(requireData('news-cluster'))
  const tmp = mkdtempSync(join(tmpdir(), 'chronicle-stories-'))
  // --db PATH keeps the knowledge base (to inspect it, or to tune clustering without extracting).
  const store = await openStore(arg(args, '--db') ?? join(tmp, 'kb.db'))
  try {
    const gold = new Map<string, string>()
    const items: SourceItem[] = articles.map((a) => {
      const id = a.file.replace(/\.json$/, '')
      gold.set(id, a.event)
      return {
        id,
        raw: {
          id,
          path: a.file,
          url: a.url,
          format: 'text',
          content: a.text,
          date: a.date,
          title: a.title,
          bodyOnly: false,
        },
        messages: [],
      }
    })
    // Ingested in publication order, in batches, as a live feed; extraction on worker threads.
    const report = await ingestItems(
      store,
      items,
      {
        sources: {
          format: 'text',
          date: null,
          bodyOnly: false,
          maxBytes: DEFAULT_CONTEXT.maxBytes,
        },
        jobs: Number(arg(args, '--jobs') ?? 2),
        batchSize: 20,
        timeoutMs: 60_000,
        // Story clustering reads text, metadata and entities: quotes and events are not needed.
        skipStages: ['quotes', 'events'],
        onFailure: (f) => process.stderr.write(`stories: ${f.source}: ${f.code}: ${f.reason}\n`),
      },
      items.length,
    )
    // An article that failed extraction still counts: as a story of its own.
    const failed = report.failed
    const predicted = new Map<string, string>()
    const stories = await store.stories()
    for (const s of stories) for (const d of s.documents) predicted.set(d, s.story)
    for (const id of gold.keys()) if (!predicted.has(id)) predicted.set(id, `failed:${id}`)
    const score = bcubed(predicted, gold)
    if (args.includes('--verbose')) printReport(stories, gold)
    process.stdout.write(
      `stories: ${articles.length} articles (${failed} failed extraction), ${new Set(gold.values()).size} gold events, ${stories.length} stories\n`,
    )
    return {
      'bcubed.precision': score.precision,
      'bcubed.recall': score.recall,
      'bcubed.f1': score.f1,
    }
  } finally {
    await store.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}

function printReport(
  stories: readonly { story: string; title: string | null; documents: readonly string[] }[],
  gold: ReadonlyMap<string, string>,
): void {
  for (const s of stories) {
    const events = new Map<string, number>()
    for (const d of s.documents)
      events.set(gold.get(d) ?? '?', (events.get(gold.get(d) ?? '?') ?? 0) + 1)
    if (events.size > 1) {
      process.stdout.write(
        `MIXED ${s.title}: ${[...events].map(([e, n]) => `${e}×${n}`).join(', ')}\n`,
      )
    }
  }
  const storiesOf = new Map<string, Set<string>>()
  for (const s of stories) {
    for (const d of s.documents) {
      const g = gold.get(d) ?? '?'
      storiesOf.set(g, (storiesOf.get(g) ?? new Set()).add(s.story))
    }
  }
  for (const [g, set] of storiesOf) {
    if (set.size > 1) process.stdout.write(`SPLIT ${g}: ${set.size} stories\n`)
  }
}
