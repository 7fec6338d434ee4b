import type { Token } from '../core/doc.js'
import type { EventStatus } from '../core/schema.js'
import {
  byAgent,
  clauseEnd,
  headIsSomeone,
  type NP,
  namedAfter,
  namesSomeone,
  npEndingAt,
  npStartingAt,
  objectAfter,
  possessorOf,
  prepObject,
  reducedPassive,
  type Sent,
  subjectOf,
  whoseContent,
} from './clause.js'
import { OCCURRENCE_VERBS, PLACE_PREPS } from './data/cues.js'
import { COOPERATIVE, MATERIAL_CONFLICT } from './data/intensity.js'
import { MATERIAL_CATEGORIES } from './data/lexicon.js'
import { INTENT_CAMEO, type Pred, REQUEST_MODE, THREAT_MODE } from './pred.js'
import type { Resolver } from './refs.js'
import { cancelledBy, plannedNoun, scheduledFor, statusAt } from './status.js'

/**
 * Steps 3–4 of the events stage: actor and recipient of a predication from its clause, pronoun
 * and anaphora resolution, status, the PLOVER manual's recoding of future acts, and the place.
 */
/** "Palestinian riots", "Russian airstrikes": a name or nationality right before an event noun. */
export function modifierActor(s: Sent, noun: number): NP | null {
  let j = noun - 1
  while (j >= s.lo && (s.toks[j] as Token).pos === 'ADJ' && !/^[A-Z]/.test(s.text(j))) j--
  const t = s.toks[j]
  if (
    !t ||
    j < s.lo ||
    !/^[A-Z]/.test(s.text(j)) ||
    (t.pos !== 'PROPN' && t.pos !== 'ADJ') ||
    s.isTime(j)
  )
    return null
  let k = j
  while (k - 1 >= s.lo && (s.toks[k - 1] as Token).pos === 'PROPN' && !s.isTime(k - 1)) k--
  return { start: k, end: j + 1, head: j }
}

