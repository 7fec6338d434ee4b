import { type Analysis, capitalised, norm } from './analysis.js'
import { countryOf, countryOfDemonym, fold } from './data/places.js'
import {
  HONORIFICS,
  PORTFOLIO_HEADS,
  TITLE_MODIFIERS,
  TITLES,
  type TitleEntry,
} from './data/titles.js'

/** A title read before a name or in an apposition: "former President" of "United States". */
export interface TitleHit {
  readonly title: string
  readonly of: string | null
  /** ISO alpha-3 code when `of` is a country. */
  readonly country: string | null
  readonly gender: 'm' | 'f' | null
}

/** Title phrases as token sequences, by first token (longest first). */
const BY_FIRST: Map<string, { words: string[]; entry: TitleEntry }[]> = (() => {
  const map = new Map<string, { words: string[]; entry: TitleEntry }[]>()
  for (const entry of TITLES) {
    const words = entry.phrase.replace(/-/g, ' - ').split(/\s+/).filter(Boolean)
    const first = words[0] as string
    const list = map.get(first) ?? []
    list.push({ words, entry })
    map.set(first, list)
  }
  for (const list of map.values()) list.sort((x, y) => y.words.length - x.words.length)
  return map
})()

/** The longest title phrase starting at token `k` and ending at or before token `limit`. */
export function titleAt(
  a: Analysis,
  k: number,
  limit: number,
): { end: number; entry: TitleEntry } | null {
  const list = BY_FIRST.get(norm(a, k))
  if (!list) return null
  const sentence = a.tokens[k]?.sentence
  for (const { words, entry } of list) {
    const end = k + words.length
    if (end > limit) continue
    let ok = true
    for (let w = 1; w < words.length; w++) {
      const t = a.tokens[k + w]
      if (!t || t.norm !== words[w] || t.sentence !== sentence) {
        ok = false
        break
      }
    }
    if (ok) return { end, entry }
  }
  return null
}

/** True when token `k` is a possessive marker ('s, ’s, or a lone apostrophe after -s). */
export function isPossessive(a: Analysis, k: number): boolean {
  const n = norm(a, k)
  return n === "'s" || n === '’s' || n === "'" || n === '’'
}

/** A country named by the word at `k` used as an adjective or name ("U.S.", "Ukrainian"). */
function countryWordAt(a: Analysis, k: number): { code: string; name: string } | null {
  const t = a.tokens[k]
  if (!t || !capitalised(a, k)) return null
  const surface = a.text.slice(t.start, t.end)
  return countryOfDemonym(surface) ?? countryOf(surface)
}

/** Reads a modifier ending just before token `k` ("former", "then-", "ex-"): its canonical form. */
function modifierBefore(
  a: Analysis,
  k: number,
  floor: number,
): { start: number; mod: string | null } | null {
  let s = k - 1
  if (s >= floor && norm(a, s) === '-') s--
  if (s < floor) return null
  const n = norm(a, s)
  if (!TITLE_MODIFIERS.has(n)) return null
  // "then" and "ex" are modifiers only when hyphenated to the title ("then-President").
  if ((n === 'then' || n === 'ex') && norm(a, s + 1) !== '-') return null
  return { start: s, mod: TITLE_MODIFIERS.get(n) ?? null }
}

/** A span of the document that may name what a title is "of" ("European Commission President"). */
export type SpanEndingAt = (token: number) => { start: number; name: string } | null

/**
 * Parses the title material before a name that starts at token `c` ("Ukraine's Foreign Minister",
 * "former U.S. President", "President-elect", "Mr."). Returns the first token of that material
 * and the title read, or null when no title stands there.
 */
export function titleBefore(
  a: Analysis,
  c: number,
  floor: number,
  spanEndingAt: SpanEndingAt,
): { start: number; hit: TitleHit | null; honorific: 'm' | 'f' | null | undefined } | null {
  let k = c
  let honorific: 'm' | 'f' | null | undefined
  if (k - 1 >= floor && HONORIFICS.has(norm(a, k - 1))) {
    honorific = HONORIFICS.get(norm(a, k - 1)) ?? null
    k--
  }
  let found: { start: number; entry: TitleEntry } | null = null
  for (let s = Math.max(floor, k - 5); s < k; s++) {
    const m = titleAt(a, s, k)
    if (m && m.end === k) {
      found = { start: s, entry: m.entry }
      break
    }
  }
  // A lower-case title word used as an adjective is no title ("major U.S. indexes").
  const head0 = a.tokens[found?.start ?? -1]
  if (found && head0 && head0.pos === 'ADJ' && !capitalised(a, found.start)) found = null
  if (!found) return honorific === undefined ? null : { start: k, hit: null, honorific }
  let start = found.start
  const words = found.entry.phrase.split(/[\s-]+/)
  const head = words[words.length - 1] as string
  const portfolio: string[] = []
  if (PORTFOLIO_HEADS.has(head) && words.length === 1) {
    while (start - 1 >= floor && portfolio.length < 2) {
      const p = start - 1
      const t = a.tokens[p]
      if (!t || !/^\p{L}+$/u.test(a.text.slice(t.start, t.end))) break
      if (countryWordAt(a, p) || TITLE_MODIFIERS.has(t.norm) || HONORIFICS.has(t.norm)) break
      // A tagged organisation or place before the title is what it is "of", not a portfolio.
      if (spanEndingAt(p + 1)) break
      const cap = capitalised(a, p)
      if (!cap && !(t.pos === 'ADJ' && portfolio.length === 0)) break
      if (cap && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ') break
      portfolio.unshift(cap ? a.text.slice(t.start, t.end) : capitalise(t.norm))
      start = p
    }
  }
  let title =
    portfolio.length > 0 ? `${portfolio.join(' ')} ${found.entry.title}` : found.entry.title
  let mod = modifierBefore(a, start, floor)
  if (mod) start = mod.start
  let of: string | null = null
  let country: string | null = null
  const possessive = start - 1 >= floor && isPossessive(a, start - 1)
  const ofEnd = possessive ? start - 1 : start
  const cw = ofEnd - 1 >= floor ? countryWordAt(a, ofEnd - 1) : null
  if (cw) {
    of = cw.name
    country = cw.code
    start = ofEnd - 1
  } else {
    const span = spanEndingAt(ofEnd)
    if (span && span.start >= floor) {
      const c2 = countryOf(span.name)
      of = c2 ? c2.name : span.name
      country = c2 ? c2.code : null
      start = span.start
    }
  }
  if (!mod) {
    mod = modifierBefore(a, start, floor)
    if (mod) start = mod.start
  }
  if (mod?.mod) title = `${mod.mod} ${title}`
  return {
    start,
    hit: { title, of, country, gender: found.entry.gender ?? honorific ?? null },
    honorific,
  }
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1)
}

/** Folded forms of every title word, to tell a span made only of title words. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  TITLES.flatMap((t) => t.phrase.split(/[\s-]+/)).map(fold),
)
