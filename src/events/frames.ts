import type { Token } from '../core/doc.js'
import { modifierActor } from './arguments.js'
import {
  clauseEnd,
  isPassive,
  namesSomeone,
  npEndingAt,
  npStartingAt,
  objectAfter,
  possessorOf,
  prepObject,
  reducedPassive,
  type Sent,
  subjectOf,
} from './clause.js'
import {
  CONSEQUENCES,
  CONTENT_VERBS,
  INSULTS,
  LIGHT_VERBS,
  OCCURRENCE_VERBS,
  PUBLICATIONS,
  REPORTING_VERBS,
  STOPPING_NOUNS,
  WARNING_COMPLEMENTS,
} from './data/cues.js'
import { MATERIAL_CONFLICT } from './data/intensity.js'
import { gluedLeft, matchTriggers, type TriggerMatch } from './match.js'
import { newPred, type Pred, REQUEST_MODE, SPEECH, THREAT_MODE } from './pred.js'
import { cancelledBy } from './status.js'

/**
 * Steps 1–2 of the events stage: triggers of one sentence, the licensing of event nouns (light
 * verb, possessor, agent, occurrence verb), and frames (content clauses of control triggers,
 * protest topics, manner clauses, "X said Y must ..." requests).
 */
/** Steps 1–2: triggers, noun licensing, frames. */
export function sentencePreds(s: Sent, si: number): Pred[] {
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
    // "a pause in fighting": the stopped act is no event (a noun, or a gerund read as a verb)
    const named = m.spec.head === 'noun' || (toks[m.first] as Token).norm.endsWith('ing')
    if (named && stoppedBy(s, m.first)) continue
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
            s.toks[m.last + 1]?.norm === 'between' ||
            cancelledBy(s, m.first, m.last) > m.last ||
            modifierActor(s, m.first)
          )
            verb = -1
          else continue
        }
      }
    } else passive = isPassive(s, m.first) || reducedPassive(s, m.first)
    preds.push(
      newPred({
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
        passive,
      }),
    )
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
  naming(s, preds)
  // "the visit was cancelled": the cancelling is the visit's status, not an event of its own
  for (const pr of preds) {
    const by = pr.match.spec.head === 'noun' ? cancelledBy(s, pr.match.first, pr.match.last) : -1
    if (by <= pr.match.last) continue
    for (const q of preds) if (q.match.first === by) q.latent = true
  }
  published(s, preds)
  frames(s, preds)
  warnings(s, preds)
  deontic(s, si, preds)
  return preds.sort((a, b) => a.first - b.first)
}

/**
 * Step 1b: a release is RETREAT only when captives are released. "The ministry released new
 * figures", "a communique released after the session", "the report was released", "issued a
 * press release" publish something: no event. What was released is the object, the subject of a
 * passive, the noun a participle without an object follows, or for the noun the "of" phrase or
 * the noun before it ("a press release").
 */
function published(s: Sent, preds: Pred[]): void {
  for (const pr of preds) {
    if (pr.latent || pr.category !== 'RETREAT' || pr.mode !== 'release') continue
    const m = pr.match
    let theme: number | null = null
    if (m.spec.head === 'noun') {
      const before = s.toks[m.first - 1]
      theme =
        before && m.first - 1 >= s.lo && before.pos === 'NOUN'
          ? m.first - 1
          : (prepObject(s, m.last, ['of'])?.head ?? null)
    } else if (pr.passive) theme = subjectOf(s, m.first)?.head ?? null
    else {
      const object = objectAfter(s, m.last)
      theme = object ? object.head : (npEndingAt(s, m.first - 1)?.head ?? null)
    }
    if (theme === null) continue
    const t = s.toks[theme] as Token
    if ([t.lemma, t.norm, t.norm.replace(/s$/, '')].some((w) => PUBLICATIONS.has(w)))
      pr.latent = true
  }
}

