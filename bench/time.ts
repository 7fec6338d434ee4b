/**
 * `npm run bench -- time`: throughput of the time stage on the BBC corpus
 * (../shared/data/bbc/*\/*.txt, 2,225 articles) with a fixed document date (2005-03-01), on one
 * core: articles/s and timexes/s of the time stage alone (over documents already read and
 * tokenized), and articles/s of reader → tokenizer → time.
 */
import { createDoc, type Doc } from '../src/core/doc.js'
import { createPipeline } from '../src/core/pipeline.js'
import { tokenizer } from '../src/nlp/tokenizer.js'
import { reader } from '../src/reader/reader.js'
import { time } from '../src/time/time.js'
import { bbcTexts } from './corpora.js'
import { type BenchResult, measure } from './measure.js'

const DATE = '2005-03-01'

function rawDoc(content: string, i: number): Doc {
  return createDoc(`bbc${i}`, {
    id: null,
    path: null,
    url: null,
    format: 'text',
    content,
    date: DATE,
    title: null,
    bodyOnly: true,
  })
}

/** The bench: time stage alone (articles/s, timexes/s) and reader → tokenizer → time. */
export async function benchTime(args: readonly string[]): Promise<BenchResult[]> {
  const limit = Number(args.find((a) => /^\d+$/.test(a)) ?? Number.POSITIVE_INFINITY)
  const texts = bbcTexts().slice(0, limit)
  const prepare = createPipeline([reader(), tokenizer()])
  const ready = texts.map((t, i) => prepare.run(rawDoc(t, i)))
  const stage = time()
  const timexCount = new Map<Doc, number>()
  for (const doc of ready)
    timexCount.set(doc, stage.run(doc, { maxBytes: 0 }).layers.timexes?.length ?? 0)
  const full = createPipeline([reader(), tokenizer(), time()])
  return [
    measure('time stage', 'articles', ready, (doc) => stage.run(doc, { maxBytes: 0 })),
    measure(
      'time stage',
      'timexes',
      ready,
      (doc) => stage.run(doc, { maxBytes: 0 }),
      (doc) => timexCount.get(doc) ?? 0,
    ),
    measure('reader+tokenizer+time', 'articles', texts, (t) => full.run(rawDoc(t, 0))),
  ]
}
