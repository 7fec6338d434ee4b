import type { Token } from '../core/doc.js'
import { type Draft, type QuoteContext, tokAt } from './context.js'

/** The most tokens a headline's source may have before its colon ("Dr. Ben Carson:"). */
const MAX_SOURCE = 5

/**
 * The attribution headline of news copy: "Novak: Council's debts hurting the harbour plan",
 * "Poll: Ortiz leads Meyer in the north", "Daily Gazette: The mayor is no outsider". The first
 * paragraph, a single line, opens with a short capitalised source and a colon; what follows is
 * what the source said (PolNeAR annotates it with the colon as cue). Kicker headlines whose
 * label is not a source ("The Latest: ...", "FIX IS IN: ...") are left out: they open with a
 * determiner or are all capitals.
 */
export function readHeadline(ctx: QuoteContext): Draft | null {
  const { toks, text } = ctx
  const p = ctx.paragraphs[0]
  if (!p || text.slice(p.start, p.end).includes('\n')) return null
  const a = tokAt(toks, p.start)
  const b = tokAt(toks, p.end)
  let c = -1
  for (let i = a + 1; i < b && i <= a + MAX_SOURCE; i++) {
    if ((toks[i] as Token).norm === ':') {
      c = i
      break
    }
  }
  if (c === -1 || b - c < 4) return null
  const first = toks[a] as Token
  if (first.pos === 'DET' || first.pos === 'PRON' || ctx.inMark[a] !== -1) return null
  if (!/^\p{Lu}/u.test(text.slice(first.start, first.end))) return null
  const source = text.slice(first.start, (toks[c - 1] as Token).end)
  if (!/\p{Ll}/u.test(source)) return null
  let end = b
  while (
    end > c + 1 &&
    /^[.,;:!?]$/.test((toks[end - 1] as Token).norm) &&
    ctx.inMark[end - 1] === -1
  )
    end--
  if (end - c < 3) return null
  return {
    start: (toks[c + 1] as Token).start,
    end: (toks[end - 1] as Token).end,
    type: 'indirect',
    speaker: { from: a, to: c },
    cue: { from: c, to: c + 1 },
    clause: { from: a, to: b },
    mark: -1,
    carried: null,
  }
}
