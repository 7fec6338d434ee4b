/**
 * `npm run eval -- entities`: exact-span precision/recall/F1 per type of the NER tagger
 * (src/nlp/ner) on CoNLL-2003 eng.testa (in domain: the model is tuned on it), on each testa
 * sentence tagged as a document of its own (`testa_sentences`: short items, no document
 * context), and on the
 * sentences of WikiEvents dev.jsonl (out of domain: recent news, other annotation guidelines).
 *
 * WikiEvents marks every mention (names, nominals, pronouns) with KAIROS types and no mention
 * kind, so only name-like mentions are scored: PER → PERSON, ORG → ORG, GPE/LOC → LOC, whose
 * first and last words are capitalised, that are not a pronoun, a bare title ("General") nor a
 * nationality word ("Russian", "Venezuelans": CoNLL calls those MISC), and that have a capitalised
 * word the corpus never writes in lower case (so a sentence-initial "Police" or "Prosecutors" is
 * not taken for a name). Other gold mentions are ignored: a
 * prediction with exactly their span is neither right nor wrong. WikiEvents has no MISC, so predicted MISC
 * is not scored there.
 *
 * Two more convention mappings (see {@link conllMiscNames} and {@link alignGold}): a mention whose
 * words CoNLL eng.train marks as MISC more often than as a name ("Chechen", "Muslims", "Soviet",
 * "Republicans": KAIROS types groups of people PER and adjectival places GPE) is ignored; and a
 * gold span that ends where WikiEvents split an abbreviation's final period off ("U.S" of "U.S.")
 * is extended to our token's end, while one whose edge falls inside any other of our tokens is
 * ignored (no exact span can match it).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Token } from '../src/core/doc.js'
import type { EntityType, Span } from '../src/core/schema.js'
import { readConll } from '../src/nlp/ner/conll.js'
import { PERSON_TITLES } from '../src/nlp/ner/lexicon.js'
import { count, emptyCounts, prf, type TypeCounts } from '../src/nlp/ner/score.js'
import { type NerSpan, nerSpans } from '../src/nlp/ner/tagger.js'
import { foldWord } from '../src/nlp/ner/words.js'
import { tokenizeLine } from '../src/nlp/tokenizer.js'
import { requireData, type Scores } from './baseline.js'

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC']
const WIKI_TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' }

function report(name: string, c: TypeCounts, types: readonly EntityType[], out: Scores): void {
  for (const t of types) {
    const s = prf(c[t])
    out[`${name}.${t}.f1`] = s.f
    process.stdout.write(
      `${name} ${t.padEnd(7)} P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f.toFixed(4)}  (tp ${c[t].tp} fp ${c[t].fp} fn ${c[t].fn})\n`,
    )
  }
  const pol = prf(c.PERSON, c.ORG, c.LOC)
  out[`${name}.per_org_loc.p`] = pol.p
  out[`${name}.per_org_loc.r`] = pol.r
  out[`${name}.per_org_loc.f1`] = pol.f
  if (types.includes('MISC')) out[`${name}.all.f1`] = prf(c.PERSON, c.ORG, c.LOC, c.MISC).f
}

function conll(out: Scores): void {
  const c = emptyCounts()
  const one = emptyCounts()
  for (const d of readConll(requireData('conll2003/eng.testa'))) {
    count(d.gold, nerSpans(d.text, d.tokens, d.sentences), c)
    // Each sentence alone, as a one-sentence document (short items, API calls): no document
    // context. Sentence i's tokens are those with sentence index i.
    let k = 0
    d.sentences.forEach((s, i) => {
      const tokens = []
      while (k < d.tokens.length && (d.tokens[k] as Token).sentence === i)
        tokens.push({ ...(d.tokens[k++] as Token), sentence: 0 })
      const gold = d.gold.filter((g) => g.start >= s.start && g.end <= s.end)
      count(gold, nerSpans(d.text, tokens, [s]), one)
    })
  }
  report('testa', c, TYPES, out)
  report('testa_sentences', one, TYPES, out)
}

interface WikiDoc {
  readonly sentences: [[string, number, number][], string][]
  readonly entity_mentions: {
    readonly start: number
    readonly end: number
    readonly entity_type: string
    readonly text: string
  }[]
}

function demonyms(): Set<string> {
  const path = fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url))
  return new Set((JSON.parse(readFileSync(path, 'utf8')) as { demonym: string[] }).demonym)
}

const PRONOUNS = new Set(
  'i me my we us our you your he him his she her it its they them their who which this that these those one'.split(
    ' ',
  ),
)

function nameLike(text: string, skip: Set<string>): boolean {
  const words = text.split(/\s+/)
  const cap = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w)
  if (!cap(words[0]) || !cap(words[words.length - 1])) return false
  const key = foldWord(text.toLowerCase())
  return !skip.has(key) && !skip.has(key.replace(/s$/, '')) && !PRONOUNS.has(key)
}

/**
 * Whether a capitalised word of the mention is never written in lower case anywhere in the
 * corpus: "Whitelaw", "Taliban" and "Islamic State" pass, a sentence-initial "Police",
 * "Prosecutors" or "Government" does not.
 */
