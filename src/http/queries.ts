/**
 * The queries behind the UI's entity, pair and story pages, composed from the store's public
 * methods (and its Kysely handle for read-only lookups the store has no method for: aliases,
 * roles, document titles, sentence text).
 */
import type { QuoteRow, Store, TimelineEvent } from '../kb/store.js'

/** A role held by an entity, with how many documents give it. */
export interface RoleCount {
  readonly title: string
  readonly of: string | null
  readonly documents: number
}

/** Another party of an entity's events. */
export interface Counterpart {
  readonly name: string
  readonly events: number
  /** Summed intensity (cooperation positive, conflict negative). */
  readonly intensity: number
}

/** What the entity page shows. */
export interface EntityPage {
  readonly name: string
  readonly type: string
  readonly ids: readonly string[]
  readonly aliases: readonly string[]
  readonly roles: readonly RoleCount[]
  readonly documents: number
  readonly mentions: number
  readonly timeline: readonly TimelineEvent[]
  readonly counterparts: readonly Counterpart[]
  readonly quotes: readonly QuoteRow[]
}

/** One source of a pair-page event: the sentence it was read from. */
export interface EventSource {
  readonly document: string
  readonly sentence: number
  readonly title: string | null
  readonly date: string | null
  readonly text: string
}

/** What the pair page shows. */
export interface PairPage {
  readonly a: string
  readonly b: string
  readonly events: readonly (TimelineEvent & { readonly sourceSentences: readonly EventSource[] })[]
  readonly quotes: readonly QuoteRow[]
}

/** The entity page of `name`, or null when no entity has that name. */
export async function entityPage(store: Store, name: string): Promise<EntityPage | null> {
  const ids = await store.entityIds(name)
  if (ids.length === 0) return null
  const rows = await store.db
    .selectFrom('entities')
    .select(['id', 'name', 'type', 'canonical', 'docs', 'mentions'])
    .where('id', 'in', ids)
    .execute()
  // The name of the largest group (by mentions) among the variants that resolved together.
  const groups = new Map<string, number>()
  for (const r of rows) groups.set(r.canonical, (groups.get(r.canonical) ?? 0) + Number(r.mentions))
  const top = [...groups.entries()].sort((x, y) => y[1] - x[1])[0]?.[0]
  const canon = rows.find((r) => r.id === top) ?? mostMentioned(rows)
  // Counted in the database: a widely named entity has tens of thousands of local rows.
  const names = await store.db
    .selectFrom('doc_entities')
    .select('name')
    .distinct()
    .where('entity_id', 'in', ids)
    .execute()
  const docCount = await store.db
    .selectFrom('doc_entities')
    .select((eb) => eb.fn.count<number>('doc_id').distinct().as('n'))
    .where('entity_id', 'in', ids)
    .executeTakeFirst()
  const withRoles = await store.db
    .selectFrom('doc_entities')
    .select(['doc_id', 'roles'])
    .distinct()
    .where('entity_id', 'in', ids)
    .where('roles', '<>', '[]')
    .execute()
  const aliases = new Set<string>([...rows.map((r) => r.name), ...names.map((n) => n.name)])
  const roles = new Map<string, { title: string; of: string | null; docs: Set<string> }>()
  for (const l of withRoles) {
    for (const role of parseRoles(l.roles)) {
      const key = `${role.title.toLowerCase()}\u0000${(role.of ?? '').toLowerCase()}`
      const entry = roles.get(key) ?? { title: role.title, of: role.of, docs: new Set<string>() }
      entry.docs.add(l.doc_id)
      roles.set(key, entry)
    }
  }
  const canonicalName = canon?.name ?? name
  const selfNames = new Set([...aliases, canonicalName])
  aliases.delete(canonicalName)
  const timeline = await store.timeline({ actor: name, limit: 2000 })
  const quotes = await store.quotes({ speaker: name, limit: 100 })
  return {
    name: canonicalName,
    type: canon?.type ?? 'MISC',
    ids,
    aliases: [...aliases].sort(),
    roles: [...roles.values()]
      .map((r) => ({ title: r.title, of: r.of, documents: r.docs.size }))
      .sort((x, y) => y.documents - x.documents || x.title.localeCompare(y.title)),
    documents: Number(docCount?.n ?? 0),
    mentions: rows.reduce((n, r) => n + Number(r.mentions), 0),
    timeline,
    counterparts: counterparts(timeline, selfNames),
    quotes,
  }
}

