/**
 * Heads of definite noun phrases that refer back to an entity ("the Ukrainian president", "the
 * company"), and seats of government used for a country's government ("the Kremlin").
 * Written from common news usage. `role` heads need the entity to hold that office (a current
 * one, not "former"); the others need only the type (and the gender when they tell it).
 * To extend: add a row.
 */
export interface NominalHead {
  readonly type: 'PERSON' | 'ORG' | 'LOC'
  /** The head is an office: it matches an entity holding a role with this head word. */
  readonly role?: true
  readonly gender?: 'm' | 'f'
}

/** Lower-case head words (one or two words, the last being the head). */
export const NOMINAL_HEADS: ReadonlyMap<string, NominalHead> = new Map([
  ['president', { type: 'PERSON', role: true }],
  ['vice president', { type: 'PERSON', role: true }],
  ['prime minister', { type: 'PERSON', role: true }],
  ['foreign minister', { type: 'PERSON', role: true }],
  ['defence minister', { type: 'PERSON', role: true }],
  ['defense minister', { type: 'PERSON', role: true }],
  ['secretary of state', { type: 'PERSON', role: true }],
  ['chancellor', { type: 'PERSON', role: true }],
  ['premier', { type: 'PERSON', role: true }],
  ['king', { type: 'PERSON', role: true, gender: 'm' }],
  ['queen', { type: 'PERSON', role: true, gender: 'f' }],
  ['pope', { type: 'PERSON', role: true, gender: 'm' }],
  ['governor', { type: 'PERSON', role: true }],
  ['senator', { type: 'PERSON', role: true }],
  ['mayor', { type: 'PERSON', role: true }],
  ['chairman', { type: 'PERSON', role: true, gender: 'm' }],
  ['chairwoman', { type: 'PERSON', role: true, gender: 'f' }],
  ['president-elect', { type: 'PERSON', role: true }],
  ['candidate', { type: 'PERSON' }],
  ['nominee', { type: 'PERSON' }],
  ['leader', { type: 'PERSON' }],
  ['politician', { type: 'PERSON' }],
  ['lawmaker', { type: 'PERSON' }],
  ['billionaire', { type: 'PERSON' }],
  ['businessman', { type: 'PERSON', gender: 'm' }],
  ['businesswoman', { type: 'PERSON', gender: 'f' }],
  ['company', { type: 'ORG' }],
  ['firm', { type: 'ORG' }],
  ['group', { type: 'ORG' }],
  ['bank', { type: 'ORG' }],
  ['lender', { type: 'ORG' }],
  ['carrier', { type: 'ORG' }],
  ['automaker', { type: 'ORG' }],
  ['retailer', { type: 'ORG' }],
  ['party', { type: 'ORG' }],
  ['ministry', { type: 'ORG' }],
  ['agency', { type: 'ORG' }],
  ['organisation', { type: 'ORG' }],
  ['organization', { type: 'ORG' }],
  ['alliance', { type: 'ORG' }],
])

/** Seats of government that stand for a country's government: "the Kremlin" → Russia. */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map([
  ['kremlin', 'RUS'],
  ['white house', 'USA'],
  ['elysee', 'FRA'],
  ['elysee palace', 'FRA'],
  ['downing street', 'GBR'],
  ['zhongnanhai', 'CHN'],
  ["quai d'orsay", 'FRA'],
  ['bankova', 'UKR'],
])

/**
 * Adjectives that may stand between "the" and a head without changing whom it names ("the
 * embattled president"). Nationality words and party names are read separately.
 */
export const NOMINAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'embattled',
  'veteran',
  'outgoing',
  'incoming',
  'new',
  'current',
  'sitting',
  'incumbent',
  'longtime',
  'populist',
  'conservative',
  'liberal',
  'centrist',
  'nationalist',
  'presidential',
  'democratic',
  'republican',
  'opposition',
  'ruling',
  'tech',
  'oil',
  'energy',
  'top',
  'former',
])

/** Party words that modify nominals ("the Republican candidate"): evidence, not a constraint. */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'republican',
  'democratic',
  'democrat',
  'conservative',
  'labour',
  'labor',
  'liberal',
  'green',
  'socialist',
  'communist',
  'tory',
  'gop',
])
