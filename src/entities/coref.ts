import { type Analysis, boundaryBetween, capitalised, norm } from './analysis.js'
import type { WorkEntity } from './cluster.js'
import {
  NOMINAL_ADJECTIVES,
  NOMINAL_HEADS,
  type NominalHead,
  PARTY_WORDS,
} from './data/nominals.js'
import { type CountryInfo, countryOf, countryOfDemonym, fold, isKnownPlace } from './data/places.js'
import { PRONOUNS } from './data/pronouns.js'
import { notAName } from './names.js'
import { mention, resolvePronoun, type Seen } from './pronouns.js'
import { roleHead } from './roles.js'

/** How far back (in sentences) a generic nominal looks for its antecedent. */
const GENERIC_WINDOW = 2
/** How many earlier mentions a role nominal looks through ("the Ukrainian president"). */
const ROLE_LOOKBACK = 400

/**
 * Adds nominal and pronoun mentions, reading the document once in order (a cascade per mention):
 *
 * Nominals "the (nationality|party|adjective)* head": a head that is an office ("president")
 * needs an entity holding that office now (not "former"); other heads ("candidate", "company")
 * need the type and gender. A nationality must not contradict the entity's. The subject of the
 * same clause is never the antecedent of a nominal object ("Trump criticized the Ukrainian
 * president"). The most recent compatible entity wins.
 *
 * Pronouns, precision first (unresolved rather than wrong):
 * 1. a possessive in a sentence-opening phrase refers forward to the subject after the comma
 *    ("In his address, President Zelensky ...");
 * 2. a possessive right after an object pronoun of the same clause is that pronoun's entity
 *    ("congratulate him on his victory");
 * 3. candidates: entities of agreeing type and gender in this and the previous sentence, inside the
 *    same quotation as the pronoun (or outside quotations when it is outside); an object pronoun
 *    never takes its own clause's subject; a reflexive takes only it;
 * 4. one candidate: resolved; several: the clause subject when nothing intervenes (possessives,
 *    "X said he ..."), or the previous sentence's subject for a sentence-opening subject pronoun;
 *    otherwise left unresolved.
 */
export function addCoreference(a: Analysis, entities: readonly WorkEntity[]): void {
  const names: Seen[] = []
  for (const e of entities) {
    for (const m of e.mentions) {
      names.push({ entity: e, m, quote: a.quote[m.first] ?? -1, kind: m.kind, pronoun: null })
    }
  }
  names.sort((x, y) => x.m.first - y.m.first)
  const unknown = unknownNames(a, names)
  const seen: Seen[] = []
  let next = 0
  for (let t = 0; t < a.tokens.length; t++) {
    while (next < names.length && (names[next] as Seen).m.first <= t)
      seen.push(names[next++] as Seen)
    const n = norm(a, t)
    if (n === 'the') {
      const found = nominalAt(a, t, seen, unknown, names, next)
      if (found) {
        found.entity.mentions.push(found.m)
        seen.push(found)
        t = found.m.last - 1
      }
      continue
    }
    const info = PRONOUNS.get(n)
    if (!info) continue
    const found = resolvePronoun(a, t, info, seen, names, next, unknown)
    if (found) {
      found.entity.mentions.push(found.m)
      seen.push(found)
      if (found.entity.gender === null && (info.gender === 'm' || info.gender === 'f')) {
        found.entity.gender = info.gender
      }
    }
  }
}

function wordAt(a: Analysis, k: number): string {
  const t = a.tokens[k]
  return t ? a.text.slice(t.start, t.end) : ''
}

