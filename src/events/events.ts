import { type Doc, layer, type Token, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import type { EntityRef, Event, EventStatus, Span, Timex } from '../core/schema.js'
import {
  byAgent,
  clauseEnd,
  isPassive,
  type NP,
  namedAfter,
  namesSomeone,
  npEndingAt,
  npStartingAt,
  objectAfter,
  possessorOf,
  prepObject,
  type Sent,
  subjectOf,
  whoseContent,
} from './clause.js'
import {
  CAPTION_LINE,
  CONTENT_VERBS,
  LIGHT_VERBS,
  OCCURRENCE_VERBS,
  PAST_CUES,
  PLACE_PREPS,
  REPORTING_VERBS,
  TIME_WORDS,
} from './data/cues.js'
import { COOPERATIVE, intensityOf, MATERIAL_CONFLICT } from './data/intensity.js'
import { type EventDate, explicitDate } from './dates.js'
import { gluedLeft, matchTriggers, type TriggerMatch } from './match.js'
import { Resolver } from './refs.js'
import { plannedNoun, type StatusReading, statusAt } from './status.js'
import { summarize } from './summary.js'

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

/** Categories of speech acts: their verbs also report speech ("he asked."). */
const SPEECH = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'AGREE', 'SUPPORT', 'THREATEN'])

