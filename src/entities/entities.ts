import { type Doc, layer, type Token, withLayers } from '../core/doc.js'
import type { Stage } from '../core/pipeline.js'
import type { Entity, Mention, Span } from '../core/schema.js'
import { type NerSpan, nerSpans } from '../nlp/ner/tagger.js'
import { analyse } from './analysis.js'
import { clusterNames, type WorkEntity } from './cluster.js'
import { addCoreference } from './coref.js'
import { nonBodySpans } from './dateline.js'
import { findNames } from './names.js'
import { addAppositions, settleRoles, toRoles } from './roles.js'

/** The tagger the stage builds on: named-entity spans over the tokens. */
export type Tagger = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
) => NerSpan[]

/** Options of the entities stage. */
export interface EntitiesOptions {
  /** The named-entity tagger (default: `nerSpans` of src/nlp/ner/tagger.ts). */
  readonly tagger?: Tagger
}

/**
 * The entities stage: typed entities with roles and every mention (name, nominal, pronoun).
 * A cascade over the tagger's spans:
 * 1. names: tagger spans repaired and stripped of titles, bylines and datelines left out, types
 *    settled by rule evidence (titles, countries, organisation suffixes) over the tagger's;
 * 2. name variants grouped into entities (full name, surname, given name);
 * 3. roles from titles before names and from appositions;
 * 4. nominal mentions ("the Ukrainian president") and pronouns, resolved in text order;
 * 5. each entity named by its fullest proper name, ids E1.. in order of first mention.
 *
 * @example
 * createPipeline([reader(), tokenizer(), entities()])
 */
export function entities(options: EntitiesOptions = {}): Stage {
  const tagger = options.tagger ?? nerSpans
  return {
    name: 'entities',
    requires: ['text', 'meta', 'sentences', 'tokens'],
    provides: ['entities'],
    run(doc: Doc): Doc {
      const tokens = layer(doc, 'tokens')
      const sentences = layer(doc, 'sentences')
      return withLayers(doc, { entities: findEntities(doc.text, tokens, sentences, tagger) })
    },
  }
}

/**
 * Finds the entities of one tokenized text (the stage's work, callable on its own).
 *
 * @example
 * const list = findEntities(text, tokens, sentences)
 */
export function findEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  tagger: Tagger = nerSpans,
): Entity[] {
  const a = analyse(text, tokens, sentences)
  const names = findNames(a, tagger(text, tokens, sentences), nonBodySpans(text))
  const work = foldSeats(clusterNames(names))
  addAppositions(a, work)
  for (const e of work) {
    const settled = settleRoles(e.roles)
    e.roles.length = 0
    e.roles.push(...settled)
  }
  addCoreference(a, work)
  return finish(work, text)
}

/**
 * "the Kremlin" stands for Russia's government: when the country is an entity of the document,
 * the seat's mentions become nominal mentions of it (with their "the"); otherwise the seat stays
 * an organisation of its own.
 */
function foldSeats(work: WorkEntity[]): WorkEntity[] {
  const countries = new Map<string, WorkEntity>()
  for (const e of work) if (e.country) countries.set(e.country, e)
  return work.filter((e) => {
    const code = e.names[0]?.seat
    if (!code || !e.names.every((n) => n.seat === code)) return true
    const country = countries.get(code)
    if (!country) return true
    for (const n of e.names) {
      const start = n.theStart ?? n.start
      country.mentions.push({
        start,
        end: n.end,
        kind: 'nominal',
        first: n.theStart === null ? n.first : n.first - 1,
        last: n.last,
        sentence: n.sentence,
        subject: n.subject,
      })
    }
    return false
  })
}

function finish(work: readonly WorkEntity[], text: string): Entity[] {
  const built: Entity[] = []
  for (const e of work) {
    const seen = new Set<string>()
    const mentions: Mention[] = []
    for (const m of [...e.mentions].sort((x, y) => x.start - y.start || x.end - y.end)) {
      const key = `${m.start}:${m.end}`
      if (seen.has(key)) continue
      seen.add(key)
      mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind })
    }
    if (mentions.length === 0) continue
    built.push({
      id: '',
      type: e.type,
      name: canonicalName(e, text),
      roles: toRoles(settleRoles(e.roles)),
      mentions,
    })
  }
  built.sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0))
  return built.map((e, i) => ({ ...e, id: `E${i + 1}` }))
}

/**
 * The fullest proper name: the name mention with the most words (then the longest), preferring
 * one not written in capitals; a name only seen in capitals is given capitalised words.
 */
function canonicalName(e: WorkEntity, text: string): string {
  let best = ''
  let bestWords = -1
  let bestCaps = true
  for (const n of e.names) {
    const s = text.slice(n.start, n.end)
    const caps = n.caps || (s === s.toUpperCase() && s.length > 4 && /\p{L}{3}/u.test(s))
    const better =
      (bestCaps && !caps) ||
      (caps === bestCaps &&
        (n.words.length > bestWords || (n.words.length === bestWords && s.length > best.length)))
    if (better) {
      best = s
      bestWords = n.words.length
      bestCaps = caps
    }
  }
  if (bestCaps && best.length > 4) {
    return best
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
  }
  return best.replace(/\s+/g, ' ')
}
