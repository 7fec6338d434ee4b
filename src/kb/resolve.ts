/**
 * Entity resolution across documents. A document's entity meets the global entities by its
 * folded name key (`names.ts`), so transliteration variants ("Zelensky", "Zelenskyy",
 * "Zelenskiy") meet. A person named by surname only is linked to a full-name person:
 *
 * 1. when exactly one known full-name person has that surname, or
 * 2. when several do and exactly one of them shares a role title with it (evidence), else
 * 3. it stays its own surname-only entity: people who share a surname are never merged blindly.
 *
 * When a full-name person arrives after its surname-only entity, the surname entity's
 * `canonical` is pointed at it (if it is the only full-name person with that surname). Queries
 * follow `canonical`.
 */
import { createHash } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Entity } from '../core/schema.js'
import type { KB } from './db-types.js'
import { nameKey, roleKey } from './names.js'

/** A deterministic id from parts (the same input gives the same id in every database). */
export function stableId(prefix: string, ...parts: string[]): string {
  return prefix + createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)
}

function rolesOf(entity: Entity): string[] {
  return [...new Set(entity.roles.map((r) => roleKey(r.title)).filter((r) => r !== ''))].sort()
}

function mergeRoles(stored: string, added: readonly string[]): string {
  const all = new Set(stored.split(' ').filter((r) => r !== ''))
  for (const r of added) all.add(r)
  return [...all].sort().join(' ')
}

interface Info {
  readonly entity: Entity
  readonly key: string
  readonly tokens: number
  readonly roles: readonly string[]
  readonly person: boolean
}

/**
 * Finds or makes the global entity of each entity of one document and counts the document in
 * it, in a handful of statements whatever the number of entities. Returns local id → canonical
 * global id. Every decision reads the database as it was before this document, so the result
 * does not depend on the order of entities within it.
 */
export async function resolveEntities(
  db: Kysely<KB>,
  entities: readonly Entity[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (entities.length === 0) return out
  const infos: Info[] = entities.map((entity) => {
    const key = nameKey(entity.name) || entity.name.toLowerCase().trim()
    return {
      entity,
      key,
      tokens: key.split(' ').length,
      roles: rolesOf(entity),
      person: entity.type === 'PERSON',
    }
  })
  const keys = [...new Set(infos.map((i) => i.key))]
  const existing = await db
    .selectFrom('entities')
    .select(['id', 'type', 'key', 'canonical'])
    // Both columns of the (type, key) index, so the lookup stays indexed as the table grows.
    .where('type', 'in', [...new Set(infos.map((i) => i.entity.type))])
    .where('key', 'in', keys)
    .execute()
  const byTypeKey = new Map(existing.map((r) => [`${r.type}\u0000${r.key}`, r.canonical]))
  const surnames = [...new Set(infos.filter((i) => i.person && i.tokens === 1).map((i) => i.key))]
  const fulls =
    surnames.length === 0
      ? []
      : await db
          .selectFrom('entities')
          .select(['id', 'roles', 'surname'])
          .where('type', '=', 'PERSON')
          .where('surname', 'in', surnames)
          .where('tokens', '>', 1)
          .whereRef('canonical', '=', 'id')
          .orderBy('id')
          .execute()

  const created = new Map<string, Info>()
  for (const info of infos) {
    let target: string | null = null
    if (info.person && info.tokens === 1) {
      const cands = fulls.filter((f) => f.surname === info.key)
      if (cands.length === 1) target = (cands[0] as { id: string }).id
      else if (cands.length > 1 && info.roles.length > 0) {
        const withRole = cands.filter((f) => info.roles.some((r) => f.roles.split(' ').includes(r)))
        if (withRole.length === 1) target = (withRole[0] as { id: string }).id
      }
    }
    target ??= byTypeKey.get(`${info.entity.type}\u0000${info.key}`) ?? null
    if (target === null) {
      target = stableId('G', info.entity.type, info.key)
      if (!created.has(target)) created.set(target, info)
    }
    out.set(info.entity.id, target)
  }

  // Count this document once in every target, with its mentions and roles.
  const targets = [...new Set(out.values())].sort()
  const current = await db.selectFrom('entities').selectAll().where('id', 'in', targets).execute()
  const rowOf = new Map(current.map((r) => [r.id, r]))
  const rows = targets.map((id) => {
    const mine = infos.filter((i) => out.get(i.entity.id) === id)
    const mentions = mine.reduce((n, i) => n + i.entity.mentions.length, 0)
    const roles = mine.flatMap((i) => i.roles)
    const row = rowOf.get(id)
    if (row) {
      return { ...row, docs: 1, mentions, roles: mergeRoles(row.roles, roles) }
    }
    const info = created.get(id) as Info
    return {
      id,
      type: info.entity.type,
      name: info.entity.name,
      key: info.key,
      surname: info.person ? (info.key.split(' ').at(-1) ?? null) : null,
      tokens: info.tokens,
      canonical: id,
      roles: mergeRoles('', roles),
      docs: 1,
      mentions,
    }
  })
  await db
    .insertInto('entities')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        docs: eb('entities.docs', '+', eb.ref('excluded.docs')),
        mentions: eb('entities.mentions', '+', eb.ref('excluded.mentions')),
        roles: eb.ref('excluded.roles'),
      })),
    )
    .execute()

  // A new full-name person adopts the surname-only entity of its surname when it is the only
  // full-name person with that surname.
  const newFull = [...created.entries()].filter(([, i]) => i.person && i.tokens > 1)
  if (newFull.length > 0) {
    const names = [...new Set(newFull.map(([, i]) => i.key.split(' ').at(-1) as string))]
    const people = await db
      .selectFrom('entities')
      .select(['id', 'surname'])
      .where('type', '=', 'PERSON')
      .where('tokens', '>', 1)
      .where('surname', 'in', names)
      .execute()
    const pairs: [string, string][] = []
    for (const name of names.sort()) {
      const ids = people.filter((p) => p.surname === name)
      if (ids.length === 1) pairs.push([name, (ids[0] as { id: string }).id])
    }
    if (pairs.length > 0) {
      await db
        .updateTable('entities')
        .set({
          canonical: sql<string>`CASE ${sql.ref('key')} ${sql.join(
            pairs.map(([k, id]) => sql`WHEN ${k} THEN ${id}`),
            sql` `,
          )} ELSE ${sql.ref('canonical')} END`,
        })
        .where('type', '=', 'PERSON')
        .where('tokens', '=', 1)
        .whereRef('canonical', '=', 'id')
        .where(
          'key',
          'in',
          pairs.map(([k]) => k),
        )
        .execute()
    }
  }
  return out
}