/** Step 3: actor, recipient and status of one predication. */
export function arguments_(s: Sent, pr: Pred, resolver: Resolver, paraEnd: number): void {
  const spec = pr.match.spec
  const toks = s.toks
  let actor: NP | null = null
  let recipient: NP | null = null
  if (pr.match.spec.pattern === 'must') {
    actor = subjectOf(s, pr.verb)
    recipient = npEndingAt(s, pr.first - 1)
  } else if (
    spec.head === 'noun' &&
    (pr.verb === -1 ||
      (OCCURRENCE_VERBS.has((toks[pr.verb] as Token).lemma) && pr.verb > pr.match.last))
  ) {
    actor =
      possessorOf(s, pr.match.first) ??
      byAgent(s, pr.match.last) ??
      modifierActor(s, pr.match.first)
    recipient = prepObject(s, pr.match.last, spec.preps)
    // "talks between Armenia and Azerbaijan": both sides are the actor
    if (!actor && recipient && s.toks[recipient.start - 1]?.norm === 'between') {
      actor = recipient
      recipient = null
    }
  } else if (spec.head === 'noun' && pr.verb > pr.match.last) {
    // "sanctions were imposed on X by Y"
    actor = byAgent(s, pr.verb)
    recipient = prepObject(s, pr.verb, spec.preps)
  } else if (spec.head === 'noun') {
    actor = pr.passive
      ? byAgent(s, pr.match.last)
      : (possessorOf(s, pr.match.first) ?? subjectOf(s, pr.verb))
    const between = pr.verb + 1 < pr.match.first ? npStartingAt(s, pr.verb + 1) : null
    if (
      pr.category === 'AID' &&
      between &&
      between.end <= pr.match.first - 1 &&
      (toks[between.head] as Token).pos === 'PROPN'
    )
      recipient = between
    recipient ??= prepObject(s, pr.match.last, spec.preps)
  } else if (pr.passive && !spec.subjectIsActor) {
    actor = byAgent(s, pr.last)
    recipient = subjectOf(s, pr.first)
    // "a pay rise offered by the company", "talks hosted by Norway": the noun a reduced relative
    // hangs on is what was offered or hosted, a recipient only when it is someone; a material
    // act's is what the act was done to ("reporters detained by the police")
    if (
      recipient &&
      reducedPassive(s, pr.first) &&
      !MATERIAL_CATEGORIES.has(pr.category) &&
      !headIsSomeone(s, recipient)
    )
      recipient = null
  } else {
    actor = subjectOf(s, pr.match.first)
    if (spec.object) recipient = objectAfter(s, pr.last)
    if (recipient && s.isTime(recipient.head)) recipient = null
    recipient ??= prepObject(s, pr.last, spec.preps)
  }
  // "spoke with Netanyahu": the pattern itself ends in the recipient's preposition
  if (!recipient && spec.head === 'verb' && spec.preps.includes((toks[pr.last] as Token).norm)) {
    recipient = npStartingAt(s, pr.last + 1)
  }
  // "demanded that Norway cancel ...": the subject of the content clause
  if (!recipient && (spec.control || /^(REQUEST|THREATEN|REJECT|AGREE)$/.test(pr.category))) {
    let j = pr.last + 1
    while (j < s.hi && (s.isTime(j) || (toks[j] as Token).pos === 'ADV')) j++
    if ((toks[j] as Token | undefined)?.norm === 'that' && j < s.hi)
      recipient = npStartingAt(s, j + 1)
  }
  // the subject of a passive material act is what the act was done to, even when it names no
  // one: "reporters detained by the police" are not the police
  if (!(pr.passive && spec.head === 'verb' && MATERIAL_CATEGORIES.has(pr.category)))
    recipient = whoseContent(s, recipient)
  // a date is no party ("will sign the measure on Wednesday")
  if (recipient && s.isTime(recipient.head)) recipient = null
  // a speech act or protest without a named recipient: the first name its complement addresses
  // ("threatened to cut gas supplies to Moldova", "held rallies to demand reforms from the Tarvian cabinet")
  let fromComplement = false
  if ((!recipient || !namesSomeone(s, recipient)) && (spec.control || pr.category === 'PROTEST')) {
    const named = namedAfter(s, pr.last)
    if (named) {
      recipient = named
      fromComplement = true
    }
  }
  if (actor && recipient && actor.start === recipient.start) recipient = null
  // "Trump and Zelensky met", "a meeting between Trump and Zelensky", "Trump and Vance accused
  // Zelensky": two named sides; the first leads, and is the actor, the second is the recipient
  // of a meeting or a deal that has none of its own
  const sides = actor ? conjuncts(s, actor, resolver) : null
  if (sides) {
    actor = sides[0]
    // "Israel and Hamas agreed to extend their truce in Gaza": the other side, not a name of
    // the complement
    if ((!recipient || fromComplement) && SYMMETRIC.has(pr.category)) recipient = sides[1]
  }
  // "host a news conference", "meet the golden rule": a meeting is with someone
  if (
    pr.category === 'CONSULT' &&
    spec.head === 'verb' &&
    spec.object &&
    recipient &&
    !namesSomeone(s, recipient)
  ) {
    pr.latent = true
    return
  }
  pr.actor = resolver.resolve(s, actor, null, paraEnd)
  pr.recipient = resolver.resolve(s, recipient, pr.actor, paraEnd)
  // a control trigger without its own recipient takes its content's ("threatened to cut ties with Peru")
  pr.reading = pr.verb === -1 ? null : statusAt(s, pr.verb)
  let status: EventStatus = pr.reading?.status ?? 'happened'
  if (pr.verb === -1 && plannedNoun(s, pr.match.first)) status = 'planned'
  // "no firm date was fixed for the summit": an event still to be scheduled is ahead
  if (spec.head === 'noun' && status === 'happened' && scheduledFor(s, pr.match.first))
    status = 'planned'
  if (pr.governor && !pr.latent && status === 'happened') status = 'planned'
  // an event noun called off ('a planned signing was called off', 'cancelled the visit')
  if (
    (spec.head === 'noun' || gerundAsNoun(s, pr.match.first)) &&
    cancelledBy(s, pr.match.first, pr.match.last) !== -1
  )
    status = 'negated'
  // "No court in the country has endorsed it", "None of the parties signed": nobody acted
  const first = actor && !pr.passive ? (toks[actor.start] as Token).norm : ''
  if (NEGATIVE_SUBJECTS.has(first) && status !== 'hypothetical') status = 'negated'
  pr.status = status
}

