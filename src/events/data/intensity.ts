/**
 * Conflict/cooperation scores of PLOVER categories and modes, from −10 (most conflictual) to +10
 * (most cooperative).
 *
 * Source: the table "PLOVER conflict–cooperation scores" (`tab:ploverscores`) in the PLOVER
 * manual (shared/reference/plover/PLOVER_MANUAL.tex, Draft 0.8, 2021). The manual builds them from
 * the CAMEO Goldstein scores (Goldstein 1992), averaged over an 18-month sample and then revised by
 * a panel of five experts. One correction: the manual prints the bare ACCUSE category as `3`, which
 * contradicts its own ordering (every ACCUSE mode is negative and ACCUSE is verbal conflict); it is
 * read here as −3. A mode missing from the table falls back to its category's score.
 *
 * To extend: add `'CATEGORY'` or `'CATEGORY:mode'` keys; modes are lower case as in the manual.
 */
export const INTENSITY: Readonly<Record<string, number>> = {
  AGREE: 2.5,
  CONSULT: 2.5,
  'CONSULT:visit': 4,
  'CONSULT:third-party': 1,
  'CONSULT:multilateral': 4,
  'CONSULT:phone': 1.5,
  SUPPORT: 5,
  CONCEDE: 4.5,
  COOPERATE: 9.5,
  AID: 10,
  RETREAT: 6.5,
  'RETREAT:withdraw': 8,
  'RETREAT:release': 6.5,
  'RETREAT:disarm': 10,
  'RETREAT:ceasefire': 7.5,
  'RETREAT:access': 6.5,
  'RETREAT:resign': 4.5,
  REQUEST: 0,
  'REQUEST:assist': 0.5,
  'REQUEST:change': -1,
  'REQUEST:yield': -1,
  'REQUEST:meet': 0,
  ACCUSE: -3,
  'ACCUSE:disapprove': -2,
  'ACCUSE:investigate': -3.5,
  'ACCUSE:allege': -3.5,
  REJECT: -2,
  'REJECT:assist': -1.5,
  'REJECT:change': -2,
  'REJECT:yield': -2,
  'REJECT:meet': -2,
  THREATEN: -3.5,
  'THREATEN:restrict': -3,
  'THREATEN:arrest': -3.5,
  'THREATEN:relations': -3.5,
  'THREATEN:expel': -3.5,
  'THREATEN:territory': -4,
  'THREATEN:violence': -3.5,
  PROTEST: -5,
  'PROTEST:demo': -5,
  'PROTEST:riot': -7,
  'PROTEST:strike': -5,
  'PROTEST:hunger': -4.5,
  'PROTEST:boycott': -4.5,
  'PROTEST:obstruct': -4.5,
  SANCTION: -6,
  'SANCTION:convict': -6,
  'SANCTION:expel': -5.5,
  'SANCTION:withdraw': -6,
  'SANCTION:discontinue': -6,
  MOBILIZE: -5.5,
  'MOBILIZE:troops': -6.5,
  'MOBILIZE:weapons': -6.5,
  'MOBILIZE:police': -5.5,
  'MOBILIZE:militia': -6,
  COERCE: -7,
  'COERCE:seize': -7,
  'COERCE:restrict': -7,
  'COERCE:censor': -6.5,
  'COERCE:curfew': -6.5,
  'COERCE:martial-law': -7.5,
  'COERCE:arrest': -7,
  'COERCE:deport': -7,
  'COERCE:withhold': -7,
  'COERCE:misinformation': -6.5,
  'COERCE:cyber': -7,
  ASSAULT: -9,
  'ASSAULT:abduct': -8.5,
  'ASSAULT:beat': -7.5,
  'ASSAULT:torture': -8.5,
  'ASSAULT:sexual': -8.5,
  'ASSAULT:targeted': -9.5,
  'ASSAULT:destroy': -8.5,
  'ASSAULT:primitive': -8,
  'ASSAULT:firearms': -9,
  'ASSAULT:explosives': -9,
  'ASSAULT:suicide-attack': -9.5,
  'ASSAULT:aerial': -9.5,
  'ASSAULT:drone': -9.5,
  'ASSAULT:heavy-weapons': -9.5,
  'ASSAULT:crowd-control': -7.5,
  'ASSAULT:unconventional': -10,
}

/** The 16 PLOVER event categories, ordered from cooperation to conflict as in the manual. */
export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const

/** The categories of verbal and material cooperation (the manual's quad categories). */
export const COOPERATIVE = new Set([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
])

/** The categories of material conflict (the manual's quad category MATERIAL CONFLICT). */
export const MATERIAL_CONFLICT = new Set(['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'])

/**
 * The score of a category and mode: the mode's own score, else the category's, else null (for
 * event types outside PLOVER, such as ELECTION).
 *
 * @example
 * intensityOf('CONSULT', 'phone') // 1.5
 */
export function intensityOf(category: string, mode: string | null): number | null {
  if (mode !== null) {
    const m = INTENSITY[`${category}:${mode}`]
    if (m !== undefined) return m
  }
  return INTENSITY[category] ?? null
}
