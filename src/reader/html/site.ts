/**
 * The site name a URL gives when the page names none: its host without `www.` (or `m.`).
 *
 * @example
 * siteFromUrl('https://www.example.org/a/b') // 'example.org'
 */
export function siteFromUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host.replace(/^(?:www\d*|m|amp)\./, '') || null
  } catch {
    // not an absolute URL: no host to name the site
    return null
  }
}

/** The words of a text, lower-cased and without diacritics. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
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