const THREAT_MODE: Readonly<Record<string, string>> = {
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

const REQUEST_MODE: Readonly<Record<string, string>> = {
  CONSULT: 'meet',
  AGREE: 'meet',
  AID: 'assist',
  COOPERATE: 'assist',
  SUPPORT: 'assist',
  RETREAT: 'yield',
  CONCEDE: 'yield',
}

/** The `cameo` code of an intent to do a cooperative act ("will visit" → 036), after CAMEO 03x. */
const INTENT_CAMEO: Readonly<Record<string, string>> = {
  CONSULT: '036',
  SUPPORT: '032',
  COOPERATE: '031',
  AID: '033',
}

/**
 * The events stage: PLOVER-coded events with actor, recipient, date, place and status, and the
 * 5W1H summary of the article's main event. A numbered cascade per sentence:
 * 1. triggers from the lexicon (data/lexicon.ts), on lemmas; nouns need a light verb ("held
 *    talks"), a possessor or agent ("Russia's invasion"), or an occurrence verb;
 * 2. frames: a trigger in the complement of another ("agreed to visit", "threatened to cut ties",
 *    "invited Trump to visit") is read as its content; "X said Y must ..." is a REQUEST;
 * 3. actor and recipient from the clause (subject/object, "by" agents, prepositions), pronouns
 *    resolved through the entities layer or by rules;
 * 4. status from the verb group; a future cooperative act of the subject is AGREE and a future
 *    conflictual one THREATEN, as the PLOVER manual directs;
 * 5. date (explicit timex → inferred from the paragraph → document date), place, quote;
 * 6. one event per fact: repeats of the same category, actor and recipient merge.
 * Correct with empty entities/timexes/quotes layers, better when they are filled.
 *
 * @example
 * createPipeline([reader(), tokenizer(), entities(), time(), quotes(), events()])
 */
export function events(): Stage {
  return {
    name: 'events',
    requires: [
      'text',
      'meta',
      'paragraphs',
      'sentences',
      'tokens',
      'entities',
      'timexes',
      'quotes',
    ],
    provides: ['events', 'summary'],
    run(doc: Doc): Doc {
      const preds = readPreds(doc)
      const out = toEvents(preds, doc)
      return withLayers(doc, { events: out, summary: summarize(doc, preds, out) })
    },
  }
}

/** Every emitted predication of a document, merged, in text order (exported for the summary and eval). */
export function readPreds(doc: Doc): Pred[] {
  const toks = layer(doc, 'tokens')
  const sentences = layer(doc, 'sentences')
  const paragraphs = layer(doc, 'paragraphs')
  const timexes = layer(doc, 'timexes')
  const quotes = layer(doc, 'quotes')
  const resolver = new Resolver(doc.text, toks, layer(doc, 'entities'), quotes)
  const timeTok = markTime(toks, timexes)
  const isTime = (i: number): boolean => timeTok[i] === 1
  const tokText = (i: number): string => {
    const t = toks[i]
    return t ? doc.text.slice(t.start, t.end) : ''
  }
  const all: Pred[] = []
  const seen: Pred[] = []
  let t0 = 0
  let p = 0
  for (let si = 0; si < sentences.length; si++) {
    const span = sentences[si] as Span
    while (t0 < toks.length && (toks[t0] as Token).end <= span.start) t0++
    let t1 = t0
    while (t1 < toks.length && (toks[t1] as Token).start < span.end) t1++
    while (p + 1 < paragraphs.length && (paragraphs[p] as Span).end <= span.start) p++
    const para = paragraphs[p] ?? { start: 0, end: doc.text.length }
    const s: Sent = { toks, lo: t0, hi: t1, isTime, text: tokText }
    const paraText = doc.text.slice(para.start, Math.min(para.end, para.start + 80))
    if (t1 > t0 && !CAPTION_LINE.test(paraText)) {
      const preds = sentencePreds(s, si)
      for (const pr of preds) {
        arguments_(s, pr, resolver, para.end)
        if (pr.latent) continue
        const before = [...seen, ...preds.filter((x) => x.first < pr.first)]
        if (!pr.actor && !pr.recipient) anaphora(s, pr, before)
        contentSource(s, pr, preds, before)
        pr.location = placeOf(s, pr, resolver)
        pr.quote = resolver.quoteAt((toks[pr.first] as Token).start)?.id ?? null
        pr.date = dateOf(s, pr, preds, span, timexes, doc.text)
      }
      for (const pr of preds) {
        const content = preds.find((q) => q.governor === pr)
        if (!pr.recipient && content?.recipient && content.recipient.text !== pr.actor?.text)
          pr.recipient = content.recipient
      }
      for (const pr of preds) if (!pr.latent) recode(pr, s)
      inferDates(preds, all, para, toks, doc.meta.documentDate, s)
      all.push(...preds.filter((x) => !x.latent))
      seen.push(...preds)
    }
    resolver.noteNames(s)
    t0 = t1
  }
  return merge(all)
}

function markTime(toks: readonly Token[], timexes: readonly Timex[]): Uint8Array {
  const out = new Uint8Array(toks.length)
  let k = 0
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token
    if (TIME_WORDS.has(t.norm) && (t.pos !== 'PROPN' || /^[A-Z]/.test(t.norm) === false)) out[i] = 1
    while (k < timexes.length && (timexes[k] as Timex).end <= t.start) k++
    const x = timexes[k]
    if (x && x.start < t.end && t.start < x.end) out[i] = 1
  }
  return out
}

