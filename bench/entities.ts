/**
 * `npm run bench -- entities`: throughput of the entities stage on the BBC corpus
 * (../shared/data/bbc), on pre-tokenized articles: the whole stage (tagger + news rules +
 * coreference), and the rules and coreference alone on the tagger's precomputed spans; then, in
 * CPU time of this process (meaningful on a shared machine), tokens + tagger + rules and
 * coreference from raw text, the figure the 150,000 tokens/s aim is about.
 */
import type { Token } from '../src/core/doc.js'
import type { Span } from '../src/core/schema.js'
import { findEntities } from '../src/entities/entities.js'
import { type NerSpan, nerSpans } from '../src/nlp/ner/tagger.js'
import { tokenizeText } from '../src/nlp/tokenizer.js'
import { bbcTexts } from './corpora.js'
import { type BenchResult, measure } from './measure.js'
import { measureCpu } from './ner.js'

interface Article {
  readonly text: string
  readonly tokens: Token[]
  readonly sentences: Span[]
  spans: NerSpan[]
}

function corpus(): Article[] {
  const out: Article[] = []
  for (const text of bbcTexts()) {
    const { tokens, sentences } = tokenizeText(text)
    out.push({ text, tokens, sentences, spans: [] })
  }
  return out
}

/** Tokens/s of the entities stage with its tagger, and of the rules alone. */
export async function benchEntities(_args: readonly string[]): Promise<BenchResult[]> {
  const articles = corpus()
  const tokenCount = (a: Article): number => a.tokens.length
  const stage = measure(
    'entities stage (tagger+rules)',
    'tokens',
    articles,
    (a) => {
      findEntities(a.text, a.tokens, a.sentences)
    },
    tokenCount,
  )
  for (const a of articles) a.spans = nerSpans(a.text, a.tokens, a.sentences)
  const rules = measure(
    'entities rules+coref only',
    'tokens',
    articles,
    (a) => {
      findEntities(a.text, a.tokens, a.sentences, () => a.spans)
    },
    tokenCount,
  )
  const whole = measureCpu(
    'tokens+entities (CPU time)',
    articles,
    (a) => {
      const { tokens, sentences } = tokenizeText(a.text)
      findEntities(a.text, tokens, sentences)
    },
    tokenCount,
  )
  return [stage, rules, whole]
}
