import type { EntityRef, EventStatus } from '../core/schema.js'
import type { EventDate } from './dates.js'
import type { TriggerMatch } from './match.js'
import type { StatusReading } from './status.js'

/** A predication found in one sentence, before it becomes an {@link Event}. */
export interface Pred {
  category: string
  mode: string | null
  cameo: string | null
  readonly match: TriggerMatch
  readonly sentence: number
  /** Token whose verb group decides subject, voice and status (trigger verb, light verb, occurrence verb), or -1. */
  readonly verb: number
  /** First and last token of the trigger span. */
  readonly first: number
  readonly last: number
  /** A content clause of another trigger ("threatened to [cut ties]"): read, not emitted. */
  latent: boolean
  governor: Pred | null
  actor: EntityRef | null
  recipient: EntityRef | null
  status: EventStatus
  reading: StatusReading | null
  date: EventDate | null
  location: { entity: string | null; text: string } | null
  quote: string | null
  passive: boolean
}

/** A predication as the trigger matcher finds it: nothing read yet about its arguments. */
export function newPred(
  found: Pick<
    Pred,
    'category' | 'mode' | 'cameo' | 'match' | 'sentence' | 'verb' | 'first' | 'last' | 'passive'
  >,
): Pred {
  return {
    ...found,
    latent: false,
    governor: null,
    actor: null,
    recipient: null,
    status: 'happened',
    reading: null,
    date: null,
    location: null,
    quote: null,
  }
}

/** Categories of speech acts: their verbs also report speech ("he asked."). */
export const SPEECH = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'AGREE', 'SUPPORT', 'THREATEN'])

export const THREAT_MODE: Readonly<Record<string, string>> = {
  SANCTION: 'relations',
  'SANCTION:expel': 'expel',
  'COERCE:arrest': 'arrest',
  'COERCE:seize': 'territory',
  'COERCE:deport': 'expel',
  COERCE: 'restrict',
  ASSAULT: 'violence',
  MOBILIZE: 'violence',
  PROTEST: 'restrict',
}

export const REQUEST_MODE: Readonly<Record<string, string>> = {
  CONSULT: 'meet',
  AGREE: 'meet',
  AID: 'assist',
  COOPERATE: 'assist',
  SUPPORT: 'assist',
  RETREAT: 'yield',
  CONCEDE: 'yield',
}

/** The `cameo` code of an intent to do a cooperative act ("will visit" → 036), after CAMEO 03x. */
export const INTENT_CAMEO: Readonly<Record<string, string>> = {
  CONSULT: '036',
  SUPPORT: '032',
  COOPERATE: '031',
  AID: '033',
}
