/** Output of the query commands: a readable table, or JSON Lines (`--format jsonl`). */

/** One column of a table. */
export interface Column<T> {
  readonly title: string
  readonly value: (row: T) => string | number | null
  /** Widest the column may get (characters); long cells are cut with "…". */
  readonly max?: number
}

/** Formats rows as an aligned text table (cells on one line each). */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r)
      const s = v === null ? '' : String(v).replace(/\s+/g, ' ').trim()
      const max = c.max ?? 60
      return s.length > max ? `${s.slice(0, max - 1)}…` : s
    }),
  )
  const widths = columns.map((c, i) =>
    Math.max(c.title.length, ...cells.map((row) => (row[i] as string).length)),
  )
  const line = (parts: readonly string[]) =>
    parts
      .map((p, i) => p.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd()
  return [
    line(columns.map((c) => c.title)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n')
}

/** Writes with back-pressure, so a long export never piles up in memory. */
export function writeOut(
  chunk: string,
  stream: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => {
      if (error) reject(error)
    })
    if (ok) resolve()
    else stream.once('drain', resolve)
  })
}

/** Prints rows as JSON Lines or as a table (with a count line) per `format`. */
export async function printRows<T>(
  rows: readonly T[],
  format: string,
  columns: readonly Column<T>[],
  json: (row: T) => unknown = (r) => r,
): Promise<void> {
  if (format === 'jsonl') {
    for (const r of rows) await writeOut(`${JSON.stringify(json(r))}\n`)
    return
  }
  if (rows.length === 0) {
    await writeOut('(no results)\n')
    return
  }
  await writeOut(`${formatTable(rows, columns)}\n`)
}
