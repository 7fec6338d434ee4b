import type { Token } from '../core/doc.js'
import type { Entity, Span } from '../core/schema.js'
import { type Draft, type QuoteContext, tokAt } from './context.js'
import { draft } from './indirect.js'
import type { TokRange } from './np.js'

/** A word of a transcript label: capitals ("PENCE", "MR.", "O'REILLY"). */
const LABEL_WORD = /^\p{Lu}[\p{Lu}'’.-]+$/u

/**
 * The names a transcript label may carry, lower case: the last words of the people the article
 * names ("pence" for Mike Pence), and labels that open two paragraphs or more ("WALLACE:" twice in
 * a debate transcript). "CORRECTION:" or "UPDATE:" once is no speaker.
 */
export function transcriptSpeakers(ctx: QuoteContext, entities: readonly Entity[]): Set<string> {
  const keys = new Set<string>()
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    for (const m of e.mentions) {
      if (m.kind !== 'name') continue
      const last = m.text.split(/\s+/).pop()
      if (last) keys.add(last.toLowerCase())
    }
  }
  const seen = new Set<string>()
  for (const p of ctx.paragraphs) {
    let first = tokAt(ctx.toks, p.start)
    if (ctx.markTok[first] !== -1) first++
    const label = labelAt(ctx, first)
    if (label === null) continue
    if (seen.has(label)) keys.add(label)
    seen.add(label)
  }
  return keys
}

/** The lower-case last word of a label in capitals ending with a colon at token `first`, else null. */
function labelAt(ctx: QuoteContext, first: number): string | null {
  const { toks, text } = ctx
  let colon = first
  while (colon < first + 4 && LABEL_WORD.test(text.slice(toks[colon]?.start, toks[colon]?.end))) {
    colon++
  }
  if (colon === first || toks[colon]?.norm !== ':') return null
  return (toks[colon - 1] as Token).norm.replace(/[.]+$/, '')
}

/** A transcript label: the speaker's name and the colon after it (the cue). */
export interface TranscriptLabel {
  readonly speaker: TokRange
  readonly cue: TokRange
}

/**
 * The transcript label at token `first` (interviews, debates): a person's name in capitals and a
 * colon, "VOSS: Well, I think, ...". What follows is what they said, word for word.
 */
export function transcriptLabel(
  ctx: QuoteContext,
  first: number,
  people: ReadonlySet<string>,
): TranscriptLabel | null {
  const last = labelAt(ctx, first)
  if (last === null || !people.has(last)) return null
  const colon = ctx.toks.findIndex((t, k) => k >= first && t.norm === ':')
  return { speaker: { from: first, to: colon }, cue: { from: colon, to: colon + 1 } }
}

/**
 * A transcript line outside quotation marks: the rest of the paragraph after its label is a
 * direct quote without marks; the colon is the cue.
 */
export function readTranscript(
  ctx: QuoteContext,
  para: Span,
  people: ReadonlySet<string>,
): Draft | null {
  const { toks } = ctx
  const first = tokAt(toks, para.start)
  if (ctx.inMark[first] !== -1 || ctx.markTok[first] !== -1) return null
  const label = transcriptLabel(ctx, first, people)
  if (!label) return null
  let end = tokAt(toks, para.end)
  while (end > label.cue.to && (toks[end - 1] as Token).norm === '.') end--
  const d = draft(ctx, label.cue.to, end, label.speaker, label.cue, { from: first, to: end }, 3)
  if (d) d.type = 'direct'
  return d
}
