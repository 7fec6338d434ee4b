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
import type { Kysely } from 'kysely'
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

/**
 * Finds or makes the global entity of one document entity and counts this document in it.
 * Returns the canonical global id.
 */
export async function resolveEntity(db: Kysely<KB>, entity: Entity): Promise<string> {
  const key = nameKey(entity.name) || entity.name.toLowerCase().trim()
  const tokens = key.split(' ').length
  const roles = rolesOf(entity)
  const isPerson = entity.type === 'PERSON'
  let targetId: string | null = null

  if (isPerson && tokens === 1) {
    const full = await db
      .selectFrom('entities')
      .select(['id', 'roles'])
      .where('type', '=', 'PERSON')
      .where('surname', '=', key)
      .where('tokens', '>', 1)
      .whereRef('canonical', '=', 'id')
      .orderBy('id')
      .execute()
    if (full.length === 1) targetId = (full[0] as { id: string }).id
    else if (full.length > 1 && roles.length > 0) {
      const withRole = full.filter((f) => roles.some((r) => f.roles.split(' ').includes(r)))
      if (withRole.length === 1) targetId = (withRole[0] as { id: string }).id
    }
  }

  if (targetId === null) {
    const same = await db
      .selectFrom('entities')
      .select(['canonical'])
      .where('type', '=', entity.type)
      .where('key', '=', key)
      .executeTakeFirst()
    if (same) targetId = same.canonical
  }

  if (targetId === null) {
    targetId = stableId('G', entity.type, key)
    const surname = isPerson ? (key.split(' ').at(-1) ?? null) : null
    await db
      .insertInto('entities')
      .values({
        id: targetId,
        type: entity.type,
        name: entity.name,
        key,
        surname,
        tokens,
        canonical: targetId,
        roles: roles.join(' '),
        docs: 0,
        mentions: 0,
      })
      .execute()
    if (isPerson && tokens > 1 && surname) await adoptSurname(db, targetId, surname)
  }

  const row = await db
    .selectFrom('entities')
    .select(['roles'])
    .where('id', '=', targetId)
    .executeTakeFirstOrThrow()
  await db
    .updateTable('entities')
    .set((eb) => ({
      docs: eb('docs', '+', 1),
      mentions: eb('mentions', '+', entity.mentions.length),
      roles: mergeRoles(row.roles, roles),
    }))
    .where('id', '=', targetId)
    .execute()
  return targetId
}

/** Points a surname-only person at a new full-name person when it is the only one with it. */
async function adoptSurname(db: Kysely<KB>, fullId: string, surname: string): Promise<void> {
  const others = await db
    .selectFrom('entities')
    .select(['id'])
    .where('type', '=', 'PERSON')
    .where('surname', '=', surname)
    .where('tokens', '>', 1)
    .where('id', '!=', fullId)
    .limit(1)
    .execute()
  if (others.length > 0) return
  await db
    .updateTable('entities')
    .set({ canonical: fullId })
    .where('type', '=', 'PERSON')
    .where('key', '=', surname)
    .where('tokens', '=', 1)
    .execute()
}

/** Day ranges of a TIMEX3 date value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null. */
export function dayRange(value: string | null): [number, number] | null {
  if (!value) return null
  const day = 86_400_000
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (m) {
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
    return [t, t]
  }
  m = /^(\d{4})-(\d{2})$/.exec(value)
  if (m) {
    const a = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)
    return [a, Date.UTC(Number(m[1]), Number(m[2]), 1) - day]
  }
  m = /^(\d{4})$/.exec(value)
  if (m) return [Date.UTC(Number(m[1]), 0, 1), Date.UTC(Number(m[1]) + 1, 0, 1) - day]
  return null
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
  const slack = 86_400_000
  return ra[0] <= rb[1] + slack && rb[0] <= ra[1] + slack
}
