import { type Analysis, boundaryBetween, isSubject, norm } from './analysis.js'
import type { WorkEntity, WorkMention } from './cluster.js'
import type { PronounInfo } from './data/pronouns.js'

/** A mention already read, in text order: what later nominals and pronouns look back at. */
export interface Seen {
  readonly entity: WorkEntity
  readonly m: WorkMention
  readonly quote: number
  readonly kind: 'name' | 'nominal' | 'pronoun'
  readonly pronoun: PronounInfo | null
}

/** How far back (in sentences) a pronoun looks for its antecedent. */
export const PRONOUN_WINDOW = 1

/** A mention of tokens [first, last). */
export function mention(
  a: Analysis,
  first: number,
  last: number,
  kind: WorkMention['kind'],
): WorkMention {
  const t0 = a.tokens[first]
  const t1 = a.tokens[last - 1]
  return {
    start: t0?.start ?? 0,
    end: t1?.end ?? 0,
    kind,
    first,
    last,
    sentence: t0?.sentence ?? 0,
    subject: isSubject(a, first, last),
  }
}

/**
 * Pronoun resolution, precision first (an unresolved pronoun is better than a wrong one); see
 * the cascade in `addCoreference` (coref.ts).
 */
export function resolvePronoun(
  a: Analysis,
  t: number,
  info: PronounInfo,
  seen: readonly Seen[],
  names: readonly Seen[],
  nextName: number,
  unknown: Int32Array,
): Seen | null {
  const sentence = a.tokens[t]?.sentence ?? 0
  const quote = a.quote[t] ?? -1
  let kase = info.case
  // "her" is possessive before a noun phrase, else an object.
  if (norm(a, t) === 'her') {
    const after = a.tokens[t + 1]
    kase =
      after && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN')
        ? 'poss'
        : 'obj'
  }
  const wants = (e: WorkEntity) => {
    if (info.gender === 'm' || info.gender === 'f') {
      return e.type === 'PERSON' && (e.gender === null || e.gender === info.gender)
    }
    return e.type === 'ORG'
  }
  const m = mention(a, t, t + 1, 'pronoun')
  const make = (entity: WorkEntity): Seen => ({ entity, m, quote, kind: 'pronoun', pronoun: info })
  const floor = a.sentenceFirst[sentence] ?? 0

  // 1. A possessive in a sentence-opening prepositional phrase points forward.
  if (
    kase === 'poss' &&
    quote === -1 &&
    (a.tokens[floor]?.pos === 'ADP' || a.tokens[floor]?.pos === 'SCONJ')
  ) {
    let comma = t + 1
    while (a.tokens[comma]?.sentence === sentence && norm(a, comma) !== ',') comma++
    if (norm(a, comma) === ',' && !boundaryBetween(a, floor, t)) {
      for (let i = nextName; i < names.length; i++) {
        const s = names[i] as Seen
        if (s.m.sentence !== sentence || s.m.first > comma + 6) break
        if (s.m.first > comma && s.m.subject && wants(s.entity)) return make(s.entity)
      }
    }
  }

  // 2. A possessive after an object pronoun of the same clause.
  const last = seen[seen.length - 1]
  if (
    kase === 'poss' &&
    last?.pronoun &&
    last.pronoun.case === 'obj' &&
    last.pronoun.gender === info.gender &&
    last.m.sentence === sentence &&
    last.quote === quote &&
    !boundaryBetween(a, last.m.first, t)
  ) {
    return make(last.entity)
  }

  // 3. Candidates: the most recent mention of each agreeing entity in the window.
  const cands: Seen[] = []
  const done = new Set<WorkEntity>()
  for (let i = seen.length - 1; i >= 0; i--) {
    const s = seen[i] as Seen
    if (s.m.sentence < sentence - PRONOUN_WINDOW) break
    if (s.quote !== quote || done.has(s.entity)) continue
    done.add(s.entity)
    if (!wants(s.entity)) continue
    const sameClause = s.m.sentence === sentence && !boundaryBetween(a, s.m.last - 1, t)
    if (kase === 'obj' && s.m.subject && sameClause) continue
    if (kase === 'refl' && !(s.m.subject && sameClause)) continue
    cands.push(s)
  }
  // A proper noun the tagger left untyped in the window may be the antecedent: no guessing.
  const windowStart = a.sentenceFirst[Math.max(0, sentence - PRONOUN_WINDOW)] ?? 0
  if ((unknown[t] ?? 0) - (unknown[windowStart] ?? 0) > 0) return null
  if (info.gender === 'p' || info.gender === 'n') return orgPronoun(a, t, cands, make)
  if (cands.length === 0) return null
  if (cands.length === 1) return make((cands[0] as Seen).entity)

  // 4. Several: structure decides, or nothing does.
  const top = cands[0] as Seen
  if (kase === 'poss' || kase === 'subj') {
    // The clause subject with no other candidate after it ("Zelensky said he ...").
    if (top.m.subject && top.m.sentence === sentence) return make(top.entity)
  }
  if (kase === 'subj' && t === floor) {
    const subjects = cands.filter((c) => c.m.sentence === sentence - 1 && c.m.subject)
    const first = subjects.reduce<Seen | null>(
      (acc, c) => (acc === null || c.m.first < acc.m.first ? c : acc),
      null,
    )
    if (first && subjects.every((c) => c.entity === first.entity)) return make(first.entity)
  }
  return null
}

/**
 * "its" and "they/their/them" for an organisation: only when the organisation is the sole
 * candidate and no plural noun or coordinated name stands between (those take "they" first).
 */
function orgPronoun(
  a: Analysis,
  t: number,
  cands: readonly Seen[],
  make: (e: WorkEntity) => Seen,
): Seen | null {
  if (cands.length !== 1) return null
  const c = cands[0] as Seen
  if (norm(a, t) === 'it') return null
  for (let k = c.m.last; k < t; k++) {
    const tok = a.tokens[k]
    if (!tok) break
    if (tok.norm === 'and' || tok.norm === 'or') return null
    if (
      (tok.pos === 'NOUN' || tok.pos === 'PROPN') &&
      tok.norm !== tok.lemma &&
      tok.norm.endsWith('s')
    ) {
      return null
    }
  }
  return make(c.entity)
}