/** Subjects that say no one did the act. */
const NEGATIVE_SUBJECTS = new Set(['no', 'none', 'nobody', 'nothing', 'neither'])

/** "a planned signing", "the shelling": a verb trigger's gerund after a determiner names the event. */
function gerundAsNoun(s: Sent, i: number): boolean {
  if (!(s.toks[i] as Token).norm.endsWith('ing')) return false
  for (let j = i - 1; j >= s.lo && j >= i - 3; j--) {
    const t = s.toks[j] as Token
    if (t.pos === 'DET' || (t.pos === 'PRON' && /^(his|her|its|their|our)$/.test(t.norm)))
      return true
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && !(t.pos === 'VERB' && t.norm.endsWith('ed')))
      return false
  }
  return false
}

/** Categories whose two sides act together: "Trump and Zelensky met" is a meeting of each with the other. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE'])

/**
 * The two sides of a coordinated noun phrase whose conjuncts each name a different entity
 * ("Chilean President Ana Ruiz and Peruvian Prime Minister Luis Vega"), else null. "Chilean
 * and Peruvian officials" is one phrase with one head: not split.
 */
function conjuncts(s: Sent, np: NP, resolver: Resolver): [NP, NP] | null {
  let and = -1
  for (let i = np.start + 1; i < np.end - 1; i++) {
    const n = (s.toks[i] as Token).norm
    if (n === 'and' || n === '&') {
      if (and !== -1) return null
      and = i
    }
  }
  if (and === -1) return null
  if (ofNames(s, np, and)) return null
  // "Lithuania, Latvia and Estonia": a list's first side ends at its first comma
  let cut = and
  for (let i = np.start + 1; i < and; i++) {
    if ((s.toks[i] as Token).norm === ',') {
      cut = i
      break
    }
  }
  const left = s.toks[cut - 1] as Token
  const right = s.toks[np.end - 1] as Token
  if (left.pos !== 'PROPN' || right.pos !== 'PROPN') return null
  const a = resolver.entityAt(left.start, left.end)
  const b = resolver.entityAt(right.start, right.end)
  if (!a || !b || a.id === b.id) return null
  return [
    { start: np.start, end: cut, head: cut - 1 },
    { start: and + 1, end: np.end, head: np.end - 1 },
  ]
}

/**
 * "The foreign ministers of Peru and Bolivia": the names are coordinated inside the "of" phrase of
 * one head noun, so the phrase is one side (the ministers), not a minister and a country. The
 * contract's actor is one span; the whole phrase is it. "The president of Peru and the prime
 * minister of Bolivia" has a head on each side and stays two.
 */
function ofNames(s: Sent, np: NP, and: number): boolean {
  for (let i = and + 1; i < np.end; i++) if ((s.toks[i] as Token).pos !== 'PROPN') return false
  let i = and - 1
  while (i > np.start && /^(PROPN|PUNCT)$/.test((s.toks[i] as Token).pos)) i--
  const of = s.toks[i] as Token
  const noun = s.toks[i - 1]
  return i < and - 1 && of.norm === 'of' && noun !== undefined && noun.pos === 'NOUN'
}

const ANAPHORIC = new Set(['the', 'such', 'this', 'that', 'these', 'those'])

/** "such a trip is still to come": a bare event noun takes the arguments of the last event like it. */
export function anaphora(s: Sent, pr: Pred, seen: readonly Pred[]): void {
  if (pr.match.spec.head !== 'noun') return
  let anaphoric = false
  for (let j = pr.match.first - 1; j >= s.lo && j >= pr.match.first - 3; j--) {
    if (ANAPHORIC.has((s.toks[j] as Token).norm)) anaphoric = true
  }
  if (!anaphoric) return
  for (let k = seen.length - 1; k >= 0; k--) {
    const q = seen[k] as Pred
    if (q.category !== pr.category || q.mode !== pr.mode || (!q.actor && !q.recipient)) continue
    pr.actor = q.actor
    pr.recipient = q.recipient
    return
  }
}

