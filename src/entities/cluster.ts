import type { EntityType } from '../core/schema.js'
import { NAME_SUFFIXES } from './data/words.js'
import type { NameMention } from './names.js'
import type { TitleHit } from './titles.js'

/** A mention being built (offsets in UTF-16, tokens as a half-open index range). */
export interface WorkMention {
  readonly start: number
  readonly end: number
  readonly kind: 'name' | 'nominal' | 'pronoun'
  readonly first: number
  readonly last: number
  readonly sentence: number
  readonly subject: boolean
}

/** An entity being built by the rules. */
export interface WorkEntity {
  type: EntityType
  strength: number
  readonly names: NameMention[]
  readonly mentions: WorkMention[]
  readonly roles: TitleHit[]
  gender: 'm' | 'f' | null
  /** Alpha-3 code when the entity is a country. */
  country: string | null
  /** Alpha-3 code of the country the entity belongs to (from its roles or a nationality word). */
  nationality: string | null
}

/**
 * Groups name mentions into entities. Two passes, so that a short form may come before the full
 * one ("Zelensky" in a lead, "Volodymyr Zelensky" later):
 * 1. full names (two words or more) and countries: the same country code, the same words, or the
 *    same first and last word ("Donald J. Trump") make one entity;
 * 2. one-word names join the entity whose surname (or, failing that, first name) they are, the
 *    nearest such entity when several share it; a name in a capitalised caption only joins.
 * A name with rule evidence of one type never joins an entity with rule evidence of another.
 */
export function clusterNames(names: readonly NameMention[]): WorkEntity[] {
  const entities: WorkEntity[] = []
  const byWords = new Map<string, WorkEntity>()
  const byCountry = new Map<string, WorkEntity>()
  const add = (e: WorkEntity, m: NameMention) => {
    e.names.push(m)
    e.mentions.push({
      start: m.start,
      end: m.end,
      kind: 'name',
      first: m.first,
      last: m.last,
      sentence: m.sentence,
      subject: m.subject,
    })
    if (m.title) e.roles.push(m.title)
    if (m.strength > e.strength) {
      e.strength = m.strength
      e.type = m.type
    } else if (m.strength === 2 && e.strength === 2 && m.type !== e.type) {
      // Tagger types only: the majority of the entity's tagged names decides.
      const votes = e.names.filter((n) => n.strength === 2 && n.type === m.type).length
      const current = e.names.filter((n) => n.strength === 2 && n.type === e.type).length
      if (votes > current) e.type = m.type
    }
    e.gender ??= m.gender
    e.nationality ??= m.title?.country ?? null
    byWords.set(m.words.join(' '), e)
    if (m.country) byCountry.set(m.country, e)
  }
  const create = (m: NameMention) => {
    const e: WorkEntity = {
      type: m.type,
      strength: m.strength,
      names: [],
      mentions: [],
      roles: [],
      gender: null,
      country: m.country,
      nationality: null,
    }
    entities.push(e)
    add(e, m)
  }
  const full = (m: NameMention) => !m.caps && (m.words.length >= 2 || m.country !== null)
  for (const m of names) {
    if (!full(m)) continue
    const key = m.words.join(' ')
    const same =
      (m.country ? byCountry.get(m.country) : undefined) ??
      byWords.get(key) ??
      entities.find((e) => compatible(e, m) && sameFullName(e, m))
    if (same) add(same, m)
    else create(m)
  }
  // Surnames and given names of the full names, for the one-word names.
  const bySurname = new Map<string, WorkEntity[]>()
  const byGiven = new Map<string, WorkEntity[]>()
  for (const e of entities) {
    if (e.type === 'LOC') continue
    push(bySurname, surname(e), e)
    // Arabic surnames with the article: "al-Assad" is also written "Assad".
    const bare = surname(e).replace(/^(al|el|ad|ash|as|at|ar|an|az)-/, '')
    if (bare !== surname(e)) push(bySurname, bare, e)
    if (e.type === 'PERSON') push(byGiven, given(e), e)
  }
  // One-word names that tell a gender go first: if "Mr. Obama" cannot be "Michelle Obama", the
  // bare "Obama" names someone else, and the other bare "Obama"s follow him.
  const singles = names.filter((m) => !full(m))
  const ordered = [...singles.filter((m) => m.gender), ...singles.filter((m) => !m.gender)]
  for (const m of ordered) {
    const key = m.words.join(' ')
    const exact = (m.country ? byCountry.get(m.country) : undefined) ?? byWords.get(key)
    if (exact && compatible(exact, m)) {
      add(exact, m)
      continue
    }
    const ok = (list: readonly WorkEntity[] | undefined) =>
      (list ?? []).filter((e) => compatible(e, m))
    const found =
      firstIntroduced(ok(bySurname.get(key))) ??
      (m.words.length === 1 ? firstIntroduced(ok(byGiven.get(key))) : null)
    if (found) add(found, m)
    else if (!m.caps || m.strength >= 2) create(m)
  }
  return entities
}

