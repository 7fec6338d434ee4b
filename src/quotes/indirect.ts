import type { Token } from '../core/doc.js'
import {
  clauseAround,
  cueRange,
  type Draft,
  endsClause,
  isAccording,
  isCue,
  isReportingCue,
  type QuoteContext,
} from './context.js'
import {
  ACT_CUES,
  CLAIM_CUES,
  DIRECT_ONLY_CUES,
  INFINITIVE_CUES,
  OBJECT_CUES,
  STANCE_CUES,
} from './data/cues.js'
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TIME_WORDS } from './data/grammar.js'
import {
  actEnd,
  answerEnd,
  clauseStarts,
  contentEnd,
  contentStart,
  coordinationEnd,
  participleAt,
} from './extent.js'
import { npAfter, skipForward, subjectOf, type TokRange } from './np.js'

// The boundary rules live in extent.ts; the readers that import them from here keep working.
export { actEnd, clauseStarts, contentEnd, coordinationEnd }

const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who'])
const NP_START = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'])

/**
 * A looser test for a reported clause with a long subject ("says the small-farm movement that's
 * spreading across the valley appeals to ..."): a noun phrase start, then a finite verb before
 * the sentence or clause ends.
 */
function longClauseStarts(ctx: QuoteContext, i: number, hi: number): boolean {
  const { toks } = ctx
  const t = toks[i]
  const gerund = t?.pos === 'VERB' && t.norm.endsWith('ing')
  if (!t || !(gerund || NP_START.has(t.pos) || /^(his|her|their|its|our|my)$/.test(t.norm))) {
    return false
  }
  if (ctx.markTok[i] !== -1) return false
  for (let j = i + 1; j < hi && j < i + 30; j++) {
    const x = toks[j] as Token
    // Quoted words inside the clause make it mixed ("says the runoff “is a coin toss”").
    if (ctx.markTok[j] !== -1) continue
    // A comma or a conjunction ends the stretch: "mentioning Novak, and has referred to".
    if (x.norm === ',' || x.pos === 'CCONJ' || x.norm === ';' || x.norm === ':') return false
    if (x.pos === 'PUNCT' && /^[.?!]+$/.test(x.norm)) return false
    const prev = toks[j - 1] as Token
    if (prev.norm === '-' || toks[j + 1]?.norm === '-') continue
    if (x.pos === 'AUX') return true
    if (x.pos === 'VERB' && !x.norm.endsWith('ing') && prev.norm !== 'to') {
      // A participle right after a noun ("the people killed in") modifies it.
      if (x.norm.endsWith('ed') && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) continue
      return true
    }
  }
  return false
}

/**
 * Cues whose object is always what was said or thought: after them any word starts the content,
 * a clause ("said he and Okafor differ on Canada", "said none of the bakeries were named") or
 * not ("said so", "said yes", "say the same of Ortiz"), as PolNeAR annotates them.
 */
const BARE_CUES = new Set([
  'say',
  'think',
  'believe',
  'argue',
  'claim',
  'insist',
  'suggest',
  'predict',
  'contend',
  'assert',
  'hope',
  'fear',
  'report',
  'note',
  'acknowledge',
  'admit',
  'concede',
  'recall',
])

/** Parts of speech that cannot open the content of a bare cue ("said in", "said to be", "said and"). */
const NOT_CONTENT = new Set(['ADP', 'PUNCT', 'CCONJ', 'PART', 'SYM'])

/** True when the words at `i` can be the content of a bare cue: a word, not a subordinate clause. */
function bareContent(ctx: QuoteContext, i: number, hi: number): boolean {
  const t = ctx.toks[i]
  if (!t || i + 1 >= hi || NOT_CONTENT.has(t.pos) || ctx.markTok[i] !== -1) return false
  return !/^(when|after|before|while|as|than|since|until|to|of|about)$/.test(t.norm)
}

/**
 * An indirect quote over tokens [from, to) (after any dateline at its start), or null when fewer
 * than `minTokens` are left.
 */
export function draft(
  ctx: QuoteContext,
  from: number,
  to: number,
  speaker: TokRange | null,
  cue: TokRange,
  clause: TokRange,
  minTokens = 2,
): Draft | null {
  const { toks } = ctx
  // A clause at the top of the story starts after its dateline ("KYIV (Reuters) — ").
  for (const nb of ctx.nonBody) {
    while (
      from < to &&
      (toks[from] as Token).start >= nb.start &&
      (toks[from] as Token).start < nb.end
    ) {
      from++
    }
  }
  if (to - from < minTokens) return null
  return {
    start: (toks[from] as Token).start,
    end: (toks[to - 1] as Token).end,
    type: 'indirect',
    speaker,
    cue,
    clause,
    mark: -1,
    carried: null,
  }
}

