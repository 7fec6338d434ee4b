import { type Slug, slugHits, slugLineWords } from '../url-slug.js'
import { findDates } from './dates.js'
import { contentWords, type LineFeatures } from './features.js'

/**
 * The headline's echo: the share of a line's content words that the article body repeats. A
 * headline names what its article is about, so its words come back in the first paragraphs; a
 * menu item or a teaser of another story does not echo. Prefixes of 5+ letters match, so
 * inflected forms count ("Zelensky's" / "Zelensky", "Wahlen" / "Wahl").
 */
export function echo(line: string, body: ReadonlySet<string>): number {
  const words = contentWords(line)
  if (words.length === 0) return 0
  let hits = 0
  for (const w of words) {
    if (body.has(w) || (w.length >= 6 && body.has(w.slice(0, 5)))) hits++
  }
  return hits / words.length
}

const ECHO_CHARS = 2000

/** The body's content words for {@link echo}, with their 5-letter prefixes. */
export function echoSet(paragraphs: readonly string[]): Set<string> {
  const set = new Set<string>()
  // The article's opening is where a headline echoes (speed: at most ~2,000 UTF-16 units).
  let budget = ECHO_CHARS
  for (const p of paragraphs) {
    if (budget <= 0) break
    const text = p.length > budget ? p.slice(0, budget) : p
    budget -= text.length
    for (const w of contentWords(text)) {
      set.add(w)
      if (w.length >= 6) set.add(w.slice(0, 5))
    }
  }
  return set
}

/** A candidate headline line with its index, features and neighbourhood. */
export interface TitleCandidate {
  readonly index: number
  readonly text: string
  readonly features: LineFeatures
  /** The first text line of the page (a clean article's headline stands there). */
  readonly first: boolean
  /** Text lines between the candidate and the article's first paragraph. */
  readonly distance: number
  /**
   * The line stands outside the lines searched first (below the article's first paragraph or far
   * above it): the run found may not be the article, but the URL spells this line out.
   */
  readonly far: boolean
  /** The share of the line's content words that the paragraphs after it repeat ({@link echo}). */
  readonly echo: number
  /** A byline follows within a few lines, before any paragraph (a headline stands over it). */
  readonly bylineAfter: boolean
  /**
   * 'tail': a neighbour line ends with this one (a breadcrumb trail or a kicker before the
   * headline); 'head': this line ends with a neighbour (it is that trail or kicker); else null.
   */
  readonly crumb: 'tail' | 'head' | null
  /** Running text follows within eight lines (a teaser in a list of links has none). */
  readonly proseAfter: boolean
  /**
   * The line right above is a shorter headline-shaped line the body repeats: this line is the
   * standfirst under that headline.
   */
  readonly underHeadline: boolean
  /** The line is the site's name, as its host spells it ("Tierpark Nord" on tierpark-nord.de). */
  readonly site: boolean
  /** The page writes the same line again nearby (a headline over its article, and in its trail). */
  readonly repeated: boolean
}

/** The headline chosen, and whether the evidence is strong enough to anchor the article on it. */
export interface ChosenTitle {
  readonly candidate: TitleCandidate
  readonly strong: boolean
}

