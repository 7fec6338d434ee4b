import { type Doc, layer, type Token } from '../core/doc.js'
import type { Event, Summary } from '../core/schema.js'
import { TITLES, WHY_CUES } from './data/cues.js'
import type { Pred } from './events.js'

/**
 * The 5W1H summary of the article's main event. The main event is the best-scoring event of the
 * lead: events of the first sentences score higher, as do those whose trigger word is in the
 * headline (`meta.title`) and those that happened; events outside PLOVER score lower.
 * who: the actor (the entity's name when linked, else the phrase without titles); what: the
 * predicate phrase from the trigger to the end of its clause, without time phrases; when: the
 * event's date unless it is only the document date; where: the event's place; why: a purpose or
 * cause clause after the trigger ("to congratulate him on ..."); how: the mode's manner ("by
 * phone") or a "by V-ing" clause. Every field is null where the article does not say.
 */
export function summarize(doc: Doc, preds: readonly Pred[], events: readonly Event[]): Summary {
  const empty: Summary = { who: null, what: null, when: null, where: null, why: null, how: null }
  if (preds.length === 0) return empty
  const toks = layer(doc, 'tokens')
  const title = (doc.meta.title ?? '').toLowerCase()
  let best: Pred | null = null
  let bestScore = Number.NEGATIVE_INFINITY
  preds.forEach((pr, i) => {
    let score = pr.sentence === 0 ? 10 : pr.sentence < 3 ? 5 : 0
    const words = [pr.first, ...pr.match.words].map((w) => toks[w] as Token)
    if (title && words.some((t) => title.includes(t.lemma) || title.includes(t.norm))) score += 6
    if (pr.status === 'happened') score += 2
    if (pr.category === 'ELECTION') score -= 3
    score -= i * 0.01
    if (score > bestScore) {
      bestScore = score
      best = pr
    }
  })
  const main = best as Pred | null
  if (!main) return empty
  const event = events.find((e) => e.trigger.start === (toks[main.first] as Token).start)
  const entities = layer(doc, 'entities')
  const actorEntity = main.actor?.entity
    ? entities.find((e) => e.id === main.actor?.entity)
    : undefined
  const who = actorEntity?.name ?? (main.actor ? stripTitles(main.actor.text) : null)
  return {
    who,
    what: predicatePhrase(doc, toks, main),
    when: main.date && main.date.basis !== 'document' ? main.date.value : null,
    where: event?.location?.text ?? main.location?.text ?? null,
    why: whyClause(doc, toks, main),
    how: main.mode === 'phone' ? 'by phone' : byClause(doc, toks, main),
  }
}

/** "President-elect Donald Trump" → "Donald Trump". */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/)
  while (words.length > 1 && TITLES.has((words[0] as string).toLowerCase().replace(/-elect$/, '')))
    words.shift()
  return words.join(' ')
}

function sentenceEnd(toks: readonly Token[], i: number): number {
  const s = (toks[i] as Token).sentence
  let j = i
  while (j < toks.length && (toks[j] as Token).sentence === s) j++
  return j
}

function clauseStop(t: Token): boolean {
  return (
    t.norm === ',' ||
    t.norm === ';' ||
    t.norm === '—' ||
    t.norm === '.' ||
    t.pos === 'SCONJ' ||
    t.norm === '"' ||
    t.norm === '“' ||
    t.norm === '”'
  )
}

function isTimeTok(doc: Doc, t: Token): boolean {
  return layer(doc, 'timexes').some((x) => x.start < t.end && t.start < x.end)
}

function phrase(doc: Doc, toks: readonly Token[], from: number, to: number): string | null {
  const parts: string[] = []
  let last = -1
  for (let i = from; i < to; i++) {
    const t = toks[i] as Token
    const next = toks[i + 1]
    if (isTimeTok(doc, t)) continue
    if (t.pos === 'ADP' && next && isTimeTok(doc, next)) continue
    // "Tuesday's announcement" without its time word keeps no stray possessive
    if ((t.norm === "'s" || t.norm === '’s') && i > from && isTimeTok(doc, toks[i - 1] as Token))
      continue
    const gap = last === -1 ? '' : doc.text.slice(last, t.start).length > 0 ? ' ' : ''
    parts.push(gap + doc.text.slice(t.start, t.end))
    last = t.end
  }
  const out = parts.join('').trim()
  return out === '' ? null : out
}

/** The trigger and the rest of its clause: "held a video call with ... Brenner to thank him ...". */
function predicatePhrase(doc: Doc, toks: readonly Token[], pr: Pred): string | null {
  const end = sentenceEnd(toks, pr.first)
  let j = pr.last + 1
  while (j < end && !clauseStop(toks[j] as Token)) j++
  return phrase(doc, toks, pr.first, j)
}

function whyClause(doc: Doc, toks: readonly Token[], pr: Pred): string | null {
  const end = sentenceEnd(toks, pr.first)
  for (let j = pr.last + 1; j < end; j++) {
    const t = toks[j] as Token
    if (t.norm === ',' || t.norm === ';') break
    // the `to` clause of "urged Russia to accept" is the request's content, not its purpose
    const content = pr.match.spec.control !== null || pr.match.spec.objectControl
    const purpose =
      !content && t.norm === 'to' && (toks[j + 1] as Token | undefined)?.pos === 'VERB'
    if (
      !purpose &&
      !WHY_CUES.has(t.norm) &&
      !(t.norm === 'for' && (toks[j + 1] as Token | undefined)?.pos !== 'NUM')
    )
      continue
    let k = j + 1
    while (k < end && !clauseStop(toks[k] as Token)) k++
    return phrase(doc, toks, j, k)
  }
  return null
}

function byClause(doc: Doc, toks: readonly Token[], pr: Pred): string | null {
  const end = sentenceEnd(toks, pr.first)
  for (let j = pr.last + 1; j < end; j++) {
    const t = toks[j] as Token
    const next = toks[j + 1]
    if (t.norm !== 'by' || !next || !next.norm.endsWith('ing')) continue
    let k = j + 1
    while (k < end && !clauseStop(toks[k] as Token)) k++
    return phrase(doc, toks, j, k)
  }
  return null
}
