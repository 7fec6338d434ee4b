import { isSiteName } from '../site-name.js'
import { headlineSlug, type SlugForms, slugAgreement } from '../url-slug.js'
import { decodeEntities } from './dom.js'

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
  /** The page's URL: its slug arbitrates between candidates ({@link slugAgreement}). */
  readonly url?: string | null
}

const SEPARATOR = /\s+[|–—·•»«:/~]{1,2}\s+|\s+-{1,2}\s+|\s*\|\s*/
const MAX_SITE_WORDS = 4
// A part that is only a date ("23.01.2022 - Headline", "Headline | 2024-11-06"): never the title.
const DATE_PART = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})$/u

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
 * True when a short part (at most {@link MAX_SITE_WORDS} words) has the name of the site's domain
 * as a word ("MyOOS Community Forum" on foren.myoos.de): a title's edge part like that is the
 * site's, not the story's.
 */
function namesDomain(part: string, sites: readonly string[]): boolean {
  const words = norm(part).split(' ')
  if (words.length > MAX_SITE_WORDS) return false
  return sites.some((s) => {
    const labels = s.toLowerCase().split('.')
    if (labels.length < 2 || /\s/.test(s)) return false
    const name = (labels[labels.length - 2] as string).replace(/-/g, '')
    return name.length >= 4 && words.includes(name)
  })
}

/** The parts of a title between separators (" | ", " - ", " » "...) and the separators. */
function splitTitle(title: string): { parts: string[]; seps: string[] } {
  const parts: string[] = []
  const seps: string[] = []
  let rest = title
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index))
    seps.push(m[0])
    rest = rest.slice(m.index + m[0].length)
  }
  parts.push(rest)
  return { parts, seps }
}

/**
 * Drops the site's name from a title (and a part that is only a date): "Story | Site", "Site - Story", "Story – Site Name". A part
 * is the site when it matches a known site name; failing that, a short last part (at most four
 * words) after a ` | ` separator is taken to be the site.
 *
 * @example
 * stripSiteName('Flood warning lifted | Daily Post', ['Daily Post']) // 'Flood warning lifted'
 */
export function stripSiteName(title: string, sites: readonly string[]): string {
  const { parts, seps } = splitTitle(title)
  if (parts.length === 1) return title.trim()
  let from = 0
  let to = parts.length
  while (to - from > 1 && DATE_PART.test((parts[to - 1] as string).trim())) to--
  while (to - from > 1 && DATE_PART.test((parts[from] as string).trim())) from++
  const site = (part: string) => looksLikeSite(part, sites) || namesDomain(part, sites)
  while (to - from > 1 && site(parts[to - 1] as string)) to--
  while (to - from > 1 && site(parts[from] as string)) from++
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
 * When the choice is weak (the only `<h1>`, agreeing with no metadata, or an `<h1>` that is one
 * part of a "Site » Section » Story" title) and the page's URL ends in a headline slug, a
 * candidate the slug spells replaces a choice it does not ({@link bySlug}): the blog's name in its
 * `<h1>`. A better agreed title stands: slugs are often rewritten for search.
 *
 * @example
 * chooseTitle({ jsonLd: null, meta: null, document: 'Brexit: Big news | Site', h1: ['Big news'], sites: [] }) // 'Big news'
 */
export function chooseTitle(c: TitleCandidates): string | null {
  const raw = [c.jsonLd, c.meta, c.document]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map((t) => decodeEntities(t).replace(/\s+/g, ' '))
  const candidates = raw.map((t) => stripSiteName(t, c.sites)).filter((t) => t !== '')
  const h1 = c.h1.filter((t) => t.trim() !== '' && !looksLikeSite(t, c.sites))
  const parts = raw.flatMap((t) => {
    const p = splitTitle(t).parts.map((x) => x.trim())
    return p.length > 1 ? p : []
  })
  const agreed = agreedTitle(candidates, h1)
  // An <h1> that is one whole part of a "A » B » C" title may be the site's name as well as the
  // story ("Four Years Remaining » Blog Archive » Story" with the blog's name in its <h1>).
  const weak = agreed !== null && parts.includes(agreed.trim())
  if (agreed !== null && !weak) return agreed
  // A page's only <h1>, when it is not the site's name, is its visible headline.
  const onlyH1 = c.h1.length === 1 && h1.length === 1 ? (h1[0] as string) : null
  const chosen = agreed ?? onlyH1 ?? candidates[0] ?? h1[0] ?? null
  const left = chosen === null ? [] : splitTitle(chosen).parts.map((x) => x.trim())
  const slug = headlineSlug(c.url ?? null)
  if (slug && (agreed !== null || chosen === onlyH1 || left.length > 1)) {
    return bySlug(chosen, h1, [...h1, ...candidates, ...parts], slug)
  }
  // Still "Site - Story - Section - News" after the known site names went: the longest part.
  if (left.length >= MIN_CHAIN_PARTS) return longest(left)
  return chosen
}

/** A title of this many parts after stripping is a chain of site, sections and story. */
const MIN_CHAIN_PARTS = 3

const longest = (parts: readonly string[]): string =>
  parts.reduce((a, b) => (b.length > a.length ? b : a), '')

/** A slug agreement (F1) this high marks a candidate as the headline the URL spells... */
const SLUG_AGREES = 0.6
/** ...when at least this share of its words is in the slug... */
const SLUG_SPELLED = 0.5
/** ...and its F1 is this much above the weak choice's. */
const SLUG_MARGIN = 0.1

/**
 * A weakly chosen title (an `<h1>` alone, one part of a multi-part title, or a title still in
 * parts) stands when it is an `<h1>` or in one piece and has most of the slug's words; else it gives way to the candidate that agrees best with the slug, when that agrees well
 * (F1 ≥ {@link SLUG_AGREES}, most of its words in the slug) and clearly better
 * ({@link SLUG_MARGIN}). Ties keep the earlier candidate (h1s first).
 */
function bySlug(
  chosen: string | null,
  h1: readonly string[],
  pool: readonly string[],
  slug: SlugForms,
): string | null {
  const agreement = chosen === null ? null : slugAgreement(chosen, slug)
  // A headline in one piece that spells most of the slug stands, a kicker or a tail included.
  const whole = chosen !== null && (h1.includes(chosen) || splitTitle(chosen).parts.length === 1)
  if (agreement && whole && agreement.recall >= SLUG_SPELLED) return chosen
  const base = agreement?.f1 ?? 0
  let best: string | null = null
  let bestScore = base + SLUG_MARGIN
  for (const t of pool) {
    if (t === '' || DATE_PART.test(t)) continue
    const a = slugAgreement(t, slug)
    if (a.precision >= SLUG_SPELLED && a.f1 > bestScore) {
      best = t
      bestScore = a.f1
    }
  }
  return best !== null && bestScore >= SLUG_AGREES ? best : chosen
}

/** The title the metadata and the visible `<h1>` agree on (see {@link chooseTitle}), else null. */
function agreedTitle(candidates: readonly string[], h1: readonly string[]): string | null {
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
  return best
}