function push(map: Map<string, WorkEntity[]>, key: string, e: WorkEntity): void {
  if (key === '') return
  const list = map.get(key)
  if (list) list.push(e)
  else map.set(key, [e])
}

/** True when the name may join the entity: no rule evidence of two different types. */
function compatible(e: WorkEntity, m: NameMention): boolean {
  if (m.gender && e.gender && m.gender !== e.gender) return false
  if (m.strength >= 3 && m.type !== e.type && e.type !== 'MISC') return false
  if (m.strength >= 2 && e.strength >= 3 && m.type !== e.type && m.type !== 'MISC') {
    // A tagger type may be wrong on a bare surname; rule evidence on the entity wins, except that
    // a tagger's place never joins a person by surname alone.
    return !(m.type === 'LOC' && e.type === 'PERSON')
  }
  return true
}

/** The longest name of the entity, as folded words. */
function longest(e: WorkEntity): readonly string[] {
  let best: readonly string[] = []
  for (const n of e.names) if (n.words.length > best.length) best = n.words
  return best
}

function sameFullName(e: WorkEntity, m: NameMention): boolean {
  if (e.type !== 'PERSON' && e.type !== 'MISC') return false
  const w = longest(e)
  if (w.length < 2) return false
  if (m.words[0] === 'von' || m.words[0] === 'van' || m.words[0] === 'de' || m.words[0] === 'al') {
    return surname(e) === m.words.join(' ')
  }
  return w[0] === m.words[0] && core(w).at(-1) === core(m.words).at(-1)
}

function core(words: readonly string[]): readonly string[] {
  let n = words.length
  while (n > 1 && NAME_SUFFIXES.has(words[n - 1] as string)) n--
  return words.slice(0, n)
}

/** The surname of a person entity: from the first particle after the given name, else the last word. */
export function surname(e: WorkEntity): string {
  const w = core(longest(e))
  if (w.length < 2) return ''
  for (let i = 1; i < w.length - 1; i++) {
    if (
      /^(von|van|de|da|di|del|della|du|le|la|bin|ibn|al|el|dos|das|ter|ten)$/.test(w[i] as string)
    )
      return w.slice(i).join(' ')
  }
  return w[w.length - 1] as string
}

function given(e: WorkEntity): string {
  const w = longest(e)
  return w.length >= 2 ? (w[0] as string) : ''
}

/**
 * Of several entities sharing a surname, the one introduced first: news copy gives the main
 * person the bare surname and keeps full names for the others ("Chelsea Clinton" beside
 * "Clinton" for Hillary Clinton).
 */
function firstIntroduced(list: readonly WorkEntity[]): WorkEntity | null {
  let best: WorkEntity | null = null
  let first = Infinity
  for (const e of list) {
    const start = e.names[0]?.start ?? Infinity
    if (start < first) {
      first = start
      best = e
    }
  }
  return best
}