/** "Trump accepted the invitation": the recipient is whoever made the invitation. */
export function contentSource(
  s: Sent,
  pr: Pred,
  preds: readonly Pred[],
  before: readonly Pred[],
): void {
  if (pr.recipient) return
  const content = preds.find((q) => q.governor === pr && q.latent && q.match.spec.head === 'noun')
  if (!content || content.actor) return
  const ana = { ...content, actor: null, recipient: null } as Pred
  anaphora(s, ana, before)
  if (ana.actor && ana.actor.text !== pr.actor?.text) pr.recipient = ana.actor
}

/** Step 4: the PLOVER manual's readings of future acts by their actor. */
export function recode(pr: Pred, s: Sent): void {
  const r = pr.reading
  if (!r || pr.passive || pr.category === 'ELECTION') return
  // "the militia prepared to resume its raids": readiness for force is MOBILIZE
  if (r.control === 'prepare' && pr.category === 'ASSAULT') {
    pr.category = 'MOBILIZE'
    pr.mode = 'troops'
    pr.cameo = '150'
    pr.status = 'happened'
    return
  }
  if (r.modalFuture && pr.status === 'planned' && pr.category !== 'THREATEN') {
    // "will withdraw its force from Chad unless ...": a conditional announcement is a threat
    for (let j = pr.last + 1; j < s.hi; j++) {
      if ((s.toks[j] as Token).norm !== 'unless') continue
      pr.mode = THREAT_MODE[`${pr.category}:${pr.mode}`] ?? THREAT_MODE[pr.category] ?? 'relations'
      pr.category = 'THREATEN'
      pr.cameo = '130'
      pr.status = 'happened'
      return
    }
  }
  if (r.futureNegated && COOPERATIVE.has(pr.category)) {
    pr.mode = REQUEST_MODE[pr.category] ?? null
    pr.category = 'REJECT'
    pr.cameo = '120'
    pr.status = 'happened'
    return
  }
  if (!r.modalFuture || pr.status !== 'planned') return
  const intent = INTENT_CAMEO[pr.category]
  if (intent) {
    // the act stays planned: AGREE says an intent was stated, the status that the act is ahead
    pr.category = 'AGREE'
    pr.mode = null
    pr.cameo = intent
  } else if (pr.category === 'RETREAT') {
    pr.category = 'CONCEDE'
    pr.mode = null
    pr.cameo = '080'
  } else if (MATERIAL_CONFLICT.has(pr.category)) {
    pr.mode = THREAT_MODE[`${pr.category}:${pr.mode}`] ?? THREAT_MODE[pr.category] ?? null
    pr.category = 'THREATEN'
    pr.cameo = '130'
    pr.status = 'happened'
  }
}

/** Step 5: the place named in the trigger's clause ("visiting Trump in New York"). */
export function placeOf(
  s: Sent,
  pr: Pred,
  resolver: Resolver,
): { entity: string | null; text: string } | null {
  const end = clauseEnd(s, pr.last + 1, true)
  for (let j = pr.last + 1; j < end; j++) {
    const t = s.toks[j] as Token
    if (!PLACE_PREPS.has(t.norm)) continue
    const np = npStartingAt(s, j + 1)
    if (!np || np.end > end) continue
    let hasName = false
    for (let k = np.start; k < np.end; k++)
      if ((s.toks[k] as Token).pos === 'PROPN' && !s.isTime(k)) hasName = true
    if (!hasName || (s.toks[np.head] as Token).pos !== 'PROPN') continue
    const a = s.toks[np.start] as Token
    const b = s.toks[np.end - 1] as Token
    const e = resolver.entityAt((s.toks[np.head] as Token).start, b.end)
    if (e && e.type !== 'LOC') continue
    const text = resolver.textOf(a.start, b.end)
    return { entity: e?.id ?? null, text }
  }
  return null
}
