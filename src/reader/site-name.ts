/**
 * The site a page belongs to, as its URL and its own name give it: the host name ({@link
 * hostName}, {@link siteFromUrl}), and whether a text is the site's name rather than a headline
 * or an author. Shared by the text reader (lines/headline.ts, lines/classify.ts) and the HTML
 * reader (html/metadata.ts, html/title.ts, html-reader.ts).
 */
import { fold, plainForm } from './url-slug.js'

/**
 * A URL's host name, lower-cased, without "www." (or "www2.", "m.", "amp."), a port or a user
 * ("tierpark-nord.de"); '' when the URL is not absolute. The host is read as written, so an
 * international one keeps its letters ("bäckerei-nord.de", not its "xn--" form), as the site's
 * name spells them.
 *
 * @example
 * hostName('https://www.example.org/a/b') // → 'example.org'
 */
export function hostName(url: string | null): string {
  const host = /^[a-z][a-z\d+.-]*:\/\/([^/?#]+)/i.exec(url ?? '')?.[1] ?? ''
  return host
    .replace(/^.*@/, '')
    .replace(/:\d*$/, '')
    .toLowerCase()
    .replace(/^(?:www\d*|m|amp)\./, '')
}

/**
 * The site name a URL gives when the page names none: its host ({@link hostName}), else null.
 *
 * @example
 * siteFromUrl('https://www.example.org/a/b') // 'example.org'
 */
export function siteFromUrl(url: string | null): string | null {
  return hostName(url) || null
}

/** The words of a text, lower-cased and without diacritics. */
function words(text: string): string[] {
  return plainForm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
}

/** Name words this short ("die", "the", "efc") are not weighed: articles and initials. */
const MIN_WORD = 4
/** A name word inside a longer site word ("figaro" in "lefigaro") counts from this length. */
const MIN_PART = 5

/**
 * True when an author name is really the site: a domain ("ORF.at"), a site name as given
 * ("tagesschau.de" for "tagesschau"), or a name whose every word of four letters or more is a
 * word of the site's names or host ("Die FURCHE" on furche.at, "Madame Figaro" on
 * madame.lefigaro.fr), or a name of short words only that are site words or its initials ("LN"
 * on ln-online.de, "JF" for "Junge Freiheit"). A person's name has a word the site does not.
 *
 * @example
 * isSiteName('Die FURCHE', ['furche.at']) // true
 * isSiteName('Ursula Baatz', ['furche.at', 'Die Furche']) // false
 */
export function isSiteName(name: string, sites: readonly string[]): boolean {
  const n = name.toLowerCase().replace(/\s+/g, '')
  if (/\.[a-z]{2,6}$/.test(n)) return true
  const siteWords = new Set<string>()
  for (const s of sites) {
    const x = s.toLowerCase().replace(/\s+/g, '')
    if (x !== '' && (x === n || x.startsWith(`${n}.`))) return true
    for (const w of words(s)) siteWords.add(w)
  }
  const all = words(name)
  const weighed = all.filter((w) => w.length >= MIN_WORD)
  if (weighed.length === 0) {
    // Only short words ("LN", "FR"): the site when each is a word of the site's names or host
    // ("ln" of ln-online.de) or the initials of a site name ("JF" for "Junge Freiheit").
    const initials = new Set(
      sites.map((s) =>
        words(s)
          .map((w) => w[0])
          .join(''),
      ),
    )
    return all.length > 0 && all.every((w) => siteWords.has(w) || initials.has(w))
  }
  return weighed.every(
    (w) =>
      siteWords.has(w) ||
      (w.length >= MIN_PART && [...siteWords].some((s) => s.length > w.length && s.includes(w))),
  )
}

const SITE_SUFFIX = /\s(?:[|–—·]|::|-)\s([^|–—·]{2,40})$/u

/** Letters and digits of a text, folded ("LÍBERO" → "libero"). */
const squeeze = (text: string) => fold(text).replace(/[^a-z0-9]/g, '')

/** The most letters a site's name and its host's name differ by ("The Quiet Lab"). */
const SITE_SLACK = 4

/**
 * True when a line is the site's name as its host spells it (`host` from {@link hostName}, top
 * level domain aside): "Tierpark Nord" on tierpark-nord.de, "The Quiet Lab" on quietlab.fr.
 * The text reader's test of a headline candidate: a line of the page, matched letter for letter
 * with some slack, where {@link isSiteName} weighs an author's name word by word.
 *
 * @example
 * spellsHost('Tierpark Nord', hostName('https://www.tierpark-nord.de/de/aktuelles')) // → true
 */
export function spellsHost(line: string, host: string): boolean {
  const name = squeeze(host.replace(/\.[^.]+$/, ''))
  const text = line.length > 60 ? '' : squeeze(line)
  if (name.length < 5 || text.length < 5 || Math.abs(name.length - text.length) > SITE_SLACK)
    return false
  return name.includes(text) || text.includes(name)
}

/**
 * A headline without the site's name after it ("Headline | LÍBERO", "Headline - Example News"
 * on example-news.com): the part after the last separator, when the page's host spells it out.
 *
 * @example
 * dropSiteSuffix('Rain ends drought | Daily Planet', 'https://www.dailyplanet.com/a/1') // → 'Rain ends drought'
 */
export function dropSiteSuffix(text: string, url: string | null): string {
  const m = url === null ? null : SITE_SUFFIX.exec(text)
  if (!m || m.index < 10) return text
  const host = squeeze(hostName(url))
  const site = squeeze(m[1] as string)
  return site.length >= 3 && host.includes(site) ? text.slice(0, m.index).trimEnd() : text
}
