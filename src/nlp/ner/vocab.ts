import { createRequire } from 'node:module'

/**
 * The English vocabulary the NER tagger asks "is this capitalised word also an ordinary English
 * word?" (a feature, never a decision). Entries come from the lexicon of the installed
 * wink-eng-lite-web-model (its ~85k lower-case lexemes, each with the part of speech the model
 * gives the word out of context): "said" → VERB, "washington" → PROPN, "trump" → UNK, and a word
 * the lexicon does not hold ("zelensky", "merkel", "lyon") → none. A sentence-initial "Zelensky"
 * followed by "wrote" is then read like an unknown name, not like "Police" or "However".
 */

/** Lexicon classes (feature values): not in the lexicon, or the lexeme's part of speech. */
export const LEX_NONE = 0
export const LEX_PROPN = 1
/** In the lexicon without a part of speech ("trump", "bush": often names). */
export const LEX_UNK = 2
export const LEX_NOUN = 3
export const LEX_VERB = 4
export const LEX_ADJ = 5
export const LEX_OTHER = 6

const CLASS_OF: Record<string, number> = {
  PROPN: LEX_PROPN,
  UNK: LEX_UNK,
  NOUN: LEX_NOUN,
  VERB: LEX_VERB,
  ADJ: LEX_ADJ,
}

interface WinkCoreModel {
  readonly packing: { readonly size: number; readonly layout: Record<string, number[]> }
  readonly lexicon: Uint32Array
  readonly pos: { readonly list: readonly string[] }
  readonly features: { readonly lexeme: { readonly list: readonly string[] } }
}

let table: Map<string, number> | null = null

/** Lower-case lexeme → its lexicon class. Built once (~50 ms). */
function load(): Map<string, number> {
  const require = createRequire(import.meta.url)
  const read = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => WinkCoreModel
  const m = read()
  const [word, mask, shift] = m.packing.layout.pos as [number, number, number]
  const size = m.packing.size
  const list = m.features.lexeme.list
  const out = new Map<string, number>()
  for (let k = 1; k < list.length; k++) {
    const w = list[k] as string
    if (w.toLowerCase() !== w || w.toUpperCase() === w) continue
    const pos = m.pos.list[((m.lexicon[k * size + word]! & mask) >>> shift) & 63] ?? 'UNK'
    out.set(w, CLASS_OF[pos] ?? LEX_OTHER)
  }
  return out
}

/** The lexicon class of a lower-cased word: LEX_NONE when wink's lexicon does not hold it. */
export function lexClass(norm: string): number {
  table ??= load()
  return table.get(norm) ?? LEX_NONE
}