/** Steps 1–2: triggers, noun licensing, frames. */
function sentencePreds(s: Sent, si: number): Pred[] {
  const toks = s.toks
  const matches = matchTriggers(toks, s.lo, s.hi)
  const preds: Pred[] = []
  for (const m of matches) {
    // "he asked.", "I agree ...": a speech verb before punctuation reports speech, it is no event
    const next = toks[m.last + 1]
    if (
      m.spec.head === 'verb' &&
      SPEECH.has(m.spec.category) &&
      (!next || m.last + 1 >= s.hi || /^[:.,"”“…]$/.test(next.norm))
    )
      continue
    let verb = m.first
    let passive = false
    if (m.spec.head === 'noun') {
      const light = lightVerbOf(s, m.first)
      if (light !== -1) {
        verb = light
        passive = isPassive(s, light)
      } else {
        const after = lightAfter(s, m.last)
        if (after !== -1) {
          verb = after
          passive = true
        } else if (!m.spec.standalone) continue
        else {
          const occur = occurrenceVerb(s, m.last)
          if (occur !== -1) verb = occur
          else if (
            possessorOf(s, m.first) ||
            s.toks[m.last + 1]?.norm === 'by' ||
            modifierActor(s, m.first)
          )
            verb = -1
          else continue
        }
      }
    } else passive = isPassive(s, m.first)
    preds.push({
      category: m.spec.category,
      mode: m.spec.mode,
      cameo: m.spec.cameo,
      match: m,
      sentence: si,
      verb,
      first:
        verb !== -1 &&
        verb < m.first &&
        verb >= m.first - 7 &&
        !OCCURRENCE_VERBS.has((toks[verb] as Token).lemma)
          ? verb
          : m.first,
      last: m.last,
      latent: false,
      governor: null,
      actor: null,
      recipient: null,
      status: 'happened',
      reading: null,
      date: null,
      location: null,
      quote: null,
      passive,
    })
  }
  // a noun whose light verb is itself a trigger is that trigger's content ("accepted the invitation")
  for (const pr of preds) {
    if (pr.match.spec.head !== 'noun' || pr.verb === -1 || pr.verb > pr.match.first) continue
    const gov = preds.find((q) => q !== pr && q.match.first === pr.verb)
    const lv = (toks[pr.verb] as Token).lemma
    if (gov || CONTENT_VERBS.has(lv)) {
      pr.latent = true
      pr.governor = gov ?? null
    }
  }
  frames(s, preds)
  deontic(s, si, preds)
  return preds.sort((a, b) => a.first - b.first)
}

/** A light verb, also when wink-nlp's lemma is off ("staged" → "stag"). */
function isLight(t: Token): boolean {
  return (
    LIGHT_VERBS.has(t.lemma) ||
    (t.norm.endsWith('ed') &&
      (LIGHT_VERBS.has(t.norm.slice(0, -1)) || LIGHT_VERBS.has(t.norm.slice(0, -2))))
  )
}

function lightVerbOf(s: Sent, noun: number): number {
  for (let j = noun - 1; j >= s.lo && j >= noun - 7; j--) {
    const t = s.toks[j] as Token
    if (gluedLeft(s.toks, j) || gluedLeft(s.toks, j + 1)) continue
    if (t.pos === 'VERB') return isLight(t) ? j : -1
    // wink-nlp tags some past tenses after a name as adjectives ("students staged demonstrations")
    const prev = s.toks[j - 1]
    if (
      t.pos === 'ADJ' &&
      t.norm.endsWith('ed') &&
      isLight(t) &&
      prev &&
      /^(PROPN|NOUN|PRON)$/.test(prev.pos)
    )
      return j
    if (
      t.pos === 'ADP' &&
      t.norm !== 'of' &&
      !(t.norm === 'in' && j === noun - 1) &&
      !(t.norm === 'on' && s.toks[j - 1]?.lemma === 'go')
    )
      return -1
    if (t.pos === 'PUNCT' && t.norm !== '-' && t.norm !== "'") return -1
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'CCONJ' && t.norm !== 'and')) return -1
  }
  return -1
}

/** "sanctions were imposed": a passive light verb after the noun. */
function lightAfter(s: Sent, noun: number): number {
  let j = noun + 1
  let aux = false
  while (j < s.hi && ((s.toks[j] as Token).pos === 'AUX' || (s.toks[j] as Token).pos === 'ADV')) {
    aux = true
    j++
  }
  const t = s.toks[j]
  return aux && t && j < s.hi && t.pos === 'VERB' && LIGHT_VERBS.has(t.lemma) && isPassive(s, j)
    ? j
    : -1
}

/** "the visit has yet to occur", "talks took place": the noun's occurrence verb. */
function occurrenceVerb(s: Sent, noun: number): number {
  for (let j = noun + 1; j < s.hi && j <= noun + 8; j++) {
    const t = s.toks[j] as Token
    if (t.pos === 'VERB') {
      if (!OCCURRENCE_VERBS.has(t.lemma)) return -1
      const next = s.toks[j + 1]?.norm
      if (t.lemma === 'take' && next !== 'place') return -1
      if (t.lemma === 'go' && next !== 'ahead') return -1
      return j
    }
    // "a state visit to Ankara has yet to occur": the noun's own phrase, then the verb group
    if (!/^(AUX|ADV|PART|ADP|DET|PROPN|NOUN|ADJ|NUM|CCONJ)$/.test(t.pos)) return -1
  }
  return -1
}

