import { type Doc, layer, type Token, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import type { EntityRef, Event, Span, Timex } from '../core/schema.js'
import { anaphora, arguments_, contentSource, placeOf, recode } from './arguments.js'
import type { Sent } from './clause.js'
import { ANCHOR_PREPOSITIONS, CAPTION_LINE, PAST_CUES, TIME_WORDS } from './data/cues.js'
import { intensityOf } from './data/intensity.js'
import { type EventDate, explicitDate } from './dates.js'
import { sentencePreds } from './frames.js'
import type { Pred } from './pred.js'
import { Resolver } from './refs.js'
import { summarize } from './summary.js'

export type { Pred } from './pred.js'

/**
 * The events stage: PLOVER-coded events with actor, recipient, date, place and status, and the
 * 5W1H summary of the article's main event. A numbered cascade per sentence:
 * 1. triggers from the lexicon (data/lexicon.ts), on lemmas; nouns need a light verb ("held
 *    talks"), a possessor or agent ("Russia's invasion"), or an occurrence verb; a release is of
 *    captives (a statement or figures "released" are published, no event);
 * 2. frames: a trigger in the complement of another ("agreed to visit", "threatened to cut ties",
 *    "invited Trump to visit") is read as its content; "X said Y must ..." is a REQUEST;
 * 3. actor and recipient from the clause (subject/object, "by" agents also of a reduced
 *    relative: "a raise offered by the board"; prepositions), pronouns resolved through the
 *    entities layer or by rules;
 * 4. status from the verb group (a noun from its modifiers: "the upcoming summit", "no date
 *    was fixed for talks" → planned); a future cooperative act of the subject is AGREE and a future
 *    conflictual one THREATEN, as the PLOVER manual directs;
 * 5. date (explicit timex → inferred from the paragraph → document date), place, quote;
 * 6. one event per fact: repeats of the same category, actor and recipient merge.
 * Correct with empty entities/timexes/quotes layers, better when they are filled.
 *
 * @example
 * createPipeline([reader(), tokenizer(), entities(), time(), quotes(), events()])
 */
export function events(): Stage {
  return {
    name: 'events',
    requires: [
      'text',
      'meta',
      'paragraphs',
      'sentences',
      'tokens',
      'entities',
      'timexes',
      'quotes',
    ],
    provides: ['events', 'summary'],
    run(doc: Doc): Doc {
      const preds = readPreds(doc)
      const out = toEvents(preds, doc)
      return withLayers(doc, { events: out, summary: summarize(doc, preds, out) })
    },
  }
}

/** Every emitted predication of a document, merged, in text order (exported for the summary and eval). */
export function readPreds(doc: Doc): Pred[] {
  const toks = layer(doc, 'tokens')
  const sentences = layer(doc, 'sentences')
  const paragraphs = layer(doc, 'paragraphs')
  const timexes = layer(doc, 'timexes')
  const quotes = layer(doc, 'quotes')
  const resolver = new Resolver(doc.text, toks, layer(doc, 'entities'), quotes)
  const timeTok = markTime(toks, timexes)
  const isTime = (i: number): boolean => timeTok[i] === 1
  const tokText = (i: number): string => {
    const t = toks[i]
    return t ? doc.text.slice(t.start, t.end) : ''
  }
  const all: Pred[] = []
  const seen: Pred[] = []
  let t0 = 0
  let p = 0
  for (let si = 0; si < sentences.length; si++) {
    const span = sentences[si] as Span
    while (t0 < toks.length && (toks[t0] as Token).end <= span.start) t0++
    let t1 = t0
    while (t1 < toks.length && (toks[t1] as Token).start < span.end) t1++
    while (p + 1 < paragraphs.length && (paragraphs[p] as Span).end <= span.start) p++
    const para = paragraphs[p] ?? { start: 0, end: doc.text.length }
    const s: Sent = { toks, lo: t0, hi: t1, isTime, text: tokText }
    const paraText = doc.text.slice(para.start, Math.min(para.end, para.start + 80))
    if (t1 > t0 && !CAPTION_LINE.test(paraText)) {
      const preds = sentencePreds(s, si)
      for (const pr of preds) {
        arguments_(s, pr, resolver, para.end)
        if (pr.latent) continue
        const before = [...seen, ...preds.filter((x) => x.first < pr.first)]
        if (!pr.actor && !pr.recipient) anaphora(s, pr, before)
        contentSource(s, pr, preds, before)
        pr.location = placeOf(s, pr, resolver)
        pr.quote = resolver.quoteAt((toks[pr.first] as Token).start)?.id ?? null
        pr.date = dateOf(s, pr, preds, span, timexes, doc.text)
        // "before leaders meet in Brussels on March 20": an act dated after the report is to come.
        if (
          (pr.status === 'happened' || pr.status === 'ongoing') &&
          pr.date &&
          afterReport(pr.date.value, doc.meta.documentDate)
        )
          pr.status = 'planned'
      }
      for (const pr of preds) {
        const content = preds.find((q) => q.governor === pr)
        if (!pr.recipient && content?.recipient && content.recipient.text !== pr.actor?.text)
          pr.recipient = content.recipient
      }
      for (const pr of preds) if (!pr.latent) recode(pr, s)
      inferDates(preds, all, para, toks, doc.meta.documentDate, s)
      all.push(...preds.filter((x) => !x.latent))
      seen.push(...preds)
    }
    resolver.noteNames(s)
    t0 = t1
  }
  return merge(all)
}

/**
 * True when a calendar date (`2025-03-20`, `2025-04`, `2026`) begins after the document date at
 * its own granularity; false for other values (weeks, seasons) and without a document date.
 */
export function afterReport(value: string, docDate: string | null): boolean {
  if (!docDate || !/^\d{4}(?:-\d{2}){0,2}$/.test(value)) return false
  return value > docDate.slice(0, value.length)
}

function markTime(toks: readonly Token[], timexes: readonly Timex[]): Uint8Array {
  const out = new Uint8Array(toks.length)
  let k = 0
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token
    if (TIME_WORDS.has(t.norm) && (t.pos !== 'PROPN' || /^[A-Z]/.test(t.norm) === false)) out[i] = 1
    while (k < timexes.length && (timexes[k] as Timex).end <= t.start) k++
    const x = timexes[k]
    if (x && x.start < t.end && t.start < x.end) out[i] = 1
  }
  return out
}