/** "a pause in [fighting]", "an end to the [shelling]": an event noun that a stopping noun governs. */
function stoppedBy(s: Sent, noun: number): boolean {
  let j = noun - 1
  while (j > s.lo && /^(DET|ADJ)$/.test((s.toks[j] as Token).pos)) j--
  const prep = s.toks[j]
  const head = s.toks[j - 1]
  return (
    j - 1 >= s.lo &&
    prep !== undefined &&
    /^(in|to|of|on)$/.test(prep.norm) &&
    head !== undefined &&
    head.pos === 'NOUN' &&
    STOPPING_NOUNS.has(head.lemma)
  )
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

/**
 * "called Zelensky a dictator", "calls the probe \"a witch hunt\"": a verb of calling followed by
 * its object and a second noun phrase names someone; it is no phone call. With an insult in the
 * name it is an ACCUSE (disapprove, CAMEO 111); otherwise no event.
 */
function naming(s: Sent, preds: Pred[]): void {
  for (const pr of preds) {
    if (pr.match.spec.head !== 'verb' || (s.toks[pr.first] as Token).lemma !== 'call') continue
    if (pr.match.last !== pr.match.first) continue
    const object = objectAfter(s, pr.last)
    if (!object) continue
    let k = object.end
    while (k < s.hi && /^["“‘']$/.test((s.toks[k] as Token).norm)) k++
    const next = s.toks[k]
    if (!next || k >= s.hi) continue
    // "called Putin last week" is a call: a time word after the object names nothing
    const named =
      !s.isTime(k) &&
      (next.norm === 'a' ||
        next.norm === 'an' ||
        k > object.end ||
        next.pos === 'ADJ' ||
        next.pos === 'NOUN')
    if (!named) continue
    const end = Math.min(clauseEnd(s, k, true), k + 8)
    let insult = false
    for (let j = k; j < end; j++) if (INSULTS.has((s.toks[j] as Token).lemma)) insult = true
    if (insult) {
      pr.category = 'ACCUSE'
      pr.mode = 'disapprove'
      pr.cameo = '111'
    } else pr.latent = true
  }
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

/**
 * Step 2b: a warning is a threat only when it threatens. "warned that the talks will take many
 * years" and "warned of a humanitarian crisis" foretell; PLOVER's THREATEN is "coercive or
 * forceful warnings with serious potential repercussions". A warning with a complement
 * (that-clause, a clause without "that", "of"/"about" phrase, to-infinitive) stays THREATEN when
 * its content event is a threatening act ("warned that it would strike Kyiv") or the complement
 * names repercussions ("warned of consequences"); otherwise it is no event. A bare "X warned Y"
 * is left as it is.
 */
function warnings(s: Sent, preds: Pred[]): void {
  for (const pr of preds) {
    if (pr.latent || (s.toks[pr.match.first] as Token).lemma !== 'warn') continue
    let comp = -1
    for (let j = pr.last + 1; j < s.hi && j <= pr.last + 8; j++) {
      const t = s.toks[j] as Token
      if (WARNING_COMPLEMENTS.has(t.norm)) {
        comp = j
        break
      }
      if (t.norm === ';' || t.norm === '.' || t.pos === 'VERB') break
    }
    // "warns [the row over pay] is not settled": a clause without "that" is a complement
    // too, and its subject no one the warning is addressed to
    if (comp === -1 && clauseAfter(s, pr.last)) comp = pr.last
    if (comp === -1) continue
    const content = preds.find((q) => q.governor === pr)
    if (content && threatMode(content) !== null) continue
    const end = clauseEnd(s, comp + 1, false)
    let repercussion = false
    for (let j = comp + 1; j < end; j++) {
      const t = s.toks[j] as Token
      if (CONSEQUENCES.has(t.lemma) || CONSEQUENCES.has(t.norm)) repercussion = true
    }
    if (!repercussion) pr.latent = true
  }
}

/**
 * True when the words after token `v` are a clause without "that": a noun phrase and then a
 * finite verb or auxiliary ("warned [the drought] would last", "warns [the row over pay] is not
 * over"). "warned Kyiv to stop" (an infinitive) and "warned the rebels" (no verb) are not.
 */
function clauseAfter(s: Sent, v: number): boolean {
  const np = npStartingAt(s, v + 1)
  if (!np || (s.toks[np.start] as Token).pos === 'PRON') return false
  let j = np.end
  // "the row [over overtime]": a prepositional phrase of the subject
  while (j < s.hi && (s.toks[j] as Token).pos === 'ADP' && (s.toks[j] as Token).norm !== 'to') {
    const inner = npStartingAt(s, j + 1)
    if (!inner) break
    j = inner.end
  }
  const t = s.toks[j]
  if (!t || j >= s.hi) return false
  if (t.pos === 'AUX') return true
  return t.pos === 'VERB' && !t.norm.endsWith('ing') && t.norm !== t.lemma
}

export function threatMode(q: Pred): string | null {
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
    preds.push(
      newPred({
        category: 'REQUEST',
        mode: null,
        cameo: '100',
        match: m,
        sentence: si,
        verb: r,
        first: j,
        last: v,
        passive: false,
      }),
    )
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
