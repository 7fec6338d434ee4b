import { readFileSync } from 'node:fs'
import type { Token } from '../../core/doc.js'
import type { EntityType, Span } from '../../core/schema.js'
import { tokenizeLine } from '../tokenizer.js'
import type { NerSpan } from './tagger.js'

/**
 * A CoNLL-2003 document made into running text the way the pipeline sees it: each sentence on its
 * own line, its tokens joined by single spaces, tokenized by wink-nlp (tokenizer stage), with the
 * gold entities as character spans.
 */
export interface ConllDoc {
  readonly text: string
  readonly tokens: Token[]
  readonly sentences: Span[]
  readonly gold: NerSpan[]
}

const TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' }

/**
 * Reads a CoNLL-2003 file (`token POS chunk NER`, IOB1 tags, CRLF lines, `-DOCSTART-` between
 * documents; the first document of eng.train has no marker).
 */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = []
  let sentences: string[][][] = []
  let current: string[][] = []
  const flushSentence = (): void => {
    if (current.length > 0) sentences.push(current)
    current = []
  }
  const flushDoc = (): void => {
    flushSentence()
    if (sentences.length > 0) docs.push(toDoc(sentences))
    sentences = []
  }
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) flushDoc()
    else if (line.trim() === '') flushSentence()
    else current.push(line.split(' '))
  }
  flushDoc()
  return docs
}

function toDoc(rows: string[][][]): ConllDoc {
  let text = ''
  const gold: NerSpan[] = []
  const lines: [number, number][] = []
  for (const sentence of rows) {
    if (text !== '') text += '\n'
    const lineStart = text.length
    let open: { start: number; end: number; type: string } | null = null
    sentence.forEach((cols, i) => {
      if (i > 0) text += ' '
      const start = text.length
      text += cols[0] ?? ''
      const tag = cols[3] ?? 'O'
      const type = tag === 'O' ? '' : tag.slice(2)
      if (open && (type !== open.type || tag.startsWith('B-'))) {
        gold.push({ start: open.start, end: open.end, type: TYPE[open.type] as EntityType })
        open = null
      }
      if (type !== '') {
        if (open) open.end = text.length
        else open = { start, end: text.length, type }
      }
    })
    if (open) {
      const o = open as { start: number; end: number; type: string }
      gold.push({ start: o.start, end: o.end, type: TYPE[o.type] as EntityType })
    }
    lines.push([lineStart, text.length])
  }
  const tokens: Token[] = []
  const sentences: Span[] = []
  for (const [s, e] of lines) tokenizeLine(text, s, e, sentences, tokens)
  return { text, tokens, sentences, gold }
}
