import Database from 'better-sqlite3'

/** Every distinct statement prepared through better-sqlite3 while `fn` runs. */
export async function recordStatements(fn: () => Promise<void>): Promise<string[]> {
  const seen = new Set<string>()
  const proto = Database.prototype as unknown as { prepare: (sql: string) => unknown }
  const original = proto.prepare
  proto.prepare = function (this: unknown, sql: string) {
    seen.add(sql)
    return original.call(this, sql)
  }
  try {
    await fn()
  } finally {
    proto.prepare = original
  }
  return [...seen]
}

/** SQLite's query plan of each statement on the database at `path`, one line per statement. */
export function queryPlans(path: string, statements: readonly string[]): Map<string, string> {
  const db = new Database(path, { readonly: true })
  try {
    const plans = new Map<string, string>()
    for (const sql of statements) {
      const params = Array((sql.match(/\?/g) ?? []).length).fill('x')
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ')
      plans.set(sql, plan)
    }
    return plans
  } finally {
    db.close()
  }
}