/** True when an infinitive ("to" and a verb) starts at token `i`. */
export function infinitiveAt(ctx: QuoteContext, i: number, hi: number): boolean {
  const to = ctx.toks[i]
  const verb = ctx.toks[i + 1]
  return (
    to?.norm === 'to' &&
    i + 1 < hi &&
    ctx.markTok[i] === -1 &&
    verb !== undefined &&
    (verb.pos === 'VERB' || verb.pos === 'AUX')
  )
}

/** True when token `i` is the opening mark of a quotation ("called him “a liar”"). */
function opensMark(ctx: QuoteContext, i: number): boolean {
  const mi = ctx.markTok[i] as number
  return mi !== -1 && ctx.marks[mi]?.open === ctx.toks[i]?.start
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got'])

/** True when the cue at `v` is a passive participle ("was accused of"): its subject is no speaker. */
export function isPassive(ctx: QuoteContext, v: number): boolean {
  if ((ctx.toks[v] as Token).norm.endsWith('ing')) return false
  let j = v - 1
  while (j >= 0 && (ctx.toks[j] as Token).pos === 'ADV') j--
  return BE.has(ctx.toks[j]?.norm ?? '')
}

/** True when the cue at `v` is negated ("without mentioning Putin", "did not cite"): nothing was said. */
export function isNegated(ctx: QuoteContext, v: number): boolean {
  let j = v - 1
  while (j >= 0 && (ctx.toks[j] as Token).pos === 'AUX') j--
  return /^(without|not|n't|n’t|never)$/.test(ctx.toks[j]?.norm ?? '')
}

/**
 * Where the content of a claim cue starts ("accused Clinton of lying", "dismissed him as an
 * actor"): an object, then one of the cue's prepositions before the clause goes on. Null otherwise.
 */
function claimAct(ctx: QuoteContext, v: number, cue: TokRange, hi: number): number | null {
  const { toks } = ctx
  const preps = CLAIM_CUES.get((toks[v] as Token).lemma)
  if (!preps || cue.to - cue.from !== 1 || isPassive(ctx, v) || isNegated(ctx, v)) return null
  for (let k = cue.to; k < hi && k < cue.to + 15; k++) {
    const x = toks[k] as Token
    // A title in quotation marks may sit in the object ("the film “Frozen” for being ...").
    if (ctx.inMark[k] !== -1 || ctx.markTok[k] !== -1) {
      if (k === cue.to) return null
      continue
    }
    if (preps.has(x.norm)) {
      // "referred to the levy as a “tax on bread”": a quoted complement is a partial quote of its own.
      const c = /^(a|an|the)$/.test(toks[k + 1]?.norm ?? '') ? k + 2 : k + 1
      return k > cue.to && k + 1 < hi && !opensMark(ctx, c) ? cue.to : null
    }
    if (x.pos === 'PUNCT' || x.pos === 'AUX' || x.pos === 'SCONJ') return null
    if (x.pos === 'VERB' && !x.norm.endsWith('ing') && !x.norm.endsWith('ed')) return null
  }
  return null
}

/**
 * Where the content of a speech act starts, if the cue at `v` is one: a noun phrase ("announced
 * his resignation", "called for a ban", "denied the allegations"). Null otherwise.
 */
function speechAct(ctx: QuoteContext, v: number, cue: TokRange, hi: number): number | null {
  const { toks, text } = ctx
  const t = toks[v] as Token
  const inf = infinitiveAt(ctx, cue.to, hi)
  // "is expected to be inaugurated": a passive has no speaker.
  if (INFINITIVE_CUES.has(t.lemma) && inf) return isPassive(ctx, v) ? null : cue.to
  // A participle ("ads supporting Rubio", "the endorsed candidate") modifies a noun: no stance.
  if (STANCE_CUES.has(t.lemma) && ctx.markTok[cue.to] === -1 && !t.norm.endsWith('ing')) {
    // "want all immigrants ... to be deported": the noun phrase and its infinitive.
    const o = toks[cue.to]
    if (o && OBJECT_PRONOUNS.has(o.norm) && o.pos === 'PRON') return cue.to
    const np = npAfter(toks, text, cue.to, hi)
    if (np && !(np.to === cue.to + 1 && SUBJECT_PRONOUNS.has((toks[cue.to] as Token).norm))) {
      return cue.to
    }
  }
  // "called Trump a fascist", "calls the idea stupid": a name and what it was called.
  if (t.lemma === 'call' && cue.to - cue.from === 1 && ctx.markTok[cue.to] === -1) {
    const o = toks[cue.to]
    const np =
      o && OBJECT_PRONOUNS.has(o.norm) && o.pos === 'PRON'
        ? { from: cue.to, to: cue.to + 1 }
        : npAfter(toks, text, cue.to, hi)
    const n = np ? toks[np.to] : undefined
    if (np && n && np.to < hi && (/^(a|an)$/.test(n.norm) || n.pos === 'ADJ')) return cue.to
  }
  if (!ACT_CUES.has(t.lemma) || isPassive(ctx, v) || isNegated(ctx, v)) return null
  const particle = cue.to - cue.from > 1 ? (toks[cue.to - 1] as Token).norm : ''
  // "call" and "ask" report speech only with their particle or an infinitive ("called for").
  const needsParticle = t.lemma === 'call' || t.lemma === 'ask'
  let i = cue.to
  // Infinitives ("vowed to build", "urged him to act") are left out: they report an intention
  // or a request, not a statement (the seed's reading counts "urging Trump to ..." as none).
  if (OBJECT_CUES.has(t.lemma) && !needsParticle) return null
  if (needsParticle && particle !== 'for' && !(t.lemma === 'ask' && toks[i]?.norm === 'for'))
    return null
  if (t.lemma === 'ask' && toks[i]?.norm === 'for') i++
  // "revealed Tuesday the names": a day is when, not what; the topic follows it.
  if (TIME_WORDS.has(toks[i]?.norm ?? '') && (toks[i] as Token).pos === 'PROPN') i++
  if (ctx.markTok[i] !== -1 || i >= hi) return null
  return npAfter(toks, text, i, hi) ? i : null
}

/**
 * A question put to someone ("Asked about the merger, Trump said ...", "He was asked whether he
 * would run"): the question is the content; who asked is not said, so the speaker is null.
 */
function askedDraft(ctx: QuoteContext, v: number, cue: TokRange, clause: TokRange): Draft | null {
  const { toks } = ctx
  // "Asked at a briefing on Monday about ...", "Asked on Radio Kaduna who wins": where and when the
  // question was put come before it.
  const at = skipForward(toks, ctx.text, cue.to, clause.to)
  let i = at
  if (toks[i]?.norm === 'about') i++
  else if (!WH.has(toks[i]?.norm ?? '')) return null
  if (ctx.markTok[i] !== -1) return null
  let end = contentEnd(ctx, i, clause.to)
  // A participle before the main clause ends at its comma ("Asked about X, Trump said").
  if (!isPassive(ctx, v)) {
    for (let j = i + 1; j < end; j++) {
      if (ctx.inMark[j] === -1 && (toks[j] as Token).norm === ',') {
        end = j
        break
      }
    }
  }
  return draft(ctx, i, end, null, at === cue.to ? { from: cue.from, to: i } : cue, clause, 1)
}

/**
 * The source of "according to" when it is no plain noun phrase ("an average of five surveys
 * gathered by ...", "local surveys"): the words up to the next comma or the clause's end.
 */
function sourceUntilComma(ctx: QuoteContext, k: number, hi: number): TokRange | null {
  let j = k
  while (j < hi && j < k + 12 && ctx.inMark[j] === -1 && !endsClause(ctx, j)) {
    if ((ctx.toks[j] as Token).norm === ',') break
    j++
  }
  const words = ctx.toks.slice(k, j).some((t) => /^(NOUN|PROPN|VERB|ADJ)$/.test(t.pos))
  return j > k &&
    words &&
    (j >= hi || !(j < k + 12) || ctx.toks[j]?.norm === ',' || endsClause(ctx, j))
    ? { from: k, to: j }
    : null
}

/** True when a noun phrase at `k` ends its clause or is set off by a comma: "said Gilbert, its CEO." */
function invertedSubject(ctx: QuoteContext, k: number, hi: number): boolean {
  const np = npAfter(ctx.toks, ctx.text, k, hi)
  if (!np || np.to - np.from > 8 || SUBJECT_PRONOUNS.has((ctx.toks[np.from] as Token).norm)) {
    return false
  }
  const n = ctx.toks[np.to]
  return !n || np.to >= hi || n.norm === ',' || endsClause(ctx, np.to) || n.norm === '('
}

/** The draft of a speech act or claim whose content starts at token `act`: its subject speaks. */
function actDraft(
  ctx: QuoteContext,
  v: number,
  cue: TokRange,
  act: number,
  clause: TokRange,
): Draft | null {
  const { toks, text } = ctx
  const t = toks[v] as Token
  const speaker = subjectOf(toks, text, v, clause.from)
  if (!speaker) return null
  // A name or a pronoun alone is content of an attitude ("supported Sanders", "backed her").
  let end = actEnd(ctx, act, contentEnd(ctx, act, clause.to))
  // A preference's noun phrase or a claim ends at the first comma or dash ("supports Trump,
  // Golvach ...", "dismissed him as an actor, the truth was ...").
  if ((STANCE_CUES.has(t.lemma) && toks[act]?.norm !== 'to') || CLAIM_CUES.has(t.lemma)) {
    for (let j = act + 1; j < end; j++) {
      const x = toks[j] as Token
      if (ctx.inMark[j] === -1 && (x.norm === ',' || x.norm === '—' || x.norm === '–')) {
        end = j
        break
      }
    }
  }
  const one = end === act + 1 && /^(PROPN|NOUN|PRON)$/.test((toks[act] as Token).pos)
  return draft(ctx, act, end, speaker, cue, clause, one ? 1 : 2)
}

/**
 * Reported speech around the cue at token `v`, when it has one: a cascade of
 * 1. "according to X": the clause before or after it;
 * 2. a cue followed by its clause ("said (that) ...", "told reporters the talks had stalled");
 * 3. a cue closing the sentence after a comma (", Zelensky said on social media.");
 * 4. a cue in the middle, between commas ("The talks, he said, had stalled.").
 * The speaker is the cue's subject; without one there is no indirect quote.
 */
export function readIndirect(ctx: QuoteContext, v: number): Draft | null {
  const { toks, text } = ctx
  const clause = clauseAround(ctx, v)
  const lo = clause.from
  const hi = clause.to
  if (isAccording(ctx, v)) {
    const np = npAfter(toks, text, v + 2, hi) ?? sourceUntilComma(ctx, v + 2, hi)
    if (!np) return null
    const cue = { from: v, to: v + 2 }
    // "Meanwhile, according to the ministry, two million tenants ...": a short opener
    // before the cue, a clause after its source.
    const after = toks[np.to]?.norm === ',' ? hi - np.to - 1 : 0
    if (
      v === lo ||
      (v === lo + 1 && (toks[lo] as Token).pos !== 'NOUN') ||
      (v - lo <= 4 && after >= 3)
    ) {
      let s = np.to
      if (toks[s]?.norm === ',') s++
      return draft(ctx, s, contentEnd(ctx, s, hi), np, cue, clause)
    }
    const end = toks[v - 1]?.norm === ',' ? v - 1 : v
    return draft(ctx, contentStart(ctx, lo, end), end, np, cue, clause)
  }
  if (!isReportingCue(ctx, v)) return null
  const t = toks[v] as Token
  if (DIRECT_ONLY_CUES.has(t.lemma)) return null
  // A participle used as an adjective: "1,237 pledged delegates", "the reported figure".
  const prevTok = toks[v - 1]
  if (t.norm.endsWith('ed') && prevTok && /^(NUM|DET|ADJ)$/.test(prevTok.pos)) return null
  const cue = cueRange(ctx, v)
  if (
    t.lemma === 'ask' &&
    t.norm === 'asked' &&
    (isPassive(ctx, v) || v === lo || toks[v - 1]?.norm === ',')
  ) {
    return askedDraft(ctx, v, cue, clause)
  }
  // A claim cue that is no verb of saying or thinking ("criticized X for Y") has no clause.
  if (!isCue(ctx, v, ['speech', 'thought']) && !ACT_CUES.has(t.lemma) && CLAIM_CUES.has(t.lemma)) {
    const act = claimAct(ctx, v, cue, hi)
    return act === null ? null : actDraft(ctx, v, cue, act, clause)
  }
  // ", said Maria Lenz, its president.": an inverted attribution closing the sentence (3.).
  const inverted = toks[v - 1]?.norm === ',' && invertedSubject(ctx, cue.to, hi)
  // 2. The cue, then its clause.
  let i = inverted ? hi : cue.to
  let objectSkipped = false
  if (OBJECT_CUES.has(t.lemma)) {
    const o = toks[i]
    if (o && OBJECT_PRONOUNS.has(o.norm)) {
      i++
      objectSkipped = true
    } else if (o && o.norm !== 'that' && !WH.has(o.norm)) {
      const np = npAfter(toks, text, i, hi)
      if (np && !clauseStarts(ctx, i, hi)) {
        i = np.to
        objectSkipped = true
      }
    }
  }
  i = skipForward(toks, text, i, hi)
  const n = toks[i]
  if (n && i < hi && ctx.markTok[i] === -1) {
    const starts =
      n.norm === 'that' ||
      (WH.has(n.norm) &&
        (t.lemma === 'ask' || t.lemma === 'wonder' || t.lemma === 'explain' || t.pos === 'VERB')) ||
      clauseStarts(ctx, i, hi) ||
      (BARE_CUES.has(t.lemma) && bareContent(ctx, i, hi)) ||
      ((objectSkipped || !OBJECT_CUES.has(t.lemma)) && longClauseStarts(ctx, i, hi))
    if (starts) {
      const speaker = subjectOf(toks, text, v, lo)
      if (
        !speaker &&
        !(
          n.norm === 'that' &&
          t.pos === 'VERB' &&
          clauseStarts(ctx, i + 1, hi) &&
          !/^(DET|ADJ)$/.test(toks[v - 1]?.pos ?? '') &&
          !isPassive(ctx, v) &&
          !isNegated(ctx, v)
        )
      )
        return null
      // "I think ...", "we believe ...": the speaker's hedge, not an attribution of its own.
      if (
        (t.lemma === 'think' || t.lemma === 'believe') &&
        speaker &&
        speaker.to - speaker.from === 1 &&
        /^(i|we|you)$/.test((toks[speaker.from] as Token).norm)
      ) {
        return null
      }
      // "said so", "said yes": a one-word answer is what was said.
      const one = /^(so|yes|no)$/.test(n.norm) ? 1 : 2
      let end = contentEnd(ctx, i, hi)
      end = one === 1 ? answerEnd(ctx, i, end) : coordinationEnd(ctx, v, i, end)
      return draft(ctx, i, end, speaker, cue, clause, one)
    }
  }
  const act = speechAct(ctx, v, cue, hi) ?? claimAct(ctx, v, cue, hi)
  if (act !== null) return actDraft(ctx, v, cue, act, clause)
  // 3./4. The attribution after a comma: ", Zelensky said ...", ", said the official".
  const subject = subjectOf(toks, text, v, lo)
  let before = -1
  let speaker: TokRange | null = null
  if (subject && toks[subject.from - 1]?.norm === ',') {
    before = subject.from - 1
    speaker = subject
  } else if (toks[v - 1]?.norm === ',') {
    speaker = npAfter(toks, text, v + 1, hi)
    if (speaker) before = v - 1
  }
  if (before <= lo || !speaker) return null
  // What follows the attribution: the end of the sentence (3.) or the rest of the clause (4.).
  let k = speaker.from > v ? speaker.to : cue.to
  if (OBJECT_CUES.has(t.lemma)) {
    const np =
      npAfter(toks, text, k, hi) ??
      (OBJECT_PRONOUNS.has(toks[k]?.norm ?? '') ? { from: k, to: k + 1 } : null)
    if (np) k = np.to
  }
  k = skipForward(toks, text, k, hi)
  const rest = toks[k]
  if (ctx.markTok[lo] !== -1 || ctx.inMark[lo] !== -1) return null
  if (!rest || k >= hi || endsClause(ctx, k))
    return draft(ctx, contentStart(ctx, lo, before), before, speaker, cue, clause)
  // ", Lenz said, adding ...", ", the envoys said, speaking privately because ...":
  // the attribution goes on with a participle; the content ends.
  // ", said Lenz, its president and founder.": an apposition (no verb) closes the sentence too.
  const apposition =
    rest.norm === ',' &&
    !toks
      .slice(k + 1, hi)
      .some((x, n) => ctx.inMark[k + 1 + n] === -1 && (x.pos === 'VERB' || x.pos === 'AUX'))
  if (
    apposition ||
    (rest.norm === ',' && (participleAt(ctx, k + 1, hi) || isAccording(ctx, k + 1)))
  ) {
    return draft(ctx, contentStart(ctx, lo, before), before, speaker, cue, clause)
  }
  if (rest.norm === ',') {
    let end = hi
    while (
      end > k &&
      /^[.,;:!?]$/.test((toks[end - 1] as Token).norm) &&
      ctx.inMark[end - 1] === -1
    )
      end--
    return draft(ctx, contentStart(ctx, lo, end), end, speaker, cue, clause)
  }
  return null
}