function properEvidence(text: string, lower: Set<string>): boolean {
  return text.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !lower.has(w.toLowerCase()))
}

/**
 * Texts that CoNLL-2003 eng.train annotates as a whole MISC span more often than as a PERSON, ORG
 * or LOC span: nationalities, religions, ethnic and political groups ("Chechen", "Muslims",
 * "Soviet", "Republicans"), which WikiEvents (KAIROS) types PER or GPE.
 */
function conllMiscNames(): Set<string> {
  const votes = new Map<string, number>()
  let words: string[] = []
  let type = ''
  const close = (): void => {
    if (type !== '') {
      const key = words.join(' ')
      votes.set(key, (votes.get(key) ?? 0) + (type === 'MISC' ? 1 : -1))
    }
    words = []
    type = ''
  }
  for (const line of readFileSync(requireData('conll2003/eng.train'), 'utf8').split(/\r?\n/)) {
    const cols = line.split(' ')
    const tag = cols[3] ?? 'O'
    const t = tag === 'O' ? '' : tag.slice(2)
    if (t !== type || tag.startsWith('B-')) close()
    if (t !== '') {
      type = t
      words.push(cols[0] as string)
    }
  }
  close()
  return new Set([...votes].filter(([, v]) => v > 0).map(([k]) => k))
}

/**
 * Aligns a gold span to our tokens: a span that stops one period short of a token's end (the
 * gold tokenizer splits "U.S." into "U.S" and ".") is extended to it; a span with another edge
 * inside a token cannot be matched exactly and gives null. `tokenEnd[c]` is the end of the
 * token holding character c (-1 outside tokens), `tokenStart[c]` its start.
 */
function alignGold(
  text: string,
  start: number,
  end: number,
  tokenStart: Int32Array,
  tokenEnd: Int32Array,
): [number, number] | null {
  const s = tokenStart[start]
  const e = tokenEnd[end - 1]
  if (s === undefined || e === undefined || s !== start) return null
  if (e === end || (e === end + 1 && text[end] === '.')) return [start, e]
  return null
}

function wikievents(out: Scores): void {
  const skip = new Set([...demonyms(), ...PERSON_TITLES])
  const misc = conllMiscNames()
  const c = emptyCounts()
  const docs = readFileSync(requireData('wikievents/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WikiDoc)
  const lower = new Set<string>()
  for (const doc of docs)
    for (const [toks] of doc.sentences)
      for (const [w] of toks) if (w === w.toLowerCase() && w !== w.toUpperCase()) lower.add(w)
  for (const doc of docs) {
    // Our text: one sentence per line; each WikiEvents token → [start, end) in it.
    let text = ''
    const tokenAt: [number, number][] = []
    const lines: [number, number][] = []
    for (const [toks, sentence] of doc.sentences) {
      if (text !== '') text += '\n'
      const at = text.length
      const base = toks[0]?.[1] ?? 0
      for (const [, s, e] of toks) tokenAt.push([at + s - base, at + e - base])
      text += sentence.replace(/\n/g, ' ')
      lines.push([at, text.length])
    }
    const tokens: Token[] = []
    const sentences: Span[] = []
    for (const [s, e] of lines) tokenizeLine(text, s, e, sentences, tokens)
    const tokenStart = new Int32Array(text.length).fill(-1)
    const tokenEnd = new Int32Array(text.length).fill(-1)
    for (const t of tokens) {
      tokenStart.fill(t.start, t.start, t.end)
      tokenEnd.fill(t.end, t.start, t.end)
    }
    const gold: NerSpan[] = []
    const ignored = new Set<string>()
    for (const m of doc.entity_mentions) {
      const start = tokenAt[m.start]?.[0]
      const end = tokenAt[m.end - 1]?.[1]
      if (start === undefined || end === undefined) continue
      const type = WIKI_TYPE[m.entity_type]
      const span = alignGold(text, start, end, tokenStart, tokenEnd)
      const name = type && nameLike(m.text, skip) && properEvidence(m.text, lower)
      if (span && name && !misc.has(m.text)) gold.push({ start: span[0], end: span[1], type })
      else ignored.add(`${span?.[0] ?? start}:${span?.[1] ?? end}`)
    }
    const pred = nerSpans(text, tokens, sentences).filter(
      (p) => p.type !== 'MISC' && !ignored.has(`${p.start}:${p.end}`),
    )
    // Several gold mentions may share a span (one per event argument): count each span once.
    const unique = new Map(gold.map((g) => [`${g.start}:${g.end}:${g.type}`, g]))
    count([...unique.values()], pred, c)
  }
  report('wikievents', c, ['PERSON', 'ORG', 'LOC'], out)
}

/**
 * The entities suite. Prints P/R/F1 per type; returns (and pins floors on) F1 per type, and
 * P/R/F1 of PERSON+ORG+LOC, for `testa` and `wikievents`.
 */
export async function evalEntities(_args: readonly string[]): Promise<Scores> {
  const out: Scores = {}
  conll(out)
  wikievents(out)
  return out
}
