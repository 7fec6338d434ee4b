/**
 * `npm run bench -- pipeline`: articles per second for the whole pipeline (reader → tokenizer →
 * entities → time → quotes → events) on one core, over the BBC corpus (2,225 plain-text articles)
 * and the VOA stories (89, public domain), plus the events stage alone on pre-processed documents.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { SHARED_DATA } from '../eval/baseline.js'
import { createDoc, type Doc } from '../src/core/doc.js'
import { createPipeline } from '../src/core/pipeline.js'
import { events } from '../src/events/events.js'
import { defaultStages } from '../src/extract.js'
import { type BenchResult, measure } from './measure.js'

function bbc(): string[] {
  const root = `${SHARED_DATA}bbc/`
  const out: string[] = []
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue
    for (const f of readdirSync(`${root}${topic.name}`).sort()) {
      if (f.endsWith('.txt')) out.push(readFileSync(`${root}${topic.name}/${f}`, 'utf8'))
    }
  }
  return out
}

function voa(): string[] {
  return readFileSync(`${SHARED_DATA}voa/voa_stories.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as { title: string; text: string }
      return `${r.title}\n\n${r.text}`
    })
}

function raw(content: string) {
  return {
    id: null,
    path: null,
    url: null,
    format: 'text' as const,
    content,
    date: '2024-01-01',
    title: null,
    bodyOnly: false,
  }
}

/** Runs the bench; see the module comment. `--limit N` takes the first N BBC articles. */
export async function benchPipeline(args: readonly string[]): Promise<BenchResult[]> {
  const at = args.indexOf('--limit')
  const limit = at === -1 ? Number.POSITIVE_INFINITY : Number(args[at + 1])
  const texts = [...bbc().slice(0, limit), ...voa()]
  const base = defaultStages().filter((s) => !s.provides.includes('events'))
  const full = createPipeline([...base, events()])
  const before = createPipeline(base)
  const ev = events()
  const prepared: Doc[] = texts
    .slice(0, 500)
    .map((t, i) => before.run(createDoc(`p${i}`, raw(t), [])))
  return [
    measure('pipeline bbc+voa', 'docs', texts, (t) => {
      full.run(createDoc('b', raw(t), []))
    }),
    measure(
      'pipeline bbc+voa chars',
      'chars',
      texts.slice(0, 300),
      (t) => {
        full.run(createDoc('b', raw(t), []))
      },
      (t) => t.length,
    ),
    measure('events stage alone', 'docs', prepared, (d) => {
      ev.run(d, { maxBytes: 5 * 1024 * 1024 })
    }),
  ]
}
