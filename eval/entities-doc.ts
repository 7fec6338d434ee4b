/**
 * `npm run eval -- entities-doc`: the entities stage (tagger + news rules + coreference) scored as
 * a tagger on CoNLL-2003 eng.testa: every name mention of an entity, with the entity's type, is a
 * predicted span; exact-span precision/recall/F1 for PERSON, ORG and LOC, next to the raw tagger's
 * on the same documents. The rules must not make the tagger's names worse (titles and possessives
 * taken off names, types settled by titles, gazetteers and the rest of the document). MISC is
 * not scored: the stage keeps nationality words as evidence for roles, not as entities.
 */
import type { EntityType } from '../src/core/schema.js'
import { findEntities } from '../src/entities/entities.js'
import { readConll } from '../src/nlp/ner/conll.js'
import { count, emptyCounts, prf, type TypeCounts } from '../src/nlp/ner/score.js'
import { type NerSpan, nerSpans } from '../src/nlp/ner/tagger.js'
import { requireData, type Scores } from './baseline.js'

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC']

function report(name: string, c: TypeCounts, out: Scores): void {
  for (const t of TYPES) {
    const s = prf(c[t])
    out[`${name}.${t}.f1`] = s.f
    process.stdout.write(
      `${name} ${t.padEnd(7)} P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f.toFixed(4)}  (tp ${c[t].tp} fp ${c[t].fp} fn ${c[t].fn})\n`,
    )
  }
  const all = prf(c.PERSON, c.ORG, c.LOC)
  out[`${name}.per_org_loc.p`] = all.p
  out[`${name}.per_org_loc.r`] = all.r
  out[`${name}.per_org_loc.f1`] = all.f
  process.stdout.write(
    `${name} PER+ORG+LOC P ${all.p.toFixed(4)} R ${all.r.toFixed(4)} F1 ${all.f.toFixed(4)}\n`,
  )
}

/** Scores of the stage and of the raw tagger on eng.testa (PERSON, ORG, LOC). */
export async function evalEntitiesDoc(_args: readonly string[]): Promise<Scores> {
  const stage = emptyCounts()
  const tagger = emptyCounts()
  const noMisc = (s: readonly NerSpan[]) => s.filter((x) => x.type !== 'MISC')
  for (const d of readConll(requireData('conll2003/eng.testa'))) {
    const spans = nerSpans(d.text, d.tokens, d.sentences)
    const pred: NerSpan[] = []
    for (const e of findEntities(d.text, d.tokens, d.sentences, () => spans)) {
      if (e.type === 'MISC') continue
      for (const m of e.mentions) {
        if (m.kind === 'name') pred.push({ start: m.start, end: m.end, type: e.type })
      }
    }
    count(noMisc(d.gold), pred, stage)
    count(noMisc(d.gold), noMisc(spans), tagger)
  }
  // Only the stage's scores have floors; the tagger's are printed to compare (and pinned by the
  // `entities` suite).
  const out: Scores = {}
  report('stage', stage, out)
  report('tagger', tagger, {})
  return out
}
