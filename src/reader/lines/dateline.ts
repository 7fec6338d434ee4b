/** Where a wire story was filed, and by which agency: "KYIV (Reuters) —" → Kyiv, Reuters. */
export interface Dateline {
  readonly place: string | null
  readonly source: string | null
  /** UTF-16 length of the dateline at the start of the line (it stays in the body text). */
  readonly length: number
}

const UPPER_PLACE =
  /^([\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}?(?:,\s*[\p{L}\p{M}. ]{2,30}?)?)\s*(?:\(([^)]{1,40})\))?\s*(?:—|–|--|-)\s*(?=\S)/u
const AGENCY_PLACE =
  /^([\p{Lu}][\p{L}\p{M} .'’/-]{1,40}?)\s*\(([^)]{1,40})\)\s*(?:—|–|--|-)\s*(?=\S)/u
const SOURCE_ONLY = /^\(([\p{Lu}][\p{L}\d .&-]{1,30})\)\s*(?:—|–|--|-)?\s*(?=\S)/u

function title(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
}

/**
 * The dateline opening a body paragraph, or null: an upper-case place with an optional agency
 * ("WASHINGTON (AP) —", "SAN JOSE, Costa Rica —", "BEIJING --"), a place with an agency
 * ("Berlin (dpa) -"), or an agency alone ("(CNN)"). The dateline stays in the body; the place is
 * returned in title case.
 *
 * @example
 * parseDateline('KYIV (Reuters) — Russia launched...') // → { place: 'Kyiv', source: 'Reuters', ... }
 */
export function parseDateline(line: string): Dateline | null {
  const upper = UPPER_PLACE.exec(line)
  if (upper) {
    const [city, region] = (upper[1] as string).split(/,\s*/)
    const cityWord = (city as string).trim()
    // The city part must be in capitals ("BEIJING"), not a capitalised first word ("The").
    if (cityWord === cityWord.toUpperCase() && /\p{Lu}{2}/u.test(cityWord)) {
      const place = region ? `${title(cityWord)}, ${region.trim()}` : title(cityWord)
      return { place, source: upper[2] ?? null, length: upper[0].length }
    }
  }
  const agency = AGENCY_PLACE.exec(line)
  if (agency)
    return {
      place: (agency[1] as string).trim(),
      source: agency[2] ?? null,
      length: agency[0].length,
    }
  const source = SOURCE_ONLY.exec(line)
  if (source) return { place: null, source: source[1] ?? null, length: source[0].length }
  return null
}