/** Step 5: the explicit date of one predication from its sentence's timexes. */
function dateOf(
  s: Sent,
  pr: Pred,
  preds: readonly Pred[],
  span: Span,
  timexes: readonly Timex[],
  text: string,
): EventDate | null {
  const toks = s.toks
  const anchor = pr.verb !== -1 && pr.verb < pr.first ? pr.verb : pr.first
  const trig = (toks[anchor] as Token).start
  let segStart = span.start
  let segEnd = span.end
  let firstComma = -1
  for (let i = s.lo; i < s.hi; i++) {
    const t = toks[i] as Token
    if (t.norm !== ',' || (s.isTime(i - 1) && s.isTime(i + 1))) continue
    if (firstComma === -1) firstComma = t.start
    if (t.start < trig) segStart = t.end
    else if (t.start > (toks[pr.last] as Token).end) {
      segEnd = t.start
      break
    }
  }
  const anchorTok = anchorOf(s, pr)
  if (anchorTok !== -1) {
    // A time anchor ("days after [a tense meeting]") takes only a timex of its own phrase.
    const from = Math.max(segStart, (toks[anchorTok] as Token).start)
    return explicitDate(timexes, { start: from, end: segEnd }, span, -1, trig, false)
  }
  const single = preds.filter((x) => !x.latent).length === 1
  const segment = { start: segStart, end: segEnd }
  const own = timexes.filter((t) => !datesAnotherClause(text, t, trig, span.start, segment))
  return explicitDate(own, segment, span, firstComma, trig, single)
}

/**
 * A date that belongs to another clause than the trigger's, so does not date its event: a
 * "since" anchor; a date after the trigger with a clause opening between them ("welcomed the
 * funding for families who had been flooded since 2015"); a date before it with a subordinate
 * clause opening between them ("return on Wednesday after the union accepted"); a date before
 * it, outside the trigger's comma segment, in a relative clause ("The talks, which began in
 * May, ended ...").
 */
function datesAnotherClause(
  text: string,
  t: Timex,
  trigger: number,
  sentenceStart: number,
  segment: Span,
): boolean {
  if (/\bsince\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) return true
  if (t.start > trigger) return CLAUSE_OPENER.test(text.slice(trigger, t.start))
  if (SUBORDINATE_BEFORE.test(text.slice(t.end, trigger))) return true
  if (t.start >= segment.start && t.end <= segment.end) return false
  const comma = text.lastIndexOf(',', t.start)
  return comma >= sentenceStart && RELATIVE_OPENING.test(text.slice(comma + 1, t.start))
}

/** Conjunctions that open a subordinate clause of time, cause or condition. */
const SUBORDINATORS = 'when|because|while|although|until|unless'
/** Pronouns that open a relative clause. */
const RELATIVES = 'who|whom|whose|which|where'
/**
 * Between a date and the trigger: a subordinating conjunction and the trigger's subject ("will
 * return to work on Wednesday [after their union] accepted the offer").
 */