/** Parses "the ... head" at token `t` and resolves it, or returns null. */
function nominalAt(
  a: Analysis,
  t: number,
  seen: readonly Seen[],
  unknown: Int32Array,
  names: readonly Seen[],
  nextName: number,
): Seen | null {
  const sentence = a.tokens[t]?.sentence
  let k = t + 1
  let country: CountryInfo | null = null
  let former = false
  for (let guard = 0; guard < 4; guard++) {
    const w = wordAt(a, k)
    const n = norm(a, k)
    const cw = capitalised(a, k) ? (countryOfDemonym(w) ?? countryOf(w)) : null
    if (cw && !country) country = cw
    else if (n === 'former') former = true
    else if (!PARTY_WORDS.has(n) && !NOMINAL_ADJECTIVES.has(n)) break
    k++
  }
  let head: NominalHead | null = null
  let headText = ''
  let end = k
  for (let len = 3; len >= 1 && !head; len--) {
    const words: string[] = []
    for (let j = k; j < k + len; j++) words.push(norm(a, j))
    const phrase = words.join(' ').replace(/ - /g, '-')
    const h = NOMINAL_HEADS.get(phrase)
    if (h && a.tokens[k + len - 1]?.sentence === sentence) {
      head = h
      headText = phrase
      end = k + len
    }
  }
  if (!head) return null
  const after = a.tokens[end]
  // "the president of France" names someone else; "the president Volodymyr Zelensky" is a title;
  // "the company statement" has another head.
  if (after && after.sentence === sentence) {
    if (after.norm === 'of' || after.pos === 'PROPN' || after.pos === 'NOUN') return null
  }
  const m = mention(a, t, end, 'nominal')
  const quote = a.quote[t] ?? -1
  // An apposition names it: "the veteran Liberal nominee, Martin K. Doyle, ...".
  if (norm(a, end) === ',') {
    for (let i = nextName; i < names.length; i++) {
      const s = names[i] as Seen
      if (s.m.first > end + 1) break
      if (s.m.first === end + 1 && s.entity.type === head.type) {
        return { entity: s.entity, m, quote, kind: 'nominal', pronoun: null }
      }
    }
    return null
  }
  if (!head.role) {
    // A generic head ("the group") may name a proper noun the tagger left untyped: no guess.
    const from = a.sentenceFirst[Math.max(0, m.sentence - GENERIC_WINDOW)] ?? 0
    if ((unknown[t] ?? 0) - (unknown[from] ?? 0) > 0) return null
  }
  const excluded = new Set<WorkEntity>()
  let best: Seen | null = null
  let looked = 0
  for (let i = seen.length - 1; i >= 0 && looked < ROLE_LOOKBACK; i--, looked++) {
    const s = seen[i] as Seen
    if (!head.role && s.m.sentence < m.sentence - GENERIC_WINDOW) break
    const e = s.entity
    if (excluded.has(e)) continue
    excluded.add(e)
    if (e.type !== head.type) continue
    if (head.gender && e.gender && head.gender !== e.gender) continue
    const nat = e.nationality ?? e.roles.find((r) => r.country)?.country ?? null
    if (country && nat && nat !== country.code) continue
    if (head.role && !holds(e, headText, former)) continue
    // The subject of the nominal's own clause is not its antecedent; nor, for a generic head,
    // the subject of its sentence (a writer would use a pronoun).
    if (s.m.sentence === m.sentence && s.m.subject) {
      if (!head.role || !boundaryBetween(a, s.m.last - 1, t)) continue
    }
    if (!head.role && best !== null) return null
    best ??= s
    // A role nominal takes the most recent holder; a generic head ("the candidate", "the
    // group") needs a single candidate in the window.
    if (head.role) break
  }
  if (!best) return null
  const e = best.entity
  if (country) {
    e.nationality ??= country.code
    const role = head.role ? e.roles.find((r) => roleHead(r.title).head === headText) : undefined
    if (role && role.of === null) {
      e.roles.push({ title: role.title, of: country.name, country: country.code, gender: null })
    }
  }
  return { entity: e, m, quote, kind: 'nominal', pronoun: null }
}

/** True when the entity holds the office now (or, for "the former ...", held it). */
function holds(e: WorkEntity, head: string, former: boolean): boolean {
  let bare = false
  let past = false
  for (const r of e.roles) {
    const h = roleHead(r.title)
    if (h.head !== head) continue
    if (h.former) past = true
    else bare = true
  }
  // News copy keeps "President" for former presidents: a past office outweighs the bare title.
  return former ? past : bare && !past
}

/**
 * Prefix counts of proper-noun tokens outside every mention that could be names (not dates,
 * titles, nationality words or capitalised sentence openers): `out[k]` counts those before `k`.
 */
function unknownNames(a: Analysis, names: readonly Seen[]): Int32Array {
  const covered = new Uint8Array(a.tokens.length)
  for (const s of names) covered.fill(1, s.m.first, s.m.last)
  const out = new Int32Array(a.tokens.length + 1)
  for (let k = 0; k < a.tokens.length; k++) {
    const t = a.tokens[k]
    let hit = 0
    if (t && !covered[k] && t.pos === 'PROPN' && capitalised(a, k) && !notAName(fold(t.norm))) {
      const first = a.sentenceFirst[t.sentence] ?? 0
      const word = fold(t.norm)
      const opener = k === first && a.lowerWords.has(word)
      if (!opener && !countryOf(wordAt(a, k)) && !isKnownPlace(wordAt(a, k))) hit = 1
    }
    out[k + 1] = (out[k] as number) + hit
  }
  return out
}
