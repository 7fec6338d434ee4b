/**
 * `npm run bench -- pipeline`: articles per second for the whole pipeline (reader → tokenizer →
 * entities → time → quotes → events) on one core, over the BBC corpus (2,225 plain-text articles)
 * and the VOA stories (89, public domain), plus the events stage alone on pre-processed documents.
 */
import { createDoc, type Doc } from '../src/core/doc.js'
import { createPipeline } from '../src/core/pipeline.js'
import { events } from '../src/events/events.js'
import { defaultStages } from '../src/extract.js'
import { bbcTexts, voaTexts } from './corpora.js'
import { type BenchResult, measure } from './measure.js'

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
  const texts = [...bbcTexts().slice(0, limit), ...voaTexts()]
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