const SUBORDINATE_BEFORE = new RegExp(
  `\\b(?:after|before|once|${SUBORDINATORS})\\s+(?:[^\\s,;]+\\s+){0,4}$`,
  'i',
)
const CLAUSE_OPENER = new RegExp(`\\b(?:${RELATIVES}|${SUBORDINATORS})\\b`, 'i')
const RELATIVE_OPENING = new RegExp(`^\\s*(?:${RELATIVES})\\b`, 'i')

/** Tags that may stand between an anchor preposition and its event noun ("after the July 25 call"). */
const ANCHOR_GAP = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART', 'PUNCT'])

/**
 * The token of the preposition that makes a nominal trigger a time anchor of another event
 * ("days after a tense meeting", "ahead of next week's summit"), or -1. Only a noun trigger
 * without a verb of its own can be one: "after he met Putin" is a clause with its own time.
 */
function anchorOf(s: Sent, pr: Pred): number {
  if (pr.verb !== -1) return -1
  for (let i = pr.first - 1; i >= s.lo && i >= pr.first - 6; i--) {
    const t = s.toks[i] as Token
    if (ANCHOR_PREPOSITIONS.has(t.norm)) {
      const next = s.toks[i + 1]
      // "ahead of", "prior to": the two-word forms.
      if ((t.norm === 'ahead' || t.norm === 'prior') && !/^(of|to)$/.test(next?.norm ?? ''))
        return -1
      return i
    }
    if (t.norm === ',' || (!ANCHOR_GAP.has(t.pos) && !s.isTime(i) && !/^(of|to)$/.test(t.norm)))
      return -1
  }
  return -1
}

/** Step 5: dates inferred from the paragraph's earlier events, else the document date. */
function inferDates(
  preds: readonly Pred[],
  earlier: readonly Pred[],
  para: Span,
  toks: readonly Token[],
  docDate: string | null,
  s: Sent,
): void {
  let past = false
  for (let i = s.lo; i < s.hi; i++) if (PAST_CUES.has((toks[i] as Token).norm)) past = true
  for (const pr of preds) {
    if (pr.latent || pr.date || anchorOf(s, pr) !== -1) continue
    const live = pr.status === 'happened' || pr.status === 'ongoing'
    if (!live) continue
    const prev = [...earlier, ...preds]
      .filter(
        (x) =>
          x !== pr &&
          !x.latent &&
          x.date &&
          x.date.basis !== 'document' &&
          (toks[x.first] as Token).start >= para.start &&
          (toks[x.first] as Token).start < (toks[pr.first] as Token).start &&
          (x.status === 'happened' || x.status === 'ongoing'),
      )
      .pop()
    if (prev?.date) {
      pr.date = { value: prev.date.value, timex: prev.date.timex, basis: 'inferred' }
      continue
    }
    if (docDate && !past && pr.verb !== -1)
      pr.date = { value: docDate, timex: null, basis: 'document' }
  }
}

const BASIS_RANK = { explicit: 3, inferred: 2, document: 1 } as const

function key(r: EntityRef | null): string {
  if (!r) return '-'
  if (r.entity) return r.entity
  const words = r.text
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/)
  return words[words.length - 1] ?? '-'
}

/** Step 6: one event per fact. */
function merge(preds: readonly Pred[]): Pred[] {
  const out: Pred[] = []
  const seen = new Map<string, Pred>()
  for (const pr of preds) {
    const k = `${pr.category}|${pr.mode}|${key(pr.actor)}|${key(pr.recipient)}|${pr.status}`
    const old = seen.get(k)
    const compatible =
      old &&
      (!old.date ||
        !pr.date ||
        old.date.basis === 'document' ||
        pr.date.basis === 'document' ||
        old.date.value === pr.date.value)
    if (old && compatible && pr.actor) {
      if (pr.date && (!old.date || BASIS_RANK[pr.date.basis] > BASIS_RANK[old.date.basis]))
        old.date = pr.date
      old.location ??= pr.location
      old.quote ??= pr.quote
      continue
    }
    seen.set(k, pr)
    out.push(pr)
  }
  return out
}

function toEvents(preds: readonly Pred[], doc: Doc): Event[] {
  const toks = layer(doc, 'tokens')
  return preds
    .map((pr) => {
      const a = toks[pr.first] as Token
      const b = toks[pr.last] as Token
      return {
        id: '',
        category: pr.category,
        mode: pr.mode,
        cameo: pr.cameo,
        intensity: intensityOf(pr.category, pr.mode),
        actor: pr.actor,
        recipient: pr.recipient,
        trigger: { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) },
        sentence: pr.sentence,
        date: pr.date,
        location: pr.location,
        status: pr.status,
        quote: pr.quote,
      }
    })
    .sort((x, y) => x.trigger.start - y.trigger.start)
    .map((e, i) => ({ ...e, id: `V${i + 1}` }))
}
