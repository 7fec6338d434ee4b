import type { Token } from '../core/doc.js'
import type { Entity, EntityRef, Quote } from '../core/schema.js'
import {
  isPersonalPronoun,
  type NP,
  npEndingAt,
  npStartingAt,
  type Sent,
  subjectOf,
} from './clause.js'
import { PRONOUNS, REPORTING_VERBS } from './data/cues.js'

/** A mention of an entity, flattened for lookup by offset. */
interface Flat {
  readonly start: number
  readonly end: number
  readonly entity: Entity
}

/**
 * Resolves noun phrases to entity references: links a phrase to the entities layer when a mention
 * covers its head, and finds the antecedent of a pronoun (through the entities layer's coreference
 * when it has the pronoun, else by rules: the speaker of a quote for "I"/"we", the subject of the
 * reporting verb for "Syria says it ...", the nearest earlier name otherwise).
 */
export class Resolver {
  private readonly flat: Flat[]
  /** Name-headed phrases seen so far (character spans), for pronouns across sentences. */
  private readonly names: { start: number; end: number }[] = []

  constructor(
    private readonly text: string,
    private readonly toks: readonly Token[],
    entities: readonly Entity[],
    private readonly quotes: readonly Quote[],
  ) {
    this.flat = []
    for (const e of entities)
      for (const m of e.mentions) this.flat.push({ start: m.start, end: m.end, entity: e })
    this.flat.sort((a, b) => a.start - b.start)
  }

  /** The entity whose mention overlaps `[start, end)`, if any. */
  entityAt(start: number, end: number): Entity | null {
    let lo = 0
    let hi = this.flat.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.flat[mid] as Flat).end <= start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.flat.length; i++) {
      const f = this.flat[i] as Flat
      if (f.start >= end) break
      if (f.end > start) return f.entity
    }
    return null
  }

  /** The document text of `[start, end)`. */
  textOf(start: number, end: number): string {
    return this.text.slice(start, end)
  }

  /** Remembers the names of a sentence, for pronouns in later sentences. */
  noteNames(s: Sent): void {
    for (let i = s.lo; i < s.hi; i++) {
      const t = this.toks[i] as Token
      if (t.pos !== 'PROPN' || s.isTime(i)) continue
      let j = i
      while (j + 1 < s.hi && (this.toks[j + 1] as Token).pos === 'PROPN') j++
      this.names.push({ start: t.start, end: (this.toks[j] as Token).end })
      i = j
    }
  }

  /** The quote whose content covers the offset, if any. */
  quoteAt(offset: number): Quote | null {
    for (const q of this.quotes) if (q.start <= offset && offset < q.end) return q
    return null
  }

  /** A reference for a noun phrase, resolving pronouns; `avoid` is the other argument's span. */
  resolve(s: Sent, np: NP | null, avoid: EntityRef | null, paragraphEnd: number): EntityRef | null {
    if (!np) return null
    const head = this.toks[np.head] as Token
    if (isPersonalPronoun(head) && np.end - np.start === 1) {
      return (
        this.pronoun(s, np, head, avoid, paragraphEnd) ?? this.ref(np.start, np.end - 1, np.head)
      )
    }
    return this.ref(np.start, np.end - 1, np.head)
  }

  private ref(first: number, last: number, head: number = last): EntityRef {
    const a = this.toks[first] as Token
    const b = this.toks[last] as Token
    const h = this.toks[head] as Token
    // the head decides the link: "U.S. lawmakers" are not the United States
    const e = this.entityAt(h.start, h.end)
    return {
      entity: e?.id ?? null,
      start: a.start,
      end: b.end,
      text: this.text.slice(a.start, b.end),
    }
  }

  private spanRef(start: number, end: number, entity: string | null): EntityRef {
    return { entity, start, end, text: this.text.slice(start, end) }
  }

  private pronoun(
    s: Sent,
    np: NP,
    head: Token,
    avoid: EntityRef | null,
    paragraphEnd: number,
  ): EntityRef | null {
    const person = PRONOUNS[head.norm]
    // 1. the entities layer's coreference
    const e = this.entityAt(head.start, head.end)
    if (e) {
      const name =
        e.mentions.find((m) => m.kind === 'name' && m.end <= head.start) ??
        e.mentions.find((m) => m.kind === 'name')
      if (name) return this.spanRef(name.start, name.end, e.id)
    }
    // 2. "I", "we" inside a quote: its speaker, else the reporting clause after the quote
    if (person === 'i' || person === 'we') {
      const q = this.quoteAt(head.start)
      if (q?.speaker) return { ...q.speaker }
      return this.speakerAfter(np.head, paragraphEnd)
    }
    // 3. "Moldova says it will ...": the subject of the reporting verb of the sentence
    for (let j = np.start - 1; j >= s.lo; j--) {
      const t = this.toks[j] as Token
      if (t.pos === 'VERB' && REPORTING_VERBS.has(t.lemma)) {
        const subj = subjectOf(s, j)
        if (subj && !isPersonalPronoun(this.toks[subj.head]) && !this.same(subj, avoid))
          return this.ref(subj.start, subj.end - 1, subj.head)
        break
      }
    }
    // 4. the nearest earlier name, not the other argument
    for (let k = this.names.length - 1; k >= 0; k--) {
      const n = this.names[k] as { start: number; end: number }
      if (n.end > head.start) continue
      if (avoid && avoid.end >= n.end && avoid.start <= n.start) continue
      if (avoid && this.text.slice(n.start, n.end).split(' ').pop() === avoid.text.split(' ').pop())
        continue
      const ent = this.entityAt(n.start, n.end)
      if (ent && ent.type !== 'PERSON' && (person === 'he' || person === 'she')) continue
      return this.spanRef(n.start, n.end, ent?.id ?? null)
    }
    return null
  }

  private same(np: NP, ref: EntityRef | null): boolean {
    if (!ref) return false
    const a = this.toks[np.start] as Token
    return a.start >= ref.start && a.start < ref.end
  }

  /** `"...," Zelensky wrote`: the name next to the first reporting verb after the quote. */
  private speakerAfter(from: number, paragraphEnd: number): EntityRef | null {
    let quoteClosed = false
    for (let j = from + 1; j < this.toks.length; j++) {
      const t = this.toks[j] as Token
      if (t.start >= paragraphEnd) break
      if (/^["”“]$/.test(t.norm)) quoteClosed = true
      if (!quoteClosed || t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma)) continue
      const s: Sent = {
        toks: this.toks,
        lo: Math.max(0, j - 8),
        hi: Math.min(this.toks.length, j + 8),
        isTime: () => false,
        text: (i: number) => {
          const t = this.toks[i]
          return t ? this.text.slice(t.start, t.end) : ''
        },
      }
      const np = npEndingAt(s, j - 1) ?? npStartingAt(s, j + 1)
      if (np && (this.toks[np.head] as Token).pos === 'PROPN')
        return this.ref(np.start, np.end - 1, np.head)
      return null
    }
    return null
  }
}