/** The relationship of two entities: their events (each with its source sentences) and quotes. */
export async function pairPage(
  store: Store,
  a: string,
  b: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<PairPage | null> {
  const [ia, ib] = [await store.entityIds(a), await store.entityIds(b)]
  if (ia.length === 0 || ib.length === 0) return null
  const events = await store.timeline({ actor: a, with: b, from: range.from, to: range.to })
  // The first few sources of each event are enough to read; the count says how many there are.
  const shown = events.map((e) => e.sentences.slice(0, 5))
  const texts = await store.sentences(shown.flat())
  let at = 0
  const out = events.map((e, i) => {
    const n = (shown[i] as unknown[]).length
    const sourceSentences: EventSource[] = texts.slice(at, at + n)
    at += n
    return { ...e, sourceSentences }
  })
  const quotes = [
    ...(await store.quotes({ speaker: a, mentioning: b, limit: 50 })),
    ...(await store.quotes({ speaker: b, mentioning: a, limit: 50 })),
  ].sort(
    (x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.document.localeCompare(y.document),
  )
  return { a, b, events: out, quotes }
}

/** A document as listed under its story. */
export interface StoryDocument {
  readonly id: string
  readonly title: string | null
  readonly date: string | null
  readonly site: string | null
}

/** Stories with their documents' titles, dates and sites. */
export async function storiesWithTitles(
  store: Store,
  q: { limit: number; minSize: number },
): Promise<
  {
    story: string
    title: string | null
    firstDate: string | null
    lastDate: string | null
    documents: StoryDocument[]
  }[]
> {
  const stories = await store.stories(q)
  const ids = stories.flatMap((s) => s.documents)
  const info = new Map<string, StoryDocument>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await store.db
      .selectFrom('documents')
      .select(['id', 'title', 'date', 'site'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute()
    for (const r of rows) info.set(r.id, r)
  }
  return stories.map((s) => ({
    ...s,
    documents: s.documents.map((id) => info.get(id) ?? { id, title: null, date: null, site: null }),
  }))
}

function mostMentioned<T extends { mentions: number }>(rows: readonly T[]): T | undefined {
  let best: T | undefined
  for (const r of rows) if (!best || Number(r.mentions) > Number(best.mentions)) best = r
  return best
}

function parseRoles(json: string): { title: string; of: string | null }[] {
  try {
    const v = JSON.parse(json) as unknown
    if (!Array.isArray(v)) return []
    return v.filter(
      (r): r is { title: string; of: string | null } =>
        typeof r === 'object' && r !== null && typeof (r as { title: unknown }).title === 'string',
    )
  } catch {
    // A roles column that is not JSON (an older database) just has no roles to show.
    return []
  }
}

/** The other parties of an entity's events, most frequent first. */
export function counterparts(
  events: readonly TimelineEvent[],
  self: ReadonlySet<string>,
): Counterpart[] {
  const by = new Map<string, { events: number; intensity: number }>()
  for (const e of events) {
    const isActor = e.actor !== null && self.has(e.actor)
    const isRecipient = e.recipient !== null && self.has(e.recipient)
    const other = isActor ? e.recipient : isRecipient ? e.actor : null
    if (!other || self.has(other)) continue
    const c = by.get(other) ?? { events: 0, intensity: 0 }
    c.events++
    c.intensity += e.intensity ?? 0
    by.set(other, c)
  }
  return [...by.entries()]
    .map(([name, c]) => ({ name, events: c.events, intensity: Math.round(c.intensity * 10) / 10 }))
    .sort((x, y) => y.events - x.events || x.name.localeCompare(y.name))
    .slice(0, 15)
}
