import { type Doc, layer, type Token, withLayers, withMessages, withMeta } from '../core/doc.js'
import { message } from '../core/messages.js'
import type { Stage } from '../core/pipeline.js'
import type { Meta, Timex } from '../core/schema.js'
import { anchorAnaphora } from './anaphora.js'
import { parseIsoDate } from './calendar.js'
import type { RuleContext } from './candidate.js'
import type { DateOrder } from './chrono-dates.js'
import { detectSentence } from './detect.js'
import { settleDates } from './document-date.js'
import { cueTense, tenseMarks, tenseNear } from './tense.js'

/** Options of the time stage. */
export interface TimeOptions {
  /** Numeric date order; `auto` (default) reads it from the source's site or language. */
  readonly dateOrder?: DateOrder | 'auto'
}

// Country domains and languages whose numeric dates put the day first ("06/11/2024").
const DMY_DOMAINS =
  /\.(?:uk|au|nz|ie|in|za|ng|ke|gh|pk|sg|my|ph|eu|fr|de|es|it|nl|be|ua|ru|pl|pt|br|ar|at|ch|se|no|dk|fi|tr|il|ae|qa|eg)$/i

/** The numeric date order of a document: from its URL or site's domain, then its language. */
export function dateOrderOf(doc: Doc): DateOrder {
  const host = (doc.input.url ?? '').replace(/^[a-z]+:\/\//i, '').split(/[/:?#]/)[0] ?? ''
  const site = doc.meta.site ?? ''
  if (DMY_DOMAINS.test(host) || DMY_DOMAINS.test(site)) return 'dmy'
  if (doc.meta.language && doc.meta.language !== 'en') return 'dmy'
  return 'mdy'
}

/**
 * The time stage: settles the document date (see `document-date.ts`) and finds every time
 * expression, typed and normalised to TIMEX3 against it, with the resolution it can claim.
 * Reads sentence by sentence; the tense of each sentence (from the token layer) settles
 * "on Tuesday" and a bare "May".
 *
 * The rule for "now" (and "currently", "at present"): always PRESENT_REF with resolution `ref`,
 * whether it dates something ("now in force") or only moves the story on ("Trump now becomes
 * president-elect"). A ref claims no date, so the two readings need not be told apart, and the
 * document's clock time is never invented from it. "recently" is PAST_REF, "the future"
 * FUTURE_REF. Later stages treat `ref` as "no date stated".
 *
 * @example
 * createPipeline([reader(), tokenizer(), time()])
 */
export function time(options: TimeOptions = {}): Stage {
  return {
    name: 'time',
    requires: ['text', 'meta', 'sentences', 'tokens'],
    provides: ['timexes'],
    run(doc: Doc): Doc {
      const settled = settleDates(doc.meta, doc.raw.date)
      const patch: Partial<Meta> = {
        documentDate: settled.documentDate,
        published: settled.published,
      }
      let out = withMeta(doc, patch)
      if (settled.source === 'none') {
        out = withMessages(out, [
          message(
            'time/date-unknown',
            'no document date: relative dates are left unresolved',
            'time',
          ),
        ])
      }
      const order =
        !options.dateOrder || options.dateOrder === 'auto' ? dateOrderOf(out) : options.dateOrder
      return withLayers(out, {
        timexes: findTimexes(out, parseIsoDate(settled.documentDate), order),
      })
    },
  }
}

function findTimexes(doc: Doc, dct: RuleContext['dct'], order: DateOrder): Timex[] {
  const sentences = layer(doc, 'sentences')
  const tokens = layer(doc, 'tokens')
  const bySentence: Token[][] = sentences.map(() => [])
  for (const t of tokens) bySentence[t.sentence]?.push(t)
  const timexes: Timex[] = []
  let lastQuarter: RuleContext['lastQuarter'] = null
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as { start: number; end: number }
    const text = doc.text.slice(s.start, s.end)
    // Tense marks are read only when a rule asks for them (most sentences have no timex).
    let marks: ReturnType<typeof tenseMarks> | null = null
    const ctx: RuleContext = {
      text,
      dct,
      tenseAt: (offset) => {
        const cue = cueTense(text, offset)
        if (cue) return cue
        marks ??= tenseMarks(bySentence[i] ?? [])
        return tenseNear(marks, s.start + offset)
      },
      lastQuarter,
    }
    for (const c of detectSentence(ctx, order)) {
      const start = s.start + c.start
      const end = s.start + c.end
      timexes.push({
        id: `T${timexes.length + 1}`,
        start,
        end,
        text: doc.text.slice(start, end),
        type: c.type,
        value: c.value,
        resolution: c.resolution,
      })
    }
    lastQuarter = ctx.lastQuarter
  }
  // "that day", "the following year": counted from the last date mentioned (anaphora.ts).
  return anchorAnaphora(timexes, dct)
}
