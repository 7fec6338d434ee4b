import type { DocumentJSON } from '../core/schema.js'

/** A human summary of one Document for `--format text`. */
export function formatText(doc: DocumentJSON): string {
  const m = doc.meta
  const lines: string[] = []
  lines.push(`# ${m.title ?? '(no title)'}`)
  const facts = [
    m.authors.length ? `by ${m.authors.join(', ')}` : null,
    m.published ? `published ${m.published}` : null,
    m.documentDate ? `dated ${m.documentDate}` : null,
    m.site,
    m.readingTimeMinutes !== null ? `${m.readingTimeMinutes} min read` : null,
  ].filter((x): x is string => x !== null)
  if (facts.length) lines.push(facts.join(' · '))
  lines.push(`id ${doc.id} · ${doc.input.path ?? doc.input.url ?? 'stdin'} (${doc.input.format})`)
  lines.push('')
  lines.push(doc.text)
  if (doc.captions.length) {
    lines.push('', 'Captions:')
    for (const c of doc.captions)
      lines.push(`  - ${c.text}${c.place ? ` [${c.place}]` : ''}${c.date ? ` [${c.date}]` : ''}`)
  }
  if (doc.entities.length) {
    lines.push('', 'Entities:')
    for (const e of doc.entities) {
      const roles = e.roles.map((r) => (r.of ? `${r.title} of ${r.of}` : r.title)).join('; ')
      lines.push(`  ${e.id} ${e.type} ${e.name}${roles ? ` (${roles})` : ''} ×${e.mentions.length}`)
    }
  }
  if (doc.timexes.length) {
    lines.push('', 'Time expressions:')
    for (const t of doc.timexes)
      lines.push(`  ${t.id} "${t.text}" ${t.type} ${t.value} (${t.resolution})`)
  }
  if (doc.quotes.length) {
    lines.push('', 'Quotes:')
    for (const q of doc.quotes) {
      const who = q.speaker?.text ?? '?'
      lines.push(
        `  ${q.id} ${q.type} ${who}${q.cue ? ` ${q.cue.text}` : ''}${q.channel ? ` [${q.channel}]` : ''}: "${q.text}"`,
      )
    }
  }
  if (doc.events.length) {
    lines.push('', 'Events:')
    for (const v of doc.events) {
      const cat = v.mode ? `${v.category}/${v.mode}` : v.category
      lines.push(
        `  ${v.id} ${cat} ${v.actor?.text ?? '?'} → ${v.recipient?.text ?? '?'} ${v.date?.value ?? ''} ${v.status} "${v.trigger.text}"`,
      )
    }
  }
  const s = doc.summary
  if (s.who || s.what) {
    lines.push(
      '',
      `Summary: who=${s.who ?? '-'} what=${s.what ?? '-'} when=${s.when ?? '-'} where=${s.where ?? '-'}`,
    )
  }
  if (doc.removed.length) {
    lines.push('', 'Removed:')
    for (const r of doc.removed) lines.push(`  - [${r.reason}] ${r.text}`)
  }
  if (doc.messages.length) {
    lines.push('', 'Messages:')
    for (const msg of doc.messages) lines.push(`  ${msg.severity} ${msg.code}: ${msg.reason}`)
  }
  return lines.join('\n')
}
