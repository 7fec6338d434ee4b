/// <reference lib="dom" />
/**
 * The timeline chart: one dot per event at its date, up for cooperation (positive intensity),
 * down for conflict (negative), on the zero line when neutral or unscored. Inline SVG.
 */
import { s } from './dom.js'

/** What the chart needs of an event. */
export interface ChartEvent {
  readonly date: string | null
  readonly intensity: number | null
  readonly category: string
  readonly mode: string | null
  readonly actor: string | null
  readonly recipient: string | null
  readonly sources: number
}

const W = 860
const H = 260
const PAD = { left: 44, right: 16, top: 16, bottom: 30 }

/** The time (ms) of a TIMEX3 date value (YYYY, YYYY-MM, YYYY-MM-DD...), or null. */
export function dateMs(value: string | null): number | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null
  if (!m) return null
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1)
}

/** The chart, or a note when no event has a date. */
export function timelineChart(events: readonly ChartEvent[]): SVGElement {
  const dated = events
    .map((e) => ({ e, t: dateMs(e.date) }))
    .filter((x): x is { e: ChartEvent; t: number } => x.t !== null)
  const svg = s('svg', {
    class: 'chart',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': `${dated.length} dated events by intensity`,
    'data-testid': 'chart',
  })
  const y0 = PAD.top + (H - PAD.top - PAD.bottom) / 2
  const yOf = (v: number) =>
    y0 - (Math.max(-10, Math.min(10, v)) / 10) * ((H - PAD.top - PAD.bottom) / 2)
  svg.append(
    s('rect', {
      x: PAD.left,
      y: PAD.top,
      width: W - PAD.left - PAD.right,
      height: y0 - PAD.top,
      class: 'band-coop',
    }),
    s('rect', {
      x: PAD.left,
      y: y0,
      width: W - PAD.left - PAD.right,
      height: H - PAD.bottom - y0,
      class: 'band-conflict',
    }),
    s('line', { x1: PAD.left, x2: W - PAD.right, y1: y0, y2: y0, class: 'zero' }),
    s('text', { x: 4, y: PAD.top + 10, class: 'axis' }, 'coop +10'),
    s('text', { x: 4, y: H - PAD.bottom, class: 'axis' }, 'conflict −10'),
  )
  if (dated.length === 0) {
    svg.append(
      s('text', { x: W / 2, y: y0 - 8, class: 'axis', 'text-anchor': 'middle' }, 'no dated events'),
    )
    return svg
  }
  let lo = Math.min(...dated.map((d) => d.t))
  let hi = Math.max(...dated.map((d) => d.t))
  const DAY = 86_400_000
  if (hi - lo < 30 * DAY) {
    lo -= 15 * DAY
    hi += 15 * DAY
  }
  const xOf = (t: number) => PAD.left + ((t - lo) / (hi - lo)) * (W - PAD.left - PAD.right)
  const y1 = new Date(lo).getUTCFullYear()
  const y2 = new Date(hi).getUTCFullYear()
  const step = Math.max(1, Math.ceil((y2 - y1 + 1) / 10))
  for (let y = y1; y <= y2 + 1; y += step) {
    const x = xOf(Date.UTC(y, 0, 1))
    if (x < PAD.left || x > W - PAD.right) continue
    svg.append(
      s('line', { x1: x, x2: x, y1: PAD.top, y2: H - PAD.bottom, class: 'tick' }),
      s('text', { x, y: H - 10, class: 'axis', 'text-anchor': 'middle' }, String(y)),
    )
  }
  for (const { e, t } of dated) {
    const v = e.intensity ?? 0
    const tone = v > 0 ? 'coop' : v < 0 ? 'conflict' : 'neutral'
    const r = Math.min(9, 3.5 + Math.sqrt(e.sources) * 1.5)
    const label = `${e.date} ${e.category}${e.mode ? `/${e.mode}` : ''} ${e.actor ?? '?'} → ${e.recipient ?? '?'} (intensity ${e.intensity ?? '—'}, ${e.sources} source(s))`
    svg.append(
      s(
        'circle',
        { cx: xOf(t).toFixed(1), cy: yOf(v).toFixed(1), r: r.toFixed(1), class: `dot ${tone}` },
        s('title', null, label),
      ),
    )
  }
  return svg
}