/** Step 2: a control trigger takes the first trigger of its `to`/`that` complement as content. */
function frames(s: Sent, preds: Pred[]): void {
  for (const pr of preds) {
    const spec = pr.match.spec
    if (!spec.control && !spec.objectControl) continue
    if (pr.latent) continue
    let comp = -1
    for (let j = pr.last + 1; j < s.hi && j <= pr.last + 12; j++) {
      const n = (s.toks[j] as Token).norm
      if (n === 'to' || n === 'that') {
        comp = j
        break
      }
      if (
        n === ';' ||
        n === '.' ||
        n === 'and' ||
        n === 'but' ||
        (s.toks[j] as Token).pos === 'VERB'
      )
        break
    }
    if (comp === -1) continue
    const q = preds.find((x) => x !== pr && x.first > comp && x.first <= comp + 10 && !x.latent)
    if (!q) continue
    if (
      spec.control === 'agree' ||
      (spec.control === 'vow' && !MATERIAL_CONFLICT.has(q.category))
    ) {
      q.governor = pr
      continue
    }
    q.latent = true
    q.governor = pr
    if (spec.control === 'vow') {
      pr.category = 'THREATEN'
      pr.cameo = '130'
      pr.mode = threatMode(q)
    } else if (spec.control === 'threaten') {
      pr.mode ??= threatMode(q)
    } else if (spec.control === 'request' || spec.control === 'reject') {
      if (pr.category === 'REQUEST' || pr.category === 'REJECT')
        pr.mode ??= REQUEST_MODE[q.category] ?? null
    }
  }
  // the demand of a protest is its topic, not an event of its own (PLOVER manual, PROTEST)
  for (const pr of preds) {
    if (pr.category !== 'PROTEST' || pr.latent) continue
    const q = preds.find(
      (x) =>
        x.category === 'REQUEST' &&
        x.first > pr.last &&
        x.first <= pr.last + 6 &&
        s.toks[x.first - 1]?.norm === 'to',
    )
    if (q) {
      q.latent = true
      q.governor = pr
    }
  }
  // manner: "pressured Zelensky ... by withholding military aid" gives the pressure its mode
  for (const q of preds) {
    const by = s.toks[q.first - 1]
    if (by?.norm !== 'by' || !(s.toks[q.first] as Token).norm.endsWith('ing')) continue
    const p = [...preds].reverse().find((x) => x.first < q.first && x !== q && !x.latent)
    if (p && p.category === q.category) {
      p.mode ??= q.mode
      q.latent = true
    }
  }
}

function threatMode(q: Pred): string | null {
  return THREAT_MODE[`${q.category}:${q.mode}`] ?? THREAT_MODE[q.category] ?? null
}

/** "X said Y must return the helicopter": a REQUEST from the reporter of the clause to its subject. */
function deontic(s: Sent, si: number, preds: Pred[]): void {
  for (let j = s.lo + 1; j < s.hi - 1; j++) {
    const t = s.toks[j] as Token
    if (t.norm !== 'must') continue
    const subject = npEndingAt(s, j - 1)
    if (!subject || !namesSomeone(s, subject)) continue
    let r = -1
    for (let k = j - 1; k >= s.lo; k--) {
      const u = s.toks[k] as Token
      if (u.pos === 'VERB' && (REPORTING_VERBS.has(u.lemma) || u.lemma === 'demand')) {
        r = k
        break
      }
    }
    if (
      r === -1 ||
      preds.some((x) => x.first === r || (x.first < j && !x.latent && x.match.spec.control))
    )
      continue
    let v = j + 1
    while (v < s.hi && (s.toks[v] as Token).pos === 'ADV') v++
    if ((s.toks[v] as Token | undefined)?.pos !== 'VERB') continue
    for (const q of preds)
      if (q.first > j && q.first <= j + 10) {
        q.latent = true
      }
    const m: TriggerMatch = {
      spec: { ...requestSpec },
      first: j,
      last: v,
      words: [j, v],
    }
    preds.push({
      category: 'REQUEST',
      mode: null,
      cameo: '100',
      match: m,
      sentence: si,
      verb: r,
      first: j,
      last: v,
      latent: false,
      governor: null,
      actor: null,
      recipient: null,
      status: 'happened',
      reading: null,
      date: null,
      location: null,
      quote: null,
      passive: false,
    })
  }
}