/** Two or more breadcrumb or menu separators: "Start|Magazin|Tipps", "home / Betrieb / IT / ...". */
const CRUMBS = /(?:[|>»›]|\s\/\s)(?:[^|>»›]*?)(?:[|>»›]|\s\/\s)/u
/** A full stop followed by another sentence inside the line: a caption or a lead. */
const INNER_SENTENCE = /\p{Ll}\.["'”’»]?\s+\p{Lu}\p{Ll}/u
/** No word of two letters once dates, times and numbers are gone: "19.10.2019 12.09", "2/5". */
const hasWords = (text: string) => /\p{L}{2}/u.test(text)

/**
 * Picks the headline among the candidates, or returns null. A headline has a headline's shape
 * (1-30 words, at most 250 UTF-16 units, letters, not a sentence of running text, not a
 * breadcrumb trail) and is attested: it opens the page, or the paragraphs after it repeat its
 * words, or the URL's path spells it out, or it stands over a byline. Among several, a weighted
 * sum of that evidence decides, less a cost for the distance to the article's first paragraph
 * (more for a line below it); a label ending in a colon, a line of two sentences, a short line and
 * the site's name lose, a line the page writes twice nearby gains. One word of a long URL is a section name ("Politik"), not evidence. A line the URL spells
 * out near the article wins, else one it spells out elsewhere, else the best line; but a line far
 * from the run that spells three quarters of the URL, two words more than any near line, is the
 * headline and the near line a teaser repeating it (a list of links). The choice is strong
 * (it may anchor the article) when the URL spells it out, when it opens the page, when the body
 * repeats most of its words, or when it stands over a byline and the body repeats some of them.
 */
export function chooseTitle(candidates: readonly TitleCandidate[], slug: Slug): ChosenTitle | null {
  // The best line the URL spells out near the article, else elsewhere, else the best of all: the
  // URL is evidence independent of the run of prose found, which may not be the article.
  const best: (ChosenTitle | null)[] = [null, null, null]
  const bestScore = [0, 0, 0]
  // The far line spelling most of the URL, and the most URL words a near line spells: a teaser
  // of the article near the run found (a list repeating it) spells fewer than its headline.
  let fullest: { chosen: ChosenTitle; hits: number } | null = null
  let nearHits = 0
  for (const c of candidates) {
    const f = c.features
    if (f.words < 1 || f.words > 30 || c.text.length > 250 || !hasWords(c.text)) continue
    if (c.crumb === 'head') continue
    // A long line ending like a sentence and full of stop words is prose, not a headline.
    if (f.words > 12 && /[.]$/.test(c.text) && f.stopRatio > 0.3 && c.crumb !== 'tail') continue
    if (CRUMBS.test(c.text)) continue
    const hits = slug.count === 0 ? 0 : slugHits(c.text, slug.words)
    const u = hits === 0 ? 0 : hits / Math.max(1, slugLineWords(c.text).length)
    // One word that a longer URL repeats is a section name ("Politik", "Sport").
    const section = hits === 1 && (slug.count > 2 || f.words > 3)
    const bySlug = section ? 0 : u * 2.5 + Math.min(hits, 6) * 0.3
    // A first line that is a sentence ("Maria Lenz has opened a bakery in Graz.") is the lead;
    // a line in headline case ending in an abbreviation ("... after Storm Alert Tues.") is not.
    const headline = headlineCase(c.text)
    const sentence = f.words >= 6 && /[.!]["'”’]?$/.test(c.text) && !headline
    if (sentence && u < 0.5 && c.crumb !== 'tail') continue
    // Echoed words weigh by their number: a one-word menu item echoes by chance.
    const words = contentWords(c.text).length
    let score = c.echo * Math.min(2, 0.5 + words * 0.5) + bySlug
    score -= c.far ? 1.5 + c.distance * 0.002 : c.distance * 0.03
    if (c.first && !sentence) score += 1.2
    if (f.words >= 3) score += 0.4
    if (f.words === 1) score -= 0.8
    if (c.bylineAfter) score += 1
    if (c.crumb === 'tail') score += 0.5
    if (c.proseAfter) score += 0.5
    if (c.underHeadline) score -= 1
    // The site's name heads every page of the site (a logo's text): the headline when no other
    // line is (a home page), else not.
    if (c.site) score -= SITE_NAME
    // A headline is often written twice near its article (its heading and a trail's or a
    // teaser's copy); a menu item or section label rarely stands twice so near.
    if (c.repeated) score += REPEATED
    // A label or kicker ("Konsumsparen Fazit Nummer 1:") introduces what follows.
    if (/:\s*$/.test(c.text)) score -= 1.5
    if (INNER_SENTENCE.test(c.text)) score -= 1
    // Headlines rarely end in a full stop; captions and teaser sentences do.
    if (/\p{L}\.$/u.test(c.text) && !headline) score -= 0.5
    // Spelled out: half the line's words in the URL, or half the URL's words in the line; a line
    // far from the article needs three words of the URL or all its words in it (a menu item
    // "zurück zu Gute Ideen" repeats a section's two).
    const many = hits >= Math.max(3, Math.ceil(slug.count * 0.5))
    const near = u >= 0.5 || many
    const spelled = !section && (c.far ? (hits >= 3 && near) || (hits >= 2 && u === 1) : near)
    const attested = c.echo >= 0.25 || spelled || c.first || (c.bylineAfter && f.words >= 3)
    if (!attested) continue
    const strong =
      (spelled && (hits >= 2 || slug.count <= 2)) ||
      c.first ||
      c.echo >= 0.6 ||
      (c.bylineAfter && c.echo >= 0.3)
    if (spelled && !c.far) nearHits = Math.max(nearHits, hits)
    const covers =
      spelled &&
      c.far &&
      u >= 0.5 &&
      !sentence &&
      !INNER_SENTENCE.test(c.text) &&
      hits >= Math.ceil(slug.count * COVER) &&
      hits > (fullest?.hits ?? 0)
    if (covers) fullest = { chosen: { candidate: c, strong }, hits }
    for (const tier of spelled ? [c.far ? 1 : 0, 2] : [2]) {
      if (score <= (bestScore[tier] as number)) continue
      best[tier] = { candidate: c, strong }
      bestScore[tier] = score
    }
  }
  if (fullest !== null && fullest.hits >= nearHits + FULLER_BY) return fullest.chosen
  return best[0] ?? best[1] ?? best[2] ?? null
}

/** Short words English headline case leaves in lower case ("Talks on Trade Resume in Oslo"). */
const MINOR_WORDS = new Set(
  'a an the and but or nor so yet for of in on at to by up off out with from as into onto over under after before amid about against since until than vs via per'.split(
    ' ',
  ),
)

/**
 * True for a line in English headline case: four or more words, each one capitalised (or a
 * number) but the short function words ("Rail Strike Called Off after Talks on Wed."). Running
 * text has lower-case words; such a line is a headline even when an abbreviation ends it.
 *
 * @example
 * headlineCase('Rail Strike Called Off after Talks on Wed.') // → true
 * headlineCase('The strike was called off on Wednesday.') // → false
 */
export function headlineCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length < 4) return false
  let capitals = 0
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\p{N}]+/u, '')
    if (/^[\p{Lu}\p{N}]/u.test(bare)) capitals++
    else if (!MINOR_WORDS.has(bare.toLowerCase())) return false
  }
  return capitals >= 3
}

