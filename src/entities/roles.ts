import type { Role } from '../core/schema.js'
import { type Analysis, capitalised, norm } from './analysis.js'
import type { WorkEntity } from './cluster.js'
import { countryOf, countryOfDemonym } from './data/places.js'
import { PORTFOLIO_HEADS, TITLE_MODIFIERS } from './data/titles.js'
import { isPossessive, type TitleHit, titleAt, titleBefore } from './titles.js'

const OF_JOINERS = new Set(['of', 'and', 'for', 'the', '&'])

/**
 * Reads appositions after person names: "Andriy Yermak, head of the Presidential Office," gives
 * the role {Head, of: Presidential Office}; "Dmytro Kuleba, Ukraine's foreign minister," gives
 * {Foreign Minister, of: Ukraine}. The apposition must be closed by a comma, a full stop or the end
 * of the sentence, so a list of names is not read as one.
 */
export function addAppositions(a: Analysis, entities: readonly WorkEntity[]): void {
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    for (const m of e.names) {
      const hit = appositionAfter(a, m.last) ?? appositionBefore(a, m.first)
      if (hit) {
        e.roles.push(hit)
        e.nationality ??= hit.country
      }
    }
  }
}

const OPENERS = new Set([',', ';', ':', '—', '–', '"', '“', '('])

/**
 * A title phrase before a name and a comma: "Ukraine's president, Volodymyr Zelensky, said".
 * The phrase must open its sentence or clause, so "talks with the president, Zelensky and ..."
 * (a list) is not read.
 */
function appositionBefore(a: Analysis, first: number): TitleHit | null {
  const comma = first - 1
  if (norm(a, comma) !== ',') return null
  const sentence = a.tokens[first]?.sentence ?? 0
  const floor = a.sentenceFirst[sentence] ?? 0
  const parsed = titleBefore(a, comma, floor, () => null)
  if (!parsed?.hit) return null
  let s = parsed.start
  if (s > floor && ['the', 'a', 'an'].includes(norm(a, s - 1))) s--
  if (s !== floor && !OPENERS.has(norm(a, s - 1))) return null
  return parsed.hit
}

function appositionAfter(a: Analysis, after: number): TitleHit | null {
  if (norm(a, after) !== ',') return null
  const sentence = a.tokens[after]?.sentence
  let k = after + 1
  if (norm(a, k) === 'the' || norm(a, k) === 'a' || norm(a, k) === 'an') k++
  let of: string | null = null
  let country: string | null = null
  const word = a.tokens[k] ? a.text.slice(a.tokens[k]?.start, a.tokens[k]?.end) : ''
  const cw = capitalised(a, k) ? (countryOfDemonym(word) ?? countryOf(word)) : null
  if (cw) {
    of = cw.name
    country = cw.code
    k += isPossessive(a, k + 1) ? 2 : 1
  }
  let mod: string | null = null
  if (TITLE_MODIFIERS.has(norm(a, k))) {
    mod = TITLE_MODIFIERS.get(norm(a, k)) ?? null
    k += norm(a, k + 1) === '-' ? 2 : 1
  }
  let portfolio = ''
  let m = titleAt(a, k, a.sentenceFirst[(sentence ?? 0) + 1] ?? a.tokens.length)
  if (!m && a.tokens[k]?.pos === 'ADJ') {
    const next = titleAt(a, k + 1, a.sentenceFirst[(sentence ?? 0) + 1] ?? a.tokens.length)
    const head = next?.entry.phrase.split(' ').at(-1) ?? ''
    if (next && PORTFOLIO_HEADS.has(head)) {
      portfolio = capitalise(norm(a, k))
      m = next
    }
  }
  if (!m) return null
  k = m.end
  if (norm(a, k) === 'of') {
    let j = k + 1
    while (OF_JOINERS.has(norm(a, j)) && j < k + 3) j++
    const start = j
    while (a.tokens[j] && a.tokens[j]?.sentence === sentence) {
      if (capitalised(a, j) || (OF_JOINERS.has(norm(a, j)) && capitalised(a, j + 1))) j++
      else break
    }
    if (j === start) return null
    const t0 = a.tokens[start]
    const t1 = a.tokens[j - 1]
    if (!t0 || !t1) return null
    const name = a.text.slice(t0.start, t1.end)
    const c = countryOf(name)
    of = c ? c.name : name
    country = c ? c.code : country
    k = j
  }
  const close = norm(a, k)
  const closed =
    close === ',' ||
    close === '.' ||
    close === ')' ||
    close === ';' ||
    a.tokens[k] === undefined ||
    a.tokens[k]?.sentence !== sentence
  if (!closed) return null
  let title = portfolio ? `${portfolio} ${m.entry.title}` : m.entry.title
  if (mod) title = `${mod} ${title}`
  return { title, of, country, gender: m.entry.gender ?? null }
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1)
}

/**
 * The entity's roles, merged: one per title (case-insensitive), an `of` filling a missing one;
 * a bare title is dropped when the entity holds the same title as "former" (news copy calls
 * former presidents "President X"), and "then-" titles are already "former".
 */
export function settleRoles(hits: readonly TitleHit[]): TitleHit[] {
  const out: TitleHit[] = []
  for (const h of hits) {
    const key = h.title.toLowerCase()
    const i = out.findIndex((r) => r.title.toLowerCase() === key)
    const same = out[i]
    if (same === undefined) out.push(h)
    else if (same.of === null && h.of !== null) out[i] = { ...same, of: h.of, country: h.country }
  }
  const former = new Map<string, number>()
  out.forEach((r, i) => {
    const t = r.title.toLowerCase()
    if (t.startsWith('former ')) former.set(t.slice(7), i)
  })
  const kept: TitleHit[] = []
  for (const r of out) {
    const i = former.get(r.title.toLowerCase())
    if (i === undefined) {
      kept.push(r)
      continue
    }
    const past = out[i] as TitleHit
    if (past.of === null && r.of !== null) out[i] = { ...past, of: r.of, country: r.country }
  }
  // Re-read the "former" entries, which may have taken an `of` from a dropped bare title.
  return kept.map((r) => {
    const i = out.findIndex((o) => o.title === r.title)
    return i === -1 ? r : (out[i] as TitleHit)
  })
}

/** The contract's roles of merged title hits. */
export function toRoles(hits: readonly TitleHit[]): Role[] {
  return hits.map((h) => ({ title: h.title, of: h.of }))
}

/** The head of a role title without its "former"/"acting" modifier, lower case; and whether it is past. */
export function roleHead(title: string): { head: string; former: boolean } {
  const t = title.toLowerCase()
  if (t.startsWith('former ')) return { head: t.slice(7), former: true }
  if (t.startsWith('acting ') || t.startsWith('interim ')) {
    return { head: t.slice(t.indexOf(' ') + 1), former: false }
  }
  return { head: t, former: false }
}
