import type { Span } from '../core/schema.js'

/**
 * One quoted stretch of text between quotation marks, within one paragraph. UTF-16 offsets.
 * A quote that runs over several paragraphs (the newspaper convention: no closing mark at the end
 * of a paragraph, a new opening mark at the start of the next) gives one QuoteMark per paragraph,
 * linked by `continues` / `continued`.
 */
export interface QuoteMark extends Span {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark, or null when the quote runs to the end of its paragraph. */
  readonly close: number | null
  /** Index of the paragraph that holds it. */
  readonly paragraph: number
  /** It carries on a quote opened in the previous paragraph. */
  readonly continued: boolean
  /** It carries on into the next paragraph. */
  readonly continues: boolean
  /** Single quotation marks (‘...’ or '...'). */
  readonly single: boolean
}

// '' and `` stand for double quotes in some wire and newspaper archives (NYT: ''like this'').
const DOUBLE_RE = /''|``|["“”„«»]/g
const SINGLE_RE = /['‘]/g
const DOUBLE_OPENERS = '“„«'
const BEFORE_OPENER = /[\s([{\u2014\u2013\-/:;,]/
const AFTER_CLOSER = /[\s.,;:!?)\]}\u2014\u2013\-…]/

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch)
}

function opensAt(text: string, i: number, from: number): boolean {
  const prev = i > from ? text[i - 1] : undefined
  const next = text[i + 1]
  return (prev === undefined || BEFORE_OPENER.test(prev)) && !isSpace(next)
}

function closesAt(text: string, i: number, to: number): boolean {
  const prev = text[i - 1]
  const next = i + 1 < to ? text[i + 1] : undefined
  return !isSpace(prev) && (next === undefined || AFTER_CLOSER.test(next) || next === '"')
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] as string)) s++
  while (e > s && /\s/.test(text[e - 1] as string)) e--
  return { start: s, end: e }
}

function firstChar(text: string, p: Span): string {
  return text[trimmed(text, p.start, p.end).start] ?? ''
}

/**
 * Finds the quoted stretches of a text: straight and curly double quotes, « guillemets »,
 * „low-high“ marks, and single quotes where they quote (outside double quotes, opened after a
 * space and closed before a space or punctuation; apostrophes inside words are skipped).
 * Single quotes inside double quotes are quotes within the quote and stay part of its content.
 *
 * @example
 * findQuoteMarks('"We agreed," he said.', [{ start: 0, end: 21 }])[0] // {start: 1, end: 11, ...}
 */
export function findQuoteMarks(text: string, paragraphs: readonly Span[]): QuoteMark[] {
  const out: QuoteMark[] = []
  let carried = false
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Span
    const found: QuoteMark[] = []
    let open = -1
    let opener = ''
    let continued = carried
    carried = false
    const push = (o: number, c: number | null, end: number, single: boolean) => {
      const width = !single && (text[o] === "'" || text[o] === '`') ? 2 : 1
      const span = trimmed(text, o + width, end)
      if (span.end <= span.start) return
      found.push({
        ...span,
        open: o,
        close: c,
        paragraph: pi,
        continued: continued && !single,
        continues: false,
        single,
      })
      if (!single) continued = false
    }
    DOUBLE_RE.lastIndex = p.start
    // A quote of another style inside an open one ("... about “Equal Justice” anymore") is
    // nested: its marks count in `depth` and do not close the outer quote.
    let depth = 0
    for (let hit = DOUBLE_RE.exec(text); hit && hit.index < p.end; hit = DOUBLE_RE.exec(text)) {
      const i = hit.index
      const ch = hit[0] === "''" ? '"' : hit[0] === '``' ? '“' : hit[0]
      if (open === -1) {
        if (
          ch === '"'
            ? opensAt(text, i, p.start) || !closesAt(text, i, p.end)
            : DOUBLE_OPENERS.includes(ch)
        ) {
          open = i
          opener = ch
          depth = 0
        }
        continue
      }
      const closing =
        opener === '"'
          ? ch === '"'
          : opener === '„'
            ? ch === '“' || ch === '”'
            : opener === '«'
              ? ch === '»'
              : ch === '”' || (ch === '“' && closesAt(text, i, p.end))
      if (closing && depth === 0) {
        push(open, i, i, false)
        open = -1
      } else if (ch === '"' && opener !== '"') {
        depth = depth > 0 && closesAt(text, i, p.end) ? depth - 1 : depth + 1
      } else if (opener === '"' && (ch === '“' || ch === '«' || ch === '„')) {
        depth++
      } else if (opener === '"' && (ch === '”' || ch === '»') && depth > 0) {
        depth--
      }
    }
    if (open !== -1) {
      // No closing mark in this paragraph: a quote that goes on when the next paragraph opens
      // with a quotation mark, else an unterminated quote that stops at the paragraph's end.
      const next = paragraphs[pi + 1]
      const goesOn = next !== undefined && '"“„«'.includes(firstChar(text, next))
      push(open, null, p.end, false)
      const last = found[found.length - 1]
      if (goesOn && last && last.open === open) {
        found[found.length - 1] = { ...last, continues: true }
        carried = true
      }
    }
    findSingles(text, p, found, push)
    found.sort((a, b) => a.start - b.start)
    out.push(...found)
  }
  return out
}

function findSingles(
  text: string,
  p: Span,
  doubles: readonly QuoteMark[],
  push: (o: number, c: number | null, end: number, single: boolean) => void,
): void {
  // The closing mark may be two characters wide ('').
  const inside = (i: number) => doubles.some((d) => i >= d.open && i <= (d.close ?? d.end) + 1)
  SINGLE_RE.lastIndex = p.start
  for (let hit = SINGLE_RE.exec(text); hit && hit.index < p.end; hit = SINGLE_RE.exec(text)) {
    const i = hit.index
    if (inside(i) || !opensAt(text, i, p.start) || text[i + 1] === "'") continue
    // '90s, 'em: an elision, not a quote.
    if (/^['‘](\d\ds|em|til|cause|n)\b/i.test(text.slice(i, i + 6))) continue
    for (let j = i + 2; j < p.end && j < i + 600; j++) {
      const c = text[j]
      if (c === '"' || c === '“' || c === '”') break
      if (c !== '’' && c !== "'") continue
      const next = text[j + 1]
      if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue
      if (!closesAt(text, j, p.end) || inside(j)) continue
      // "voters' rights": a plural possessive, not a closing mark.
      if (text[j - 1] === 's' && next === ' ' && /^\s*\p{Ll}/u.test(text.slice(j + 1, j + 4))) {
        continue
      }
      push(i, j, j, true)
      SINGLE_RE.lastIndex = j + 1
      break
    }
  }
}
