/**
 * Word lists of the time stage (data, apart from the rules in `rules.ts`).
 *
 * Where the entries come from: English month, weekday, season and number names; the TIMEX3 codes
 * of the TimeML 1.2.1 annotation guidelines (seasons SP/SU/FA/WI, parts of day MO/AF/EV/NI,
 * durations P…Y/M/W/D, PT…H/M/S, the refs PRESENT_REF/PAST_REF/FUTURE_REF); the set adverbs and
 * count nouns seen in news copy (TimeBank, BBC). Extend a list by adding its English spelling;
 * the rules build their regular expressions from these lists.
 */

/** Month names and abbreviations → month number (1-12). Keys are lower-case, no dot. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/**
 * Month names that are also ordinary English words or given names ("May" the modal and the
 * surname, "March" the protest, "June"/"April"/"August" the names): alone, without a day or a
 * year, they are months only after a temporal word ("in May", "last March", "since August").
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'may',
  'march',
  'mar',
  'june',
  'april',
  'august',
  'jan',
  'dec',
  'sep',
])

/** Weekday names → ISO weekday (Monday 1 ... Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
}

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
}

/** Parts of the day → TIMEX3 part-of-day code (never a clock time). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
}

/** Number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'half a': 0.5,
  'half an': 0.5,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  dozen: 12,
  'a dozen': 12,
  couple: 2,
  'a couple of': 2,
  'couple of': 2,
}

/** Vague quantities: a duration of them has an unknown count (`PXY`). */
export const VAGUE_QUANTITIES: readonly string[] = [
  'a few',
  'few',
  'several',
  'many',
  'some',
  'a number of',
  'numerous',
  'countless',
]

/** Ordinals → number. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  last: -1,
  final: -1,
}

/**
 * Calendar units → [TIMEX3 duration letter, is a time unit (PT…), length in the letter's unit].
 * Decades and centuries are written in years (P10Y, P100Y), as TimeBank mostly does.
 */
export const UNITS: Readonly<Record<string, readonly [string, boolean, number]>> = {
  second: ['S', true, 1],
  minute: ['M', true, 1],
  hour: ['H', true, 1],
  day: ['D', false, 1],
  night: ['D', false, 1],
  week: ['W', false, 1],
  fortnight: ['W', false, 2],
  month: ['M', false, 1],
  quarter: ['Q', false, 1],
  year: ['Y', false, 1],
  decade: ['Y', false, 10],
  century: ['Y', false, 100],
  centurie: ['Y', false, 100],
}

/** Adverbs and adjectives of frequency → TIMEX3 SET value. */
export const SET_WORDS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  yearly: 'P1Y',
  annually: 'P1Y',
}

/** Words for the present, the past and the future as a whole (TIMEX3 refs, never a date). */
export const REF_WORDS: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'for the time being': 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
}

/**
 * Nouns that, right after a four-digit number, make it a count rather than a year
 * ("2000 people", "1500 troops"). From counts seen in news copy.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'troops',
  'soldiers',
  'votes',
  'voters',
  'jobs',
  'workers',
  'employees',
  'shares',
  'members',
  'cases',
  'deaths',
  'residents',
  'refugees',
  'dollars',
  'euros',
  'pounds',
  'barrels',
  'tonnes',
  'tons',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'feet',
  'units',
  'homes',
  'houses',
  'acres',
  'hectares',
  'points',
  'children',
  'students',
  'patients',
  'police',
  'officers',
  'civilians',
  'fighters',
  'prisoners',
  'hostages',
  'hours',
  'days',
  'calories',
  'words',
  'copies',
  'cars',
  'vehicles',
  'rounds',
  'rockets',
  'missiles',
  'drones',
  'percent',
  'per',
  'mw',
  'kg',
])

/**
 * Capitalised words that make a weekday part of a name ("Sunday Times", "Bloody Sunday",
 * "Super Tuesday" is a date and is not listed).
 */
export const WEEKDAY_NAME_PARTS: ReadonlySet<string> = new Set([
  'bloody',
  'black',
  'good',
  'easter',
  'palm',
  'ash',
  'holy',
  'cyber',
])

/** Temporal words after which a bare month or year is a date ("in May", "since 2019"). */
export const TEMPORAL_LEADS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'of',
  'during',
  'through',
  'throughout',
  'from',
  'before',
  'after',
  'between',
  'and',
  'to',
  'each',
  'every',
  'on',
  'for',
  'that',
  'or',
  'around',
  'as',
  'past',
  'coming',
  'fiscal',
  'the',
  'early-',
  'mid-',
  'late-',
])

/**
 * Time-zone abbreviations seen in news bylines → UTC offset in minutes. From the IANA tz
 * database's abbreviations for the zones of major outlets; ambiguous ones ("IST") take the
 * reading most common in English-language news (India).
 */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 60,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  PKT: 300,
  SGT: 480,
  HKT: 480,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  ET: -300,
  PT: -480,
}
