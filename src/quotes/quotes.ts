import { type Doc, layer, type Token, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import type { Entity, EntityRef, Quote, Span, TextSpan } from '../core/schema.js'
import { type MentionIndex, mentionIndex } from '../entities/lookup.js'
import { channelIn } from './channel.js'
import {
  clauseAround,
  cueRange,
  type Draft,
  isAccording,
  isReportingCue,
  makeContext,
  paragraphOf,
  type QuoteContext,
  tokAt,
} from './context.js'
import { cueFeatures, isCueCandidate } from './cue-features.js'
import { type CueModel, cueScore, loadCueModel } from './cue-model.js'
import { PLATFORM_VERBS } from './data/channels.js'
import { type MarkReading, readMark } from './direct.js'
import { isFrameCue, readFrame } from './frames.js'
import { readHeadline } from './headline.js'
import { readIndirect } from './indirect.js'
import { readLearned } from './learned.js'
import { findQuoteMarks } from './marks.js'
import { nameSpan, type TokRange } from './np.js'
import { readTranscript, transcriptLabel, transcriptSpeakers } from './transcript.js'

/** Options of the quotes stage. */
export interface QuoteOptions {
  /**
   * The learned cue detector for reported speech the rules miss (default: the committed
   * models/quotes/cues.json); null reads with the rules alone.
   */
  readonly cueModel?: CueModel | null
}

/**
 * The quotes stage: direct, partial, indirect and mixed quotes with their speaker (the mention in
 * the text and the entity it resolves to), their cue and the channel they were made in.
 *
 * @example
 * createPipeline([reader(), tokenizer(), entities(), time(), quotes()])
 */
export function quotes(options: QuoteOptions = {}): Stage {
  const cueModel = options.cueModel === undefined ? loadCueModel() : options.cueModel
  return {
    name: 'quotes',
    requires: ['text', 'paragraphs', 'sentences', 'tokens', 'entities'],
    provides: ['quotes'],
    run(doc: Doc): Doc {
      const found = findQuotes(
        doc.text,
        layer(doc, 'paragraphs'),
        layer(doc, 'sentences'),
        layer(doc, 'tokens'),
        layer(doc, 'entities'),
        cueModel,
      )
      return withLayers(doc, { quotes: found })
    },
  }
}

/**
 * Finds the quotes of a text from its layers. A cascade:
 * 1. quotation marks (every style), read as direct quotes with the attribution after or before
 *    them, or as embedded phrases;
 * 2. quotes with no attribution of their own continue the previous speaker when the structure
 *    says so (a split quote, the next quote of the same paragraph, a paragraph that opens with a
 *    quote after a paragraph that ended with an attributed one, a multi-paragraph quote);
 * 3. transcript lines ("PENCE: Well, ..."), then reported speech around every cue not used yet ("said that", "according to", ", X said.",
 *    "In the survey, ...", "his claim that ..."); a quoted phrase inside it makes it mixed;
 * 4. reported speech around the cues the learned detector finds among the tokens left
 *    (`cueModel`; see learned.ts);
 * 5. the embedded phrases left, framed by a cue, are partial quotes; scare quotes and titles go.
 * Then channels (from the attribution's sentence, else carried from the same speaker's context)
 * and entities (the entity whose mention overlaps the speaker).
 */
export function findQuotes(
  text: string,
  paragraphs: readonly Span[],
  sentences: readonly Span[],
  toks: readonly Token[],
  entities: readonly Entity[],
  cueModel: CueModel | null = null,
): Quote[] {
  const marks = findQuoteMarks(text, paragraphs)
  const ctx = makeContext(text, toks, paragraphs, sentences, marks)
  const readings = marks.map((_, i) => readMark(ctx, i))
  const byMark: (Draft | null)[] = marks.map(() => null)
  const usedCues = new Set<number>()
  const drafts: Draft[] = []
  readings.forEach((r, i) => {
    if (r.kind !== 'direct') return
    const m = marks[i] as (typeof marks)[number]
    const d: Draft = {
      start: m.start,
      end: m.end,
      type: 'direct',
      speaker: r.speaker,
      cue: r.cue === null ? null : cueRange(ctx, r.cue),
      clause: r.clause,
      mark: i,
      carried: null,
    }
    if (r.cue !== null) usedCues.add(r.cue)
    byMark[i] = d
    drafts.push(d)
  })
  // Embedded quotes are drafted now: one attributed after its closing mark (", Mr. Chipok said.")
  // can hand its speaker on to the quote that follows.
  const embedded: (Draft | null)[] = readings.map((r, i) => {
    if (r.kind !== 'embedded') return null
    const m = marks[i] as (typeof marks)[number]
    return {
      start: m.start,
      end: m.end,
      type: 'partial',
      speaker: r.speaker,
      cue: r.cue === null ? null : cueRange(ctx, r.cue),
      clause: r.clause,
      mark: i,
      carried: null,
    }
  })
  const people = transcriptSpeakers(ctx, entities)
  if (people.size > 0) labelTranscripts(ctx, byMark, people)
  continueSpeakers(ctx, readings, byMark, embedded)
  // 3. Reported speech.
  const absorbed = new Set<number>()
  // A draft is admitted unless it cuts through a quote read on its own; the marks inside it
  // make it mixed.
  const admit = (d: Draft): boolean => {
    // "He told Biden in a phone call that ...": one statement read from two cues is one quote,
    // the first cue's
    if (drafts.some((x) => x.start === d.start && x.end === d.end)) return false
    let clash = false
    const inside: number[] = []
    // Marks are in text order: start from the first one that may reach the draft.
    for (let mi = firstMarkEndingAfter(marks, d.start - 2); mi < marks.length; mi++) {
      const m = marks[mi] as (typeof marks)[number]
      if (m.open >= d.end) break
      const end = m.close ?? m.end
      if (end < d.start) continue
      if (byMark[mi] || m.open < d.start - 1 || end > d.end) {
        // "She said that the plan worked, to which he replied: “It did not.”": a clause
        // reported after its cue ends before a quotation read on its own.
        const cut = m.open > d.start ? clauseBefore(ctx, d, m.open) : null
        if (cut === null) clash = true
        else d.end = cut
        break
      }
      inside.push(mi)
    }
    if (clash) return false
    for (const mi of inside) absorbed.add(mi)
    if (inside.some((mi) => readings[mi]?.kind !== 'skip')) d.type = 'mixed'
    drafts.push(d)
    return true
  }
  const headline = readHeadline(ctx)
  if (headline) admit(headline)
  if (people.size > 0) {
    for (const para of paragraphs) {
      const d = readTranscript(ctx, para, people)
      if (d?.cue && admit(d)) usedCues.add(d.cue.from)
    }
  }
  for (let v = 0; v < toks.length; v++) {
    if (usedCues.has(v) || ctx.inMark[v] !== -1) continue
    const frame = isFrameCue(ctx, v)
    if (!frame && !isAccording(ctx, v) && !isReportingCue(ctx, v)) continue
    const d = (frame ? readFrame(ctx, v) : null) ?? readIndirect(ctx, v)
    if (d && admit(d)) usedCues.add(v)
  }
  // 4. Learned cues.
  if (cueModel) {
    // Every token of a clause has the same clause: find it once.
    let clause = { from: 0, to: 0 }
    for (let v = 0; v < toks.length; v++) {
      if (usedCues.has(v) || !cueModel.lemmas.has((toks[v] as Token).lemma)) continue
      if (!isCueCandidate(ctx, v)) continue
      // a cue inside a quote the rules read is part of what was said ("Hamas said it would
      // seek to release more hostages")
      const at = (toks[v] as Token).start
      if (drafts.some((d) => at >= d.start && at < d.end)) continue
      if (v >= clause.to || v < clause.from) clause = clauseAround(ctx, v)
      if (cueScore(cueModel, cueFeatures(ctx, v, clause)) < cueModel.threshold) continue
      const d = readLearned(ctx, v)
      if (d && admit(d)) usedCues.add(v)
    }
  }
  continueReported(ctx, drafts)
  // 5. Partial quotes.
  embedded.forEach((d, i) => {
    if (d && !absorbed.has(i)) drafts.push(d)
  })
  drafts.sort((a, b) => a.start - b.start || a.end - b.end)
  const channels = settleChannels(ctx, drafts)
  const mentions = mentionIndex(entities)
  const quotes = drafts.map((d) => ({
    id: '',
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    type: d.type,
    speaker: speakerRef(ctx, d, mentions),
    cue: d.cue ? tokSpan(ctx, d.cue) : null,
    channel: channels.get(d) ?? null,
  }))
  return withoutNested(quotes).map((q, i) => ({ ...q, id: `Q${i + 1}` }))
}

/**
 * Reported speech inside reported speech of the same speaker says nothing new: "Zelensky said
 * he wants to meet Trump soon" is one quote, not also "to meet Trump soon" by "he". A nested
 * quote of another speaker ("Trump said Zelensky told him ...") is kept.
 */
function withoutNested(quotes: readonly Quote[]): Quote[] {
  const reported = (q: Quote) => q.type === 'indirect' || q.type === 'mixed'
  return quotes.filter(
    (q) =>
      !reported(q) ||
      !q.speaker?.entity ||
      !quotes.some(
        (o) =>
          o !== q &&
          reported(o) &&
          o.start <= q.start &&
          q.end <= o.end &&
          o.end - o.start > q.end - q.start &&
          o.speaker?.entity === q.speaker?.entity,
      ),
  )
}

/**
 * A quoted transcript line ("“PENCE: Well, look, ...") is said by the person its label names:
 * the label is the speaker, the colon the cue, and the content starts after them.
 */
function labelTranscripts(
  ctx: QuoteContext,
  byMark: readonly (Draft | null)[],
  people: ReadonlySet<string>,
): void {
  for (const d of byMark) {
    if (!d || d.speaker) continue
    const first = tokAt(ctx.toks, d.start)
    const label = transcriptLabel(ctx, first, people)
    const next = ctx.toks[label?.cue.to ?? -1]
    if (!label || !next || next.start >= d.end) continue
    d.start = next.start
    d.speaker = label.speaker
    d.cue = label.cue
    d.carried = null
  }
}

/**
 * A quotation with no attribution right after reported speech goes on with its speaker
 * ("He said he would run again. “I'm going to stand for the board,” ..."): it starts right after the
 * sentence of the reported speech, or opens the next paragraph when that speech ended its own.
 */
function continueReported(ctx: QuoteContext, drafts: readonly Draft[]): void {
  const { text } = ctx
  const sorted = [...drafts].sort((a, b) => a.start - b.start)
  for (let k = 1; k < sorted.length; k++) {
    const d = sorted[k] as Draft
    const p = sorted[k - 1] as Draft
    if (d.type !== 'direct' || d.speaker || d.cue || d.carried) continue
    if (p.type !== 'indirect' && p.type !== 'mixed') continue
    if (!p.speaker || !p.cue || p.end > d.start) continue
    const pp = paragraphOf(ctx, p.start)
    const dp = paragraphOf(ctx, d.start)
    const para = ctx.paragraphs[pp] as Span
    // Only the sentence's own end and the opening mark between them.
    const between = (a: number, b: number) => /^[\s.,;:!?"“”‘’'«»)]*$/.test(text.slice(a, b))
    const attributionEnd = p.clause ? (ctx.toks[p.clause.to - 1] as Token).end : p.end
    const gap = Math.max(p.end, attributionEnd)
    if (
      dp === pp
        ? between(gap, d.start)
        : dp === pp + 1 &&
          between(gap, para.end) &&
          between((ctx.paragraphs[dp] as Span).start, d.start)
    ) {
      d.carried = p
    }
  }
}

/**
 * Where a reported clause that runs into a quotation at `open` (UTF-16 offset) ends: at the last
 * comma, colon, semicolon or dash before it, else right before it; null when the draft is no
 * clause after its cue or fewer than three words would be left.
 */
function clauseBefore(ctx: QuoteContext, d: Draft, open: number): number | null {
  const { toks } = ctx
  const cueEnd = d.cue ? (toks[d.cue.to - 1] as Token).end : Number.POSITIVE_INFINITY
  if (d.type !== 'indirect' || cueEnd > d.start) return null
  const first = tokAt(toks, d.start)
  let last = tokAt(toks, open) - 1
  while (last >= first && (toks[last] as Token).pos === 'PUNCT') last--
  for (let j = last; j > first + 2; j--) {
    if (/^[,;:—–-]$/.test((toks[j] as Token).norm)) {
      last = j - 1
      break
    }
  }
  while (last >= first && (toks[last] as Token).pos === 'PUNCT') last--
  return last - first + 1 >= 3 ? (toks[last] as Token).end : null
}

/** Index of the first mark (in text order) whose opening mark is after `offset`, less a margin. */
function firstMarkEndingAfter(marks: readonly Span[], offset: number): number {
  let lo = 0
  let hi = marks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    // Marks do not nest and stay within a paragraph, so a mark ending after `offset` starts
    // after the end of the previous one: searching on `end` is enough.
    if ((marks[mid] as Span).end < offset) lo = mid + 1
    else hi = mid
  }
  return Math.max(0, lo - 1)
}

/** The root draft a carried quote takes its speaker from. */
function root(d: Draft): Draft {
  let r = d
  // Carried links only point to earlier quotes or to later segments of one quote; the bound
  // guards against a cycle all the same.
  for (let n = 0; r.carried && n < 64; n++) r = r.carried
  return r
}

/**
 * 2. Continuation: a quote with no attribution takes the previous speaker when
 * (a) it carries on a quote from the previous paragraph (newspaper convention; same cue too),
 * (b) it follows, in the same paragraph, an attributed quote right after that quote's attribution,
 * (c) it opens its paragraph and the previous paragraph ended with an attributed quote.
 * A chain of paragraphs attributed only at a later segment gives that attribution back to the
 * earlier segments. Otherwise the speaker stays null.
 */
function continueSpeakers(
  ctx: QuoteContext,
  readings: readonly MarkReading[],
  byMark: readonly (Draft | null)[],
  embedded: readonly (Draft | null)[],
): void {
  const { marks, toks } = ctx
  let lastAttributed = -1
  for (let i = 0; i < marks.length; i++) {
    const d = byMark[i]
    const m = marks[i] as (typeof marks)[number]
    if (!d) {
      if (readings[i]?.via === 'after' && embedded[i]?.speaker) lastAttributed = i
      continue
    }
    const prevIdx = lastAttributed
    if (d.speaker || d.cue) {
      lastAttributed = i
      continue
    }
    const prev = prevIdx === -1 ? null : ((byMark[prevIdx] ?? embedded[prevIdx]) as Draft)
    const pm = prevIdx === -1 ? null : marks[prevIdx]
    if (!prev || !pm) continue
    const o = tokAt(toks, m.open)
    const para = ctx.paragraphs[m.paragraph] as Span
    const prevPara = ctx.paragraphs[m.paragraph - 1]
    const pr = readings[prevIdx] as MarkReading
    let carry = false
    let sameCue = false
    if (m.continued && pm.continues && pm.paragraph === m.paragraph - 1) {
      carry = true
      sameCue = true
    } else if (m.continued) {
      // A chain of continued paragraphs: look at the segment just before.
      const before = byMark[i - 1]
      if (before && marks[i - 1]?.continues && root(before).speaker) {
        d.carried = before
        d.cue = root(before).cue
        continue
      }
    } else if (
      pm.paragraph === m.paragraph &&
      pr.via === 'after' &&
      isRightAfter(ctx, pr.afterEnd, o)
    ) {
      carry = true
    } else if (
      pm.paragraph === m.paragraph - 1 &&
      prevPara &&
      (toks[o]?.start ?? 0) - para.start <= 1 &&
      reachesEnd(ctx, pr, pm.close ?? pm.end, prevPara)
    ) {
      carry = true
    }
    if (carry) {
      d.carried = prev
      if (sameCue) d.cue = prev.cue
      lastAttributed = i
    }
  }
  // Attribution given at a later segment of a multi-paragraph quote goes back to the earlier ones.
  for (let i = marks.length - 1; i > 0; i--) {
    const d = byMark[i]
    const before = byMark[i - 1]
    if (!d || !before || !marks[i]?.continued || !marks[i - 1]?.continues) continue
    if ((d.speaker || d.carried) && !before.speaker && !before.carried && !before.cue) {
      if (root(d) === before) continue
      before.carried = d
      before.cue = root(d).cue
    }
  }
}

/** True when token `o` comes right after the attribution ending at `afterEnd` (maybe past a full stop). */
function isRightAfter(ctx: QuoteContext, afterEnd: number, o: number): boolean {
  if (o === afterEnd) return true
  return o === afterEnd + 1 && /^[.,;:]$/.test(ctx.toks[afterEnd]?.norm ?? '')
}

/** True when the attributed quote and its attribution end the paragraph. */
function reachesEnd(ctx: QuoteContext, r: MarkReading, close: number, para: Span): boolean {
  const endTok = ctx.toks[r.afterEnd - 1]
  const end = Math.max(close + 1, endTok ? endTok.end : 0)
  return /^[\s.,"”’']*$/.test(ctx.text.slice(end, para.end))
}

function tokSpan(ctx: QuoteContext, r: TokRange): TextSpan {
  const start = (ctx.toks[r.from] as Token).start
  const end = (ctx.toks[r.to - 1] as Token).end
  return { start, end, text: ctx.text.slice(start, end) }
}

/** The speaker span of a draft (its own, else the one it was carried from). */
function speakerRange(ctx: QuoteContext, d: Draft): TokRange | null {
  const s = root(d).speaker
  return s ? nameSpan(ctx.toks, ctx.text, s) : null
}

function speakerRef(ctx: QuoteContext, d: Draft, mentions: MentionIndex): EntityRef | null {
  const r = speakerRange(ctx, d)
  if (!r) return null
  const span = tokSpan(ctx, r)
  // A title phrase with the person's name in apposition after it ("said Unite's general
  // secretary, Karen Hollis"): the span stays the phrase, the entity is the person named.
  const named = /^\p{Lu}/u.test(span.text.split(/\s+/).pop() ?? '')
    ? null
    : appositivePerson(ctx, span.end, mentions)
  if (named) return { entity: named, ...span }
  // The entity whose mention overlaps the speaker span most (names before nominals and pronouns).
  const hit = mentions.at(span.start, span.end)
  // Dropping titles cut an organisation's name whose first words are title words ("White House",
  // "Foreign Office", "State Department"): the speaker is the whole name inside the noun phrase.
  const np = root(d).speaker
  if (hit && np && hit.entity.type !== 'PERSON' && hit.mention.kind === 'name') {
    const m = hit.mention
    const npStart = (ctx.toks[np.from] as Token).start
    if (m.start < span.start && m.start >= npStart && m.end >= span.end)
      return {
        entity: hit.entity.id,
        start: m.start,
        end: m.end,
        text: ctx.text.slice(m.start, m.end),
      }
  }
  return { entity: hit?.entity.id ?? null, ...span }
}

/** The entity of a person's name right after a comma at `end` ("..., Karen Hollis"), or null. */
function appositivePerson(ctx: QuoteContext, end: number, mentions: MentionIndex): string | null {
  const gap = /^\s*,\s*/.exec(ctx.text.slice(end, end + 4))
  if (!gap) return null
  const at = end + gap[0].length
  const hit = mentions.at(at, at + 1)
  const person = hit?.entity.type === 'PERSON' && hit.mention.kind === 'name'
  return person && hit.mention.start === at ? hit.entity.id : null
}

/**
 * The lower-case last word of a speaker's name, to find the same speaker in nearby sentences;
 * null when the speaker ends in a pronoun or a common noun ("Eritrea's foreign minister": another
 * sentence's "Foreign Minister Hanna Bekele" is someone else).
 */
function speakerKey(ctx: QuoteContext, d: Draft): string | null {
  const r = speakerRange(ctx, d)
  if (!r) return null
  const last = ctx.toks[r.to - 1] as Token
  return last.pos === 'PRON' || !/^\p{Lu}/u.test(ctx.text.slice(last.start, last.end))
    ? null
    : last.norm
}

/**
 * Channels: named in the attribution's sentence (outside the quoted words); else carried from the
 * quote this one continues; else from the nearest earlier sentence of the same or the previous
 * paragraph that names the same speaker and a channel.
 */
function settleChannels(ctx: QuoteContext, drafts: readonly Draft[]): Map<Draft, string> {
  // Many drafts share a sentence: read each sentence's channel once.
  const cache = new Map<string, string | null>()
  const channelOf = (from: number, to: number, masks: readonly Span[]): string | null => {
    const key = `${from}:${to}:${masks.map((m) => `${m.start}-${m.end}`).join(',')}`
    let c = cache.get(key)
    if (c === undefined) {
      c = channelIn(ctx.text, from, to, masks)
      cache.set(key, c)
    }
    return c
  }
  const out = new Map<Draft, string>()
  const { toks, marks } = ctx
  const masksAll: Span[] = marks.map((m) => ({ start: m.start, end: m.end }))
  const masksIn = (from: number, to: number): Span[] => {
    const out: Span[] = []
    for (let i = firstMarkEndingAfter(masksAll, from); i < masksAll.length; i++) {
      const m = masksAll[i] as Span
      if (m.start >= to) break
      if (m.end > from) out.push(m)
    }
    return out
  }
  for (const d of drafts) {
    let channel: string | null = null
    const cueTok = d.cue ? toks[d.cue.from] : undefined
    if (cueTok) channel = PLATFORM_VERBS.get(cueTok.lemma) ?? null
    // a quote that opens the article and never closes has an empty clause before it
    if (!channel && d.clause && d.clause.to > d.clause.from && (d.cue || d.speaker)) {
      const from = (toks[d.clause.from] as Token).start
      const to = (toks[d.clause.to - 1] as Token).end
      channel = channelOf(from, to, [...masksIn(from, to), d])
    }
    if (!channel && d.carried) channel = out.get(d.carried) ?? null
    if (!channel && (d.cue || d.carried)) channel = channelNearby(ctx, d, masksIn, channelOf)
    if (channel) out.set(d, channel)
  }
  return out
}

function channelNearby(
  ctx: QuoteContext,
  d: Draft,
  masksIn: (from: number, to: number) => Span[],
  channelOf: (from: number, to: number, masks: readonly Span[]) => string | null,
): string | null {
  const key = speakerKey(ctx, d)
  if (!key) return null
  const { text, sentences } = ctx
  const own = d.clause ? (ctx.toks[d.clause.from] as Token).start : d.start
  const para = paragraphOf(ctx, own)
  const firstPara = ctx.paragraphs[Math.max(0, para - 1)] as Span
  // The last sentence that starts before the quote's own clause, then back to the paragraph before.
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sentences[mid] as Span).start < own) lo = mid + 1
    else hi = mid
  }
  for (let s = lo - 1; s >= 0; s--) {
    const sen = sentences[s] as Span
    if (sen.end <= firstPara.start) break
    if (!hasWord(text, sen, key)) continue
    const c = channelOf(sen.start, sen.end, masksIn(sen.start, sen.end))
    if (c) return c
  }
  return null
}

/** True when the lower-case `word` occurs in `text[span]` as a whole word. */
function hasWord(text: string, span: Span, word: string): boolean {
  const body = text.slice(span.start, span.end).toLowerCase()
  let at = body.indexOf(word)
  while (at !== -1) {
    const before = body[at - 1]
    const after = body[at + word.length]
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) {
      return true
    }
    at = body.indexOf(word, at + 1)
  }
  return false
}
