import type { DocumentJSON, Span } from './schema.js'

/**
 * Checks the stand-off invariants of a serialised Document and returns what is wrong (empty when
 * all hold): spans inside the text, sorted within their layer, and `text` fields equal to
 * `text.slice(start, end)`. Tests run it on every Document they make.
 */
export function spanProblems(doc: DocumentJSON): string[] {
  const problems: string[] = []
  const n = doc.text.length
  const inside = (where: string, s: Span) => {
    if (
      !(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        0 <= s.start &&
        s.start <= s.end &&
        s.end <= n
      )
    ) {
      problems.push(`${where}: [${s.start}, ${s.end}) leaves the text (length ${n})`)
      return false
    }
    return true
  }
  const surface = (where: string, s: Span & { text: string }) => {
    if (inside(where, s) && doc.text.slice(s.start, s.end) !== s.text) {
      problems.push(
        `${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(doc.text.slice(s.start, s.end))}`,
      )
    }
  }
  const sorted = (where: string, spans: readonly Span[]) => {
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1] as Span
      const b = spans[i] as Span
      if (b.start < a.start || (b.start === a.start && b.end < a.end)) {
        problems.push(
          `${where}: span ${i} [${b.start}, ${b.end}) is before span ${i - 1} [${a.start}, ${a.end})`,
        )
      }
    }
  }
  for (const [i, s] of doc.paragraphs.entries()) inside(`paragraphs[${i}]`, s)
  sorted('paragraphs', doc.paragraphs)
  for (const [i, s] of doc.sentences.entries()) inside(`sentences[${i}]`, s)
  sorted('sentences', doc.sentences)
  for (const e of doc.entities) {
    for (const [i, m] of e.mentions.entries()) surface(`${e.id}.mentions[${i}]`, m)
    sorted(`${e.id}.mentions`, e.mentions)
  }
  for (const t of doc.timexes) surface(t.id, t)
  sorted('timexes', doc.timexes)
  for (const q of doc.quotes) {
    surface(q.id, q)
    if (q.speaker) surface(`${q.id}.speaker`, q.speaker)
    if (q.cue) surface(`${q.id}.cue`, q.cue)
  }
  sorted('quotes', doc.quotes)
  for (const v of doc.events) {
    surface(`${v.id}.trigger`, v.trigger)
    if (v.actor) surface(`${v.id}.actor`, v.actor)
    if (v.recipient) surface(`${v.id}.recipient`, v.recipient)
  }
  return problems
}
