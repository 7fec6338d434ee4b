import type { Token } from '../core/doc.js'
import { TITLES } from './data/cues.js'
import { TRIGGERS, type TriggerSpec } from './data/lexicon.js'

/** One lexicon match in a sentence: token indices into the document's token layer. */
export interface TriggerMatch {
  readonly spec: TriggerSpec
  /** Index of the first matched token (the head word). */
  readonly first: number
  /** Index of the last matched token. */
  readonly last: number
  /** Indices of every matched word (the gaps between them are not part of the trigger). */
  readonly words: readonly number[]
}

interface Word {
  readonly alts: ReadonlySet<string>
  readonly adjacent: boolean
}

interface Compiled {
  readonly spec: TriggerSpec
  readonly words: readonly Word[]
}

/** Tokens that may sit between two words of a pattern ("held a phone call"). */
const GAP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'PART'])
const MAX_GAP = 4

let index: Map<string, Compiled[]> | null = null

/** The lexicon indexed by the lemmas of its first word, longest patterns first (built once). */
function compiled(): Map<string, Compiled[]> {
  if (index) return index
  const map = new Map<string, Compiled[]>()
  for (const spec of TRIGGERS) {
    const words = spec.pattern
      .split(/\s+/)
      .filter((w) => w !== '*')
      .map((w) => ({
        adjacent: w.startsWith('='),
        alts: new Set(
          w
            .replace(/^=/, '')
            .split('|')
            .map((a) => a.replace(/^=/, '')),
        ),
      }))
    const first = words[0]
    if (!first) continue
    for (const alt of first.alts) {
      const list = map.get(alt) ?? []
      list.push({ spec, words })
      map.set(alt, list)
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length)
  index = map
  return map
}

function hits(t: Token | undefined, alts: ReadonlySet<string>): boolean {
  if (t === undefined) return false
  // a plural the lemmatizer missed ("airstrikes")
  return (
    alts.has(t.lemma) || alts.has(t.norm) || (t.norm.endsWith('s') && alts.has(t.norm.slice(0, -1)))
  )
}

/** True when token `i` is glued to its left neighbour by a hyphen ("President-elect"). */
export function gluedLeft(toks: readonly Token[], i: number): boolean {
  const t = toks[i]
  const p = toks[i - 1]
  if (!t || !p || p.end !== t.start) return false
  return p.norm === '-' || t.norm === '-'
}

const NAME_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me'])

function headFits(spec: TriggerSpec, t: Token, prev: Token | undefined): boolean {
  if (spec.head === 'noun') return t.pos === 'NOUN'
  if (t.pos === 'VERB') return true
  // wink-nlp tags some past tenses after a name as adjectives ("Trump pressured Zelensky")
  return (
    t.pos === 'ADJ' &&
    t.norm.endsWith('ed') &&
    t.norm !== t.lemma &&
    prev !== undefined &&
    /^(PROPN|PRON|NOUN)$/.test(prev.pos)
  )
}

function tryMatch(c: Compiled, toks: readonly Token[], i: number, end: number): number[] | null {
  const words = [i]
  let pos = i
  for (let w = 1; w < c.words.length; w++) {
    const word = c.words[w] as Word
    let found = -1
    if (word.adjacent) {
      if (pos + 1 < end && hits(toks[pos + 1], word.alts)) found = pos + 1
    } else {
      for (let j = pos + 1; j < end && j <= pos + MAX_GAP + 1; j++) {
        const t = toks[j] as Token
        if (hits(t, word.alts)) {
          found = j
          break
        }
        if (!GAP_POS.has(t.pos)) break
      }
    }
    if (found === -1) return null
    words.push(found)
    pos = found
  }
  const spec = c.spec
  if (spec.nextName) {
    const next = toks[pos + 1]
    const ok =
      pos + 1 < end &&
      next !== undefined &&
      (next.pos === 'PROPN' ||
        NAME_PRONOUNS.has(next.norm) ||
        (next.pos === 'DET' && namesAfterDeterminer(toks, pos + 2, end)))
    if (!ok) return null
  }
  if (spec.complement) {
    const next = toks[pos + 1]
    if (!next || (next.norm !== 'to' && next.norm !== 'that')) return null
  }
  return words
}

/** "the Kremlin", "the prime minister", "the Ukrainian president": a name or a title after "the". */
function namesAfterDeterminer(toks: readonly Token[], from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 3; i++) {
    const t = toks[i] as Token
    if (t.pos === 'PROPN' || TITLES.has(t.norm)) return true
    if (t.pos !== 'ADJ') return false
  }
  return false
}

/**
 * Finds the lexicon's triggers in tokens `[start, end)` (one sentence). At each token the longest
 * pattern wins; the later words of a match are consumed and start no match of their own.
 *
 * @example
 * matchTriggers(tokens, 0, tokens.length) // "held a phone call" → one CONSULT/phone match
 */
export function matchTriggers(toks: readonly Token[], start: number, end: number): TriggerMatch[] {
  const lex = compiled()
  const consumed = new Set<number>()
  const out: TriggerMatch[] = []
  for (let i = start; i < end; i++) {
    if (consumed.has(i)) continue
    const t = toks[i] as Token
    if (gluedLeft(toks, i) || gluedLeft(toks, i + 1)) continue
    const cands =
      lex.get(t.lemma) ??
      lex.get(t.norm) ??
      (t.norm.endsWith('s') ? lex.get(t.norm.slice(0, -1)) : undefined)
    if (!cands) continue
    let best: { c: Compiled; words: number[] } | null = null
    for (const c of cands) {
      if (!headFits(c.spec, t, i > start ? toks[i - 1] : undefined)) continue
      const words = tryMatch(c, toks, i, end)
      if (words) {
        best = { c, words }
        break
      }
    }
    if (!best) continue
    for (const w of best.words) consumed.add(w)
    out.push({
      spec: best.c.spec,
      first: i,
      last: best.words[best.words.length - 1] as number,
      words: best.words,
    })
  }
  return out
}