const DAY = 86_400_000

/** Months (0-based first, last) of TIMEX3 season codes; winter runs into the next year. */
const SEASONS: Record<string, [number, number]> = {
  SP: [2, 4],
  SU: [5, 7],
  FA: [8, 10],
  WI: [11, 13],
}

/**
 * The days (UTC ms of the first and the last) a TIMEX3 date value covers, or null when it is no
 * calendar date: a day (`2024-11-06`, with or without a time), a month, a year, an ISO week
 * (`2024-W39`, its weekend `2024-W39-WE`), a quarter (`2024-Q3`), a half (`2024-H1`), a season
 * (`2024-SU`), a decade (`199`) or a century (`19`).
 *
 * @example
 * dayRange('2024-W39') // [Date.UTC(2024, 8, 23), Date.UTC(2024, 8, 29)]
 */
export function dayRange(value: string | null): [number, number] | null {
  if (!value) return null
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
    return [t, t]
  }
  const months = (y: number, first: number, last: number): [number, number] => [
    Date.UTC(y, first, 1),
    Date.UTC(y, last + 1, 1) - DAY,
  ]
  m = /^(\d{4})-(\d{2})$/.exec(value)
  if (m) return months(Number(m[1]), Number(m[2]) - 1, Number(m[2]) - 1)
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value)
  if (m) {
    // ISO week 1 holds the year's first Thursday; weeks start on Monday
    const y = Number(m[1])
    const jan4 = Date.UTC(y, 0, 4)
    const monday =
      jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (Number(m[2]) - 1) * 7 * DAY
    return m[3] ? [monday + 5 * DAY, monday + 6 * DAY] : [monday, monday + 6 * DAY]
  }
  m = /^(\d{4})-(Q|H)([1-4])$/.exec(value)
  if (m) {
    const span = m[2] === 'Q' ? 3 : 6
    const first = (Number(m[3]) - 1) * span
    return months(Number(m[1]), first, first + span - 1)
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value)
  if (m) {
    const [first, last] = SEASONS[m[2] as string] as [number, number]
    return months(Number(m[1]), first, last)
  }
  m = /^(\d{2,4})$/.exec(value)
  if (m) {
    const digits = (m[1] as string).length
    const width = 10 ** (4 - digits)
    const y = Number(m[1]) * width
    return [Date.UTC(y, 0, 1), Date.UTC(y + width, 0, 1) - DAY]
  }
  return null
}

/** The first and last day (`YYYY-MM-DD`) of a TIMEX3 date value, or nulls (see {@link dayRange}). */
export function daySpan(value: string | null): [string | null, string | null] {
  const r = dayRange(value)
  if (!r) return [null, null]
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
  return [iso(r[0]), iso(r[1])]
}

/**
 * Whether two event dates can be the same event: ranges that overlap within a day (reports
 * written the day after say "yesterday", and time zones shift a day). Two unknown dates are
 * compatible; a known and an unknown one are not.
 */
export function compatibleDates(a: string | null, b: string | null): boolean {
  const ra = dayRange(a)
  const rb = dayRange(b)
  if (!ra || !rb) return ra === null && rb === null
  return ra[0] <= rb[1] + DAY && rb[0] <= ra[1] + DAY
}