/** What a line gains in the headline's choice when the page writes it again nearby. */
const REPEATED = 0.7

/** What a line loses in the headline's choice for being the site's name. */
const SITE_NAME = 1.5

/** The share of the URL's words a far line spells to be its headline over a near line. */
const COVER = 0.75
/** How many more URL words than any near line that far line spells. */
const FULLER_BY = 2

const LEADING_MARKS = /^[\s»›>|[\]*•·–—:-]+/u
/** A page's label before the headline ("Aktuelle Seite: ", "Suche nach: ", "Teile mich: "). */
const LABEL =
  /^(?:aktuelle seite|sie sind hier|you are here|suche nach|teile mich|share|drucken)\s*:\s*/iu
/** A breadcrumb trail before the headline ("Startseite » Rezepte » Kuchen » Headline"). */
const TRAIL = /^(?:[^»›>]{1,40}\s[»›>]\s+){2,}/u

/** A page's label ending in a colon ("Aktuelle Seite:"), not a kicker of the headline. */
export const isLabel = (line: string) => LABEL.test(`${line} `)

/**
 * A headline line without the breadcrumb marks, trail or label before it ("» Unbefriedigt" →
 * "Unbefriedigt"). A mark that a closing one answers is a quotation ("»frag.jetzt«" stays).
 */
export function cleanTitle(text: string): string {
  let t = text.replace(LABEL, '').replace(TRAIL, '')
  // A date before the headline ("14.02.2021 - Lisa Brunner darf ...") is the page's, not the
  // headline's.
  const date = findDates(t)[0]
  if (date?.start === 0) {
    const sep = /^\s*(?:[-–—|:·•]\s*)/u.exec(t.slice(date.end))
    if (sep) t = t.slice(date.end + sep[0].length)
  }
  const lead = LEADING_MARKS.exec(t)?.[0] ?? ''
  const quoted =
    (lead.trim() === '»' && t.includes('«')) || (lead.trim() === '*' && t.indexOf('*', 1) > 0)
  if (!quoted) t = t.slice(lead.length)
  return t === '' ? text : t
}

const INLINE_KICKER = /^(.{3,80}?)(?::\s+|\s[–—|]\s+)(.+)$/u

/**
 * A headline without the kicker written before it on the same line, when the URL spells out the
 * headline but not the kicker ("Klimawandel und Wälder – Warum Dürre alte
 * Buchen schwächt" under ".../warum-duerre-alte-buchen-schwaecht-518204").
 */
export function dropKicker(text: string, slug: Slug): string {
  const m = INLINE_KICKER.exec(text)
  if (!m || slug.count < 3) return text
  const [kicker, rest] = [m[1] as string, m[2] as string]
  if (contentWords(kicker).length > 4 || contentWords(rest).length < 2) return text
  const restHits = slugHits(rest, slug.words)
  if (slugHits(kicker, slug.words) === 0 && restHits >= 2 && restHits >= slug.count * 0.6)
    return dropKicker(rest, slug)
  return text
}
