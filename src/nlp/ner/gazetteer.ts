import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { FIRST_NAMES, LOC_WORDS, ORG_NAMES, ORG_WORDS, PERSON_TITLES } from './lexicon.js'

/** Gazetteer classes, one bit each in a match mask. */
export const GAZ_CLASSES = [
  'country',
  'capital',
  'demonym',
  'region',
  'city',
  'orgword',
  'title',
  'firstname',
  'locword',
  'orgname',
] as const

interface TrieNode {
  mask: number
  next: Map<string, TrieNode> | null
}

/** Longest gazetteer entry, in tokens. */
const MAX_LEN = 8

/**
 * Token-sequence gazetteer: countries, capitals, demonyms, regions and cities from
 * data/gazetteer.json (see scripts/build-gazetteer.ts) plus the hand-kept lists in lexicon.ts.
 * Entries are lower-cased wink-nlp token sequences.
 */
export class Gazetteer {
  private readonly root = new Map<string, TrieNode>()

  constructor(lists: Readonly<Record<string, readonly string[]>>) {
    GAZ_CLASSES.forEach((name, bit) => {
      for (const entry of lists[name] ?? []) this.add(entry.split(' '), 1 << bit)
    })
  }

  private add(words: readonly string[], bit: number): void {
    if (words.length === 0 || words.length > MAX_LEN) return
    let level = this.root
    let node: TrieNode | undefined
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string
      node = level.get(w)
      if (!node) {
        node = { mask: 0, next: null }
        level.set(w, node)
      }
      if (k + 1 < words.length) {
        node.next ??= new Map()
        level = node.next
      }
    }
    if (node) node.mask |= bit
  }

  /**
   * For each class and token, the token's position in the longest match of that class
   * (0 none, 1 B, 2 I, 3 L, 4 U), written to `out[token * GAZ_CLASSES.length + class]`.
   * Matches never cross a sentence boundary (`sentence[i]` is token i's sentence).
   */
  match(norms: readonly string[], sentence: ArrayLike<number>, out: Uint8Array): void {
    const nc = GAZ_CLASSES.length
    const covered = new Int32Array(nc)
    const longest = new Int32Array(nc)
    for (let i = 0; i < norms.length; i++) {
      longest.fill(-1)
      let level: Map<string, TrieNode> | null = this.root
      for (let j = i; j < norms.length && j < i + MAX_LEN && level; j++) {
        if (sentence[j] !== sentence[i]) break
        const node: TrieNode | undefined = level.get(norms[j] as string)
        if (!node) break
        for (let m = node.mask, c = 0; m !== 0; m >>>= 1, c++) if (m & 1) longest[c] = j
        level = node.next
      }
      for (let c = 0; c < nc; c++) {
        const end = longest[c] as number
        if (end < 0 || (covered[c] as number) > i) continue
        if (end === i) out[i * nc + c] = 4
        else {
          out[i * nc + c] = 1
          for (let k = i + 1; k < end; k++) out[k * nc + c] = 2
          out[end * nc + c] = 3
        }
        covered[c] = end + 1
      }
    }
  }
}

let instance: Gazetteer | null = null

/** The shared gazetteer, loaded once (data/gazetteer.json + lexicon.ts). */
export function gazetteer(): Gazetteer {
  if (instance) return instance
  const path = fileURLToPath(new URL('../../../../data/gazetteer.json', import.meta.url))
  const generated = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>
  instance = new Gazetteer({
    ...generated,
    orgword: ORG_WORDS,
    title: PERSON_TITLES,
    firstname: FIRST_NAMES,
    locword: LOC_WORDS,
    orgname: ORG_NAMES,
  })
  return instance
}
