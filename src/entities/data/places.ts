import countries from 'world-countries/countries.json' with { type: 'json' }

/**
 * Place names and nationality words. Countries, their official names, Latin-script alternative
 * spellings, English demonyms and capitals come from the `world-countries` package (mledoze,
 * ODbL). The extra aliases and regions below are written from common news usage ("U.S.",
 * "America", "Britain", "Gaza Strip", the US states). Keys are folded (lower case, no diacritics,
 * see `fold`). To extend: add to EXTRA_ALIASES (a country) or OTHER_PLACES (any other place).
 */
export interface CountryInfo {
  /** ISO 3166-1 alpha-3 code. */
  readonly code: string
  /** The name used in roles' `of` ("United States", "Ukraine"). */
  readonly name: string
}

interface RawCountry {
  readonly name: { readonly common: string; readonly official: string }
  readonly cca3: string
  readonly unMember?: boolean
  readonly altSpellings: readonly string[]
  readonly capital?: readonly string[]
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } }
}

/** Names used instead of the package's common name, where English news writes otherwise. */
const DISPLAY: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
  CZE: 'Czech Republic',
}

const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'U.S', 'US', 'U.S.A.', 'America', 'the States'],
  GBR: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  TUR: ['Turkey'],
  ARE: ['UAE', 'U.A.E.'],
  COD: ['Democratic Republic of Congo', 'DR Congo', 'DRC'],
  KOR: ['Korea'],
  NLD: ['Holland'],
  RUS: ['Russian Federation'],
  PRK: ['DPRK'],
  CZE: ['Czech Republic'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Vatican', 'Holy See'],
}

const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  USA: ['U.S.', 'US'],
  GBR: ['UK', 'U.K.', 'English', 'Scottish', 'Welsh'],
  TUR: ['Turkish'],
  ISR: ['Israeli'],
  PSE: ['Palestinian'],
  NLD: ['Dutch'],
  PHL: ['Philippine'],
  KOR: ['South Korean', 'Korean'],
  PRK: ['North Korean'],
  SAU: ['Saudi'],
  ARE: ['Emirati'],
}

/**
 * Places that are not countries: US states, regions, territories and areas frequent in news.
 * Written from general knowledge.
 */
const OTHER_PLACES: readonly string[] = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'New York City',
  'Los Angeles',
  'Chicago',
  'San Francisco',
  'Atlanta',
  'Boston',
  'Miami',
  'Houston',
  'Seattle',
  'Philadelphia',
  'Detroit',
  'Dallas',
  'Silicon Valley',
  'Wall Street',
  'Europe',
  'Asia',
  'Africa',
  'North America',
  'South America',
  'Latin America',
  'Middle East',
  'Antarctica',
  'Arctic',
  'Balkans',
  'Caucasus',
  'Scandinavia',
  'Sahel',
  'Siberia',
  'Gaza',
  'Gaza Strip',
  'West Bank',
  'East Jerusalem',
  'Golan Heights',
  'Crimea',
  'Donbas',
  'Donbass',
  'Donetsk',
  'Luhansk',
  'Kharkiv',
  'Odesa',
  'Odessa',
  'Zaporizhzhia',
  'Kherson',
  'Lviv',
  'Kursk',
  'Bakhmut',
  'Mariupol',
  'Kashmir',
  'Tibet',
  'Xinjiang',
  'Darfur',
  'Kurdistan',
  'Scotland',
  'England',
  'Wales',
  'Northern Ireland',
  'Catalonia',
  'Bavaria',
  'Quebec',
  'Ontario',
  'Hong Kong',
  'Macau',
  'Taiwan',
  'St. Petersburg',
  'Saint Petersburg',
  'Istanbul',
  'Mumbai',
  'Shanghai',
  'Sydney',
  'Toronto',
  'Dubai',
  'Davos',
  'Munich',
  'Geneva',
  'Brussels',
  'Kyiv',
  'Kiev',
  'Moscow',
]

const NON_ASCII = /[^\x00-\x7f]/

/** Folds a string for comparison: lower case, diacritics removed, curly apostrophes made straight. */
export function fold(s: string): string {
  // Plain ASCII has no marks nor curly apostrophes: lower case is all (the common case).
  if (!NON_ASCII.test(s)) return s.toLowerCase()
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
}

const countryByName = new Map<string, CountryInfo>()
const countryByDemonym = new Map<string, CountryInfo>()
const placeNames = new Set<string>()

function latin(s: string): boolean {
  return /^[A-Za-z\u00c0-\u024f .'’-]+$/.test(s) && /[a-z]/.test(s)
}

// Sovereign states first, so that a shared demonym ("French") names the state, not a territory.
const ordered = [...(countries as unknown as readonly RawCountry[])].sort(
  (x, y) => Number(y.unMember === true) - Number(x.unMember === true),
)
for (const c of ordered) {
  const info: CountryInfo = {
    code: c.cca3,
    name: DISPLAY[c.cca3] ?? (c.cca3 === 'USA' ? 'United States' : c.name.common),
  }
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter(latin)]
  for (const n of [...names, ...(EXTRA_ALIASES[c.cca3] ?? [])]) {
    const k = fold(n)
    if (!countryByName.has(k)) countryByName.set(k, info)
    if (k.startsWith('the ')) countryByName.set(k.slice(4), info)
  }
  const d = c.demonyms?.eng
  for (const n of [d?.m, d?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])]) {
    if (n && !countryByDemonym.has(fold(n))) countryByDemonym.set(fold(n), info)
  }
  for (const cap of c.capital ?? []) placeNames.add(fold(cap))
}
for (const p of OTHER_PLACES) placeNames.add(fold(p))

/**
 * The country a name refers to ("Ukraine", "U.S.", "the United States", "America"), or null.
 *
 * @example
 * countryByNameOf('U.S.') // { code: 'USA', name: 'United States' }
 */
export function countryOf(name: string): CountryInfo | null {
  return countryByName.get(fold(name)) ?? null
}

/** The country of a nationality word ("Ukrainian", "American", "U.S."), or null. */
export function countryOfDemonym(word: string): CountryInfo | null {
  return countryByDemonym.get(fold(word)) ?? null
}

/** True when a name is a known non-country place (a capital, a US state, a region). */
export function isKnownPlace(name: string): boolean {
  return placeNames.has(fold(name))
}
