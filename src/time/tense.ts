import type { Token } from '../core/doc.js'
import type { Tense } from './candidate.js'

/**
 * The tense around a time expression, from the token layer (wink-nlp's UPOS tags and lemmas):
 * the nearest tense-bearing word decides. "will", "'ll", "shall", "going to" mark the future;
 * a verb whose form is not its lemma, nor its -s or -ing form ("said", "held", "was") marks the
 * past; "has"/"have" + participle counts as past (the present perfect reports what happened);
 * "is", "are" and -s forms mark the present. With no such word (a headline fragment), past.
 */

const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'wo'])
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re'])

type Mark = { readonly at: number; readonly tense: Tense }

/** The tense marks of one sentence's tokens (offsets UTF-16 into the document text). */
export function tenseMarks(tokens: readonly Token[]): Mark[] {
  const marks: Mark[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.pos !== 'VERB' && t.pos !== 'AUX') {
      if (t.norm === 'going' && tokens[i + 1]?.norm === 'to')
        marks.push({ at: t.start, tense: 'future' })
      continue
    }
    const norm = t.norm
    if (FUTURE.has(norm)) marks.push({ at: t.start, tense: 'future' })
    else if (norm === 'has' || norm === 'have' || norm === 'had')
      marks.push({ at: t.start, tense: 'past' })
    else if (PRESENT.has(norm)) marks.push({ at: t.start, tense: 'present' })
    else if (norm === 'was' || norm === 'were' || norm === 'did')
      marks.push({ at: t.start, tense: 'past' })
    else if (norm !== t.lemma && !norm.endsWith('ing')) {
      if (norm === `${t.lemma}s` || norm === `${t.lemma}es` || /ies$/.test(norm)) {
        marks.push({ at: t.start, tense: 'present' })
      } else {
        // A participle after "to be"/"has" is part of that verb group ("is expected to", "was held").
        const prev = tokens[i - 1]
        if (prev && (prev.pos === 'AUX' || prev.norm === 'be' || prev.norm === 'been')) continue
        marks.push({ at: t.start, tense: 'past' })
      }
    } else if (norm.endsWith('ed') && norm !== t.lemma) marks.push({ at: t.start, tense: 'past' })
  }
  return marks
}

/** The tense of the mark nearest `offset` (UTF-16, document text); `past` when there is none. */
export function tenseNear(marks: readonly Mark[], offset: number): Tense {
  let best: Mark | null = null
  let distance = Number.POSITIVE_INFINITY
  for (const mark of marks) {
    // A future auxiliary governs what follows it in the sentence more than a verb nearby.
    const d = Math.abs(mark.at - offset) * (mark.tense === 'future' && mark.at < offset ? 0.5 : 1)
    if (d < distance) {
      distance = d
      best = mark
    }
  }
  return best ? best.tense : 'past'
}
