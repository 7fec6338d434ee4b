import { decodeEntities } from './dom.js'
import { isSiteName } from './site.js'

/** The title candidates of a page. */
export interface TitleCandidates {
  readonly jsonLd: string | null
  /** og:title, twitter:title, dc.title... */
  readonly meta: string | null
  /** The `<title>` element. */
  readonly document: string | null
  /** The texts of the page's first `<h1>` elements. */
  readonly h1: readonly string[]
  /** Site names (og:site_name, publisher, host name), used to strip "| Site" parts. */
  readonly sites: readonly string[]
}

const SEPARATOR = /\s+[|–—·•»«:/~]{1,2}\s+|\s+-{1,2}\s+|\s*\|\s*/
const MAX_SITE_WORDS = 4

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

function looksLikeSite(part: string, sites: readonly string[]): boolean {
  const p = norm(part)
  if (p === '' || isSiteName(part, sites)) return true
  return sites.some((s) => {
    const n = norm(s)
    return n !== '' && (p === n || p.replace(/ /g, '') === n.replace(/ /g, '') || n.includes(p))
  })
}

/**
 * Drops the site's name from a title: "Story | Site", "Site - Story", "Story – Site Name". A part
 * is the site when it matches a known site name; failing that, a short last part (at most four
 * words) after a ` | ` separator is taken to be the site.
 *
 * @example
 * stripSiteName('Flood warning lifted | Daily Post', ['Daily Post']) // 'Flood warning lifted'
 */
export function stripSiteName(title: string, sites: readonly string[]): string {
  const parts: string[] = []
  const seps: string[] = []
  let rest = title
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index))
    seps.push(m[0])
    rest = rest.slice(m.index + m[0].length)
  }
  parts.push(rest)
  if (parts.length === 1) return title.trim()
  let from = 0
  let to = parts.length
  while (to - from > 1 && looksLikeSite(parts[to - 1] as string, sites)) to--
  while (to - from > 1 && looksLikeSite(parts[from] as string, sites)) from++
  // Short trailing parts after " | " are site or section names ("Story | News | Post").
  while (to - from > 1) {
    const last = parts[to - 1] as string
    const sep = (seps[to - 2] as string).trim()
    if (sep !== '|' || last.split(/\s+/).length > MAX_SITE_WORDS) break
    to--
  }
  let out = parts[from] as string
  for (let i = from + 1; i < to; i++) out += `${seps[i - 1]}${parts[i]}`
  return out.trim()
}

const words = (s: string): Set<string> =>
  new Set(
    norm(s)
      .split(' ')
      .filter((w) => w !== ''),
  )

/** Jaccard overlap of the word sets of two titles. */
function overlap(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  if (x.size === 0 || y.size === 0) return 0
  let both = 0
  for (const w of x) if (y.has(w)) both++
  return both / (x.size + y.size - both)
}

const MIN_CONTAINED_CHARS = 8
const MIN_OVERLAP = 0.5

/**
 * Chooses the title. The visible headline (`<h1>`) wins when it matches one of the candidates
 * (JSON-LD headline, og:title..., `<title>`, each without its "| Site" part): equal, one inside
 * the other (then the shorter, without its kicker like "Brexit: "), or sharing half its words (a
 * rewritten social title).
 * Otherwise the page's only `<h1>` (unless it is the site's name); else the first candidate in
 * that order; else the first `<h1>`. One of several `<h1>`s that matches no metadata is not
 * trusted: it is often the site's logo.
 *
 * @example
 * chooseTitle({ jsonLd: null, meta: null, document: 'Brexit: Big news | Site', h1: ['Big news'], sites: [] }) // 'Big news'
 */
export function chooseTitle(c: TitleCandidates): string | null {
  const candidates = [c.jsonLd, c.meta, c.document]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map((t) => stripSiteName(decodeEntities(t).replace(/\s+/g, ' '), c.sites))
    .filter((t) => t !== '')
  const h1 = c.h1.filter((t) => t.trim() !== '' && !looksLikeSite(t, c.sites))
  // Every (h1, candidate) pair that matches gives a title and a score; the best score wins.
  let best: string | null = null
  let bestScore = 0
  const consider = (title: string, score: number) => {
    if (score > bestScore) {
      best = title
      bestScore = score
    }
  }
  for (const h of h1) {
    const n = norm(h)
    for (const t of candidates) {
      const m = norm(t)
      if (m === n) consider(h, 3)
      else if (
        Math.min(n.length, m.length) >= MIN_CONTAINED_CHARS &&
        (m.includes(n) || n.includes(m))
      ) {
        // The shorter wins: a kicker ("Brexit: ") sits in the h1 or in the meta title.
        const shorter = m.includes(n) ? h : t
        consider(shorter, 2 + Math.min(n.length, m.length) / Math.max(n.length, m.length))
      } else {
        const o = overlap(h, t)
        if (o >= MIN_OVERLAP) consider(h, 1 + o)
      }
    }
  }
  if (best !== null) return best
  // A page's only <h1>, when it is not the site's name, is its visible headline.
  if (c.h1.length === 1 && h1.length === 1) return h1[0] as string
  return candidates[0] ?? h1[0] ?? null
}
