/**
 * The public Document schema (`chronicle.document/1`), as fixed in the contract
 * (`shared/spec/CONTRACT.md` §2). Every offset is a UTF-16 code unit index into `text`, half-open.
 */

/** The schema tag every serialised Document carries. */
export const SCHEMA = 'chronicle.document/1' as const

/** A half-open `[start, end)` range of UTF-16 code units of a document's `text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span that also carries its surface form: `text === doc.text.slice(start, end)`. */
export interface TextSpan extends Span {
  readonly text: string
}

/** Where a document came from. */
export interface InputInfo {
  readonly path: string | null
  readonly url: string | null
  readonly format: 'text' | 'html'
}

/** Article metadata found by the reader (and settled by later stages, such as the document date). */
export interface Meta {
  readonly title: string | null
  readonly authors: readonly string[]
  /** ISO 8601; with its UTC offset when known, else the outlet's local time. */
  readonly published: string | null
  /** `YYYY-MM-DD`: the anchor for relative dates. */
  readonly documentDate: string | null
  readonly site: string | null
  /** ISO 639-1. */
  readonly language: string | null
  readonly readingTimeMinutes: number | null
}

/** A photo caption or credit taken out of the body. */
export interface Caption {
  readonly text: string
  readonly place: string | null
  /** `YYYY-MM-DD`. */
  readonly date: string | null
}

/** A line or block the reader dropped, and why. */
export interface Removed {
  readonly text: string
  readonly reason: string
}

/** An entity's title or office: "President" of "Ukraine". */
export interface Role {
  readonly title: string
  readonly of: string | null
}

/** One mention of an entity in the text. */
export interface Mention extends TextSpan {
  readonly kind: 'name' | 'nominal' | 'pronoun'
}

/** The entity types of the tagger. */
export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC'

/** An entity of one document with every mention that refers to it. */
export interface Entity {
  readonly id: string
  readonly type: EntityType
  /** The fullest proper name the document uses. */
  readonly name: string
  readonly roles: readonly Role[]
  readonly mentions: readonly Mention[]
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/** What a timex value can claim. */
export type Resolution =
  | 'year'
  | 'quarter'
  | 'month'
  | 'week'
  | 'day'
  | 'time'
  | 'duration'
  | 'set'
  | 'ref'

/** A time expression, normalised against the document date. */
export interface Timex extends TextSpan {
  readonly id: string
  readonly type: TimexType
  /** TIMEX3 value: 2024-11-06, 2024-11, 2019, 2024-W45, P2D, PRESENT_REF, ... */
  readonly value: string
  readonly resolution: Resolution
}

/** A span that may resolve to an entity of the document. */
export interface EntityRef extends TextSpan {
  readonly entity: string | null
}

/** An attributed statement. */
export interface Quote extends TextSpan {
  readonly id: string
  readonly type: 'direct' | 'partial' | 'indirect' | 'mixed'
  readonly speaker: EntityRef | null
  readonly cue: TextSpan | null
  readonly channel: string | null
}

/** Whether an event happened, is planned, hypothetical, negated... */
export type EventStatus =
  | 'happened'
  | 'ongoing'
  | 'planned'
  | 'hypothetical'
  | 'negated'
  | 'habitual'

/** A PLOVER-coded event. */
export interface Event {
  readonly id: string
  readonly category: string
  readonly mode: string | null
  readonly cameo: string | null
  readonly intensity: number | null
  readonly actor: EntityRef | null
  readonly recipient: EntityRef | null
  readonly trigger: TextSpan
  /** Index into `sentences`. */
  readonly sentence: number
  readonly date: {
    readonly value: string
    readonly timex: string | null
    readonly basis: 'explicit' | 'inferred' | 'document'
  } | null
  readonly location: { readonly entity: string | null; readonly text: string } | null
  readonly status: EventStatus
  readonly quote: string | null
}

/** The 5W1H summary of the main event. */
export interface Summary {
  readonly who: string | null
  readonly what: string | null
  readonly when: string | null
  readonly where: string | null
  readonly why: string | null
  readonly how: string | null
}

/** How bad a per-document problem is. */
export type Severity = 'fatal' | 'warning' | 'info'

/** A problem inside one document (see `messages.ts` for the codes). */
export interface Message {
  readonly code: string
  readonly severity: Severity
  readonly reason: string
  readonly stage: string | null
}

/** The serialised Document: exactly the contract's JSON. */
export interface DocumentJSON {
  readonly schema: typeof SCHEMA
  readonly id: string
  readonly input: InputInfo
  readonly meta: Meta
  readonly text: string
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly captions: readonly Caption[]
  readonly removed: readonly Removed[]
  readonly entities: readonly Entity[]
  readonly timexes: readonly Timex[]
  readonly quotes: readonly Quote[]
  readonly events: readonly Event[]
  readonly summary: Summary
  readonly messages: readonly Message[]
}
