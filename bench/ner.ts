/**
 * `npm run bench -- ner`: throughput of the NER tagger on the BBC corpus (../shared/data/bbc):
 * the tokenizer alone, the tagger alone on pre-tokenized articles, and both together.
 */
import type { Token } from '../src/core/doc.js'
import type { Span } from '../src/core/schema.js'
import { nerSpans } from '../src/nlp/ner/tagger.js'
import { tokenizeText } from '../src/nlp/tokenizer.js'
import { bbcTexts } from './corpora.js'
import { type BenchResult, measure } from './measure.js'

interface Article {
  readonly text: string
  tokens: Token[]
  sentences: Span[]
}

function tokenize(a: Article): void {
  const { tokens, sentences } = tokenizeText(a.text)
  a.tokens = tokens
  a.sentences = sentences
}

function corpus(): Article[] {
  return bbcTexts().map((text) => ({ text, tokens: [], sentences: [] }))
}

/**
 * Like {@link measure}, but timed in CPU time of this process (user + system), which stays
 * meaningful on a shared, loaded machine where wall-clock time mostly measures the neighbours.
 */
export function measureCpu<T>(
  name: string,
  items: readonly T[],
  fn: (item: T) => void,
  count: (item: T) => number,
): BenchResult {
  globalThis.gc?.()
  const before = process.cpuUsage()
  let units = 0
  for (const item of items) {
    fn(item)
    units += count(item)
  }
  const used = process.cpuUsage(before)
  const peak = process.memoryUsage.rss()
  return {
    name,
    items: units,
    unit: 'tokens',
    ms: (used.user + used.system) / 1000,
    peakRssBytes: peak,
  }
}

/** Tokens/s of the tokenizer, the tagger, and the two together (wall clock, then CPU time). */
export async function benchNer(_args: readonly string[]): Promise<BenchResult[]> {
  const articles = corpus()
  const tokenCount = (a: Article): number => a.tokens.length
  for (const a of articles) tokenize(a)
  const tagger = measure(
    'ner tagger only',
    'tokens',
    articles,
    (a) => {
      nerSpans(a.text, a.tokens, a.sentences)
    },
    tokenCount,
  )
  const tokenizer = measure('tokenizer only', 'tokens', articles, tokenize, tokenCount)
  const both = measure(
    'tokenizer + ner tagger',
    'tokens',
    articles,
    (a) => {
      tokenize(a)
      nerSpans(a.text, a.tokens, a.sentences)
    },
    tokenCount,
  )
  const taggerCpu = measureCpu(
    'ner tagger only (CPU time)',
    articles,
    (a) => {
      nerSpans(a.text, a.tokens, a.sentences)
    },
    tokenCount,
  )
  const bothCpu = measureCpu(
    'tokenizer + tagger (CPU time)',
    articles,
    (a) => {
      tokenize(a)
      nerSpans(a.text, a.tokens, a.sentences)
    },
    tokenCount,
  )
  return [tagger, tokenizer, both, taggerCpu, bothCpu]
}