const requestSpec = {
  pattern: 'must',
  category: 'REQUEST',
  mode: null,
  cameo: '100',
  head: 'verb' as const,
  preps: [],
  object: false,
  control: null,
  objectControl: false,
  standalone: false,
  nextName: false,
  subjectIsActor: false,
  complement: false,
}

/** "Palestinian riots", "Russian airstrikes": a name or nationality right before an event noun. */
function modifierActor(s: Sent, noun: number): NP | null {
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
function arguments_(s: Sent, pr: Pred, resolver: Resolver, paraEnd: number): void {
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
  // "demanded that the US cancel ...": the subject of the content clause
  if (!recipient && (spec.control || /^(REQUEST|THREATEN|REJECT|AGREE)$/.test(pr.category))) {
    let j = pr.last + 1
    while (j < s.hi && (s.isTime(j) || (toks[j] as Token).pos === 'ADV')) j++
    if ((toks[j] as Token | undefined)?.norm === 'that' && j < s.hi)
      recipient = npStartingAt(s, j + 1)
  }
  recipient = whoseContent(s, recipient)
  // a speech act or protest without a named recipient: the first name its complement addresses
  // ("threatened to deliver blows to the United States", "staged demonstrations to demand reforms by Suharto's government")
  if ((!recipient || !namesSomeone(s, recipient)) && (spec.control || pr.category === 'PROTEST')) {
    recipient = namedAfter(s, pr.last) ?? recipient
  }
  if (actor && recipient && actor.start === recipient.start) recipient = null
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
  // a control trigger without its own recipient takes its content's ("threatened to break relations with Russia")
  pr.reading = pr.verb === -1 ? null : statusAt(s, pr.verb)
  let status: EventStatus = pr.reading?.status ?? 'happened'
  if (pr.verb === -1 && plannedNoun(s, pr.match.first)) status = 'planned'
  if (pr.governor && !pr.latent && status === 'happened') status = 'planned'
  pr.status = status
}

const ANAPHORIC = new Set(['the', 'such', 'this', 'that', 'these', 'those'])

/** "such a visit has yet to occur": a bare event noun takes the arguments of the last event like it. */
function anaphora(s: Sent, pr: Pred, seen: readonly Pred[]): void {
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
function contentSource(s: Sent, pr: Pred, preds: readonly Pred[], before: readonly Pred[]): void {
  if (pr.recipient) return
  const content = preds.find((q) => q.governor === pr && q.latent && q.match.spec.head === 'noun')
  if (!content || content.actor) return
  const ana = { ...content, actor: null, recipient: null } as Pred
  anaphora(s, ana, before)
  if (ana.actor && ana.actor.text !== pr.actor?.text) pr.recipient = ana.actor
}

/** Step 4: the PLOVER manual's readings of future acts by their actor. */
function recode(pr: Pred, s: Sent): void {
  const r = pr.reading
  if (!r || pr.passive || pr.category === 'ELECTION') return
  // "the army prepared to resume shelling": readiness for force is MOBILIZE
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
function placeOf(
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

/** Step 5: the explicit date of one predication from its sentence's timexes. */
function dateOf(
  s: Sent,
  pr: Pred,
  preds: readonly Pred[],
  span: Span,
  timexes: readonly Timex[],
  text: string,
): EventDate | null {
  const toks = s.toks
  const anchor = pr.verb !== -1 && pr.verb < pr.first ? pr.verb : pr.first
  const trig = (toks[anchor] as Token).start
  let segStart = span.start
  let segEnd = span.end
  let firstComma = -1
  for (let i = s.lo; i < s.hi; i++) {
    const t = toks[i] as Token
    if (t.norm !== ',' || (s.isTime(i - 1) && s.isTime(i + 1))) continue
    if (firstComma === -1) firstComma = t.start
    if (t.start < trig) segStart = t.end
    else if (t.start > (toks[pr.last] as Token).end) {
      segEnd = t.start
      break
    }
  }
  void text
  const single = preds.filter((x) => !x.latent).length === 1
  return explicitDate(timexes, { start: segStart, end: segEnd }, span, firstComma, trig, single)
}

/** Step 5: dates inferred from the paragraph's earlier events, else the document date. */
function inferDates(
  preds: readonly Pred[],
  earlier: readonly Pred[],
  para: Span,
  toks: readonly Token[],
  docDate: string | null,
  s: Sent,
): void {
  let past = false
  for (let i = s.lo; i < s.hi; i++) if (PAST_CUES.has((toks[i] as Token).norm)) past = true
  for (const pr of preds) {
    if (pr.latent || pr.date) continue
    const live = pr.status === 'happened' || pr.status === 'ongoing'
    if (!live) continue
    const prev = [...earlier, ...preds]
      .filter(
        (x) =>
          x !== pr &&
          !x.latent &&
          x.date &&
          x.date.basis !== 'document' &&
          (toks[x.first] as Token).start >= para.start &&
          (toks[x.first] as Token).start < (toks[pr.first] as Token).start &&
          (x.status === 'happened' || x.status === 'ongoing'),
      )
      .pop()
    if (prev?.date) {
      pr.date = { value: prev.date.value, timex: prev.date.timex, basis: 'inferred' }
      continue
    }
    if (docDate && !past && pr.verb !== -1)
      pr.date = { value: docDate, timex: null, basis: 'document' }
  }
}

const BASIS_RANK = { explicit: 3, inferred: 2, document: 1 } as const

function key(r: EntityRef | null): string {
  if (!r) return '-'
  if (r.entity) return r.entity
  const words = r.text
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/)
  return words[words.length - 1] ?? '-'
}

/** Step 6: one event per fact. */
function merge(preds: readonly Pred[]): Pred[] {
  const out: Pred[] = []
  const seen = new Map<string, Pred>()
  for (const pr of preds) {
    const k = `${pr.category}|${pr.mode}|${key(pr.actor)}|${key(pr.recipient)}|${pr.status}`
    const old = seen.get(k)
    const compatible =
      old &&
      (!old.date ||
        !pr.date ||
        old.date.basis === 'document' ||
        pr.date.basis === 'document' ||
        old.date.value === pr.date.value)
    if (old && compatible && pr.actor) {
      if (pr.date && (!old.date || BASIS_RANK[pr.date.basis] > BASIS_RANK[old.date.basis]))
        old.date = pr.date
      old.location ??= pr.location
      old.quote ??= pr.quote
      continue
    }
    seen.set(k, pr)
    out.push(pr)
  }
  return out
}

function toEvents(preds: readonly Pred[], doc: Doc): Event[] {
  const toks = layer(doc, 'tokens')
  return preds
    .map((pr) => {
      const a = toks[pr.first] as Token
      const b = toks[pr.last] as Token
      return {
        id: '',
        category: pr.category,
        mode: pr.mode,
        cameo: pr.cameo,
        intensity: intensityOf(pr.category, pr.mode),
        actor: pr.actor,
        recipient: pr.recipient,
        trigger: { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) },
        sentence: pr.sentence,
        date: pr.date,
        location: pr.location,
        status: pr.status,
        quote: pr.quote,
      }
    })
    .sort((x, y) => x.trigger.start - y.trigger.start)
    .map((e, i) => ({ ...e, id: `V${i + 1}` }))
}
