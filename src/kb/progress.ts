/**
 * Ingest progress on stderr: a bar with documents/s and ETA on a terminal, plain lines (every
 * few seconds) otherwise, so logs stay readable.
 */
export interface Progress {
  /** Counts `n` more documents (stored, skipped or failed). */
  tick(n: number, stored: number, skipped: number, failed: number): void
  done(): void
}

/** A progress reporter for `stream` (silent when `quiet`). */
export function createProgress(
  total: number | null,
  stream: NodeJS.WriteStream = process.stderr,
  quiet = false,
): Progress {
  const t0 = performance.now()
  const tty = Boolean(stream.isTTY)
  let seen = 0
  let last = 0
  let counts = { stored: 0, skipped: 0, failed: 0 }
  const line = (final: boolean): string => {
    const secs = (performance.now() - t0) / 1000
    const rate = secs > 0 ? seen / secs : 0
    const tail = `${counts.stored} stored, ${counts.skipped} skipped, ${counts.failed} failed`
    if (total !== null && total > 0) {
      const share = Math.min(1, seen / total)
      const eta = rate > 0 ? Math.max(0, (total - seen) / rate) : 0
      const width = 24
      const full = Math.round(share * width)
      const bar = tty ? `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ` : ''
      return `${bar}${seen}/${total} ${(share * 100).toFixed(0)}% ${rate.toFixed(0)} docs/s${final ? ` in ${secs.toFixed(1)} s` : ` ETA ${formatSecs(eta)}`} (${tail})`
    }
    return `${seen} documents ${rate.toFixed(0)} docs/s${final ? ` in ${secs.toFixed(1)} s` : ''} (${tail})`
  }
  return {
    tick(n, stored, skipped, failed) {
      seen += n
      counts = { stored, skipped, failed }
      if (quiet) return
      const now = performance.now()
      if (tty && now - last > 200) {
        stream.write(`\r\x1b[2Kingest ${line(false)}`)
        last = now
      } else if (!tty && now - last > 5000) {
        stream.write(`ingest ${line(false)}\n`)
        last = now
      }
    },
    done() {
      if (quiet) return
      stream.write(`${tty ? '\r\x1b[2K' : ''}ingest ${line(true)}\n`)
    },
  }
}

function formatSecs(s: number): string {
  if (s < 60) return `${s.toFixed(0)}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
