import type { Span } from '../core/schema.js'
import { OUTLETS } from '../nlp/data/outlets.js'
import { AUDIENCE_EVENTS, EVENT_MODIFIERS, EVENT_NOUNS, PLATFORMS } from './data/channels.js'

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const byLength = (a: string, b: string) => b.length - a.length
const PLATFORM_ALT = [...PLATFORMS.keys()].sort(byLength).map(escapeRe).join('|')
const EVENT_ALT = [...EVENT_NOUNS].sort(byLength).map(escapeRe).join('|')

// "on Telegram", "on his Telegram channel", "in a post on X", "via social media".
const PLATFORM_RE = new RegExp(
  `\\b(?:on|via|through|across|to)\\s+(?:(?:his|her|their|its|the|an?|official|personal)\\s+){0,3}(${PLATFORM_ALT})\\b`,
  'gi',
)
// "in a Facebook post", "a Telegram message".
const PLATFORM_NOUN_RE = new RegExp(
  `\\b(${PLATFORM_ALT})\\s+(?:post|posts|message|video|statement|channel|account|page|feed|thread)\\b`,
  'gi',
)
// "in his evening address", "at a news conference", "in an interview with CNN".
const EVENT_RE = new RegExp(
  `\\b(?:in|during|at|on|from|via|through|after|before)\\s+(?:(?:a|an|the|his|her|their|its|this|that|[\\w-]+['’]s)\\s+)?((?:[\\w-]+\\s+){0,2}?)(${EVENT_ALT})\\b(?:\\s+(?:with|to)\\s+((?:the\\s+)?(?:[A-Z][\\w.&'’-]*\\s?)+))?`,
  'gi',
)

const AUDIENCE_ALT = [...AUDIENCE_EVENTS].sort(byLength).map(escapeRe).join('|')
// "told a news conference", "addressing a rally in Ohio": the audience is the event.
const AUDIENCE_RE = new RegExp(
  `\\b(?:told|tells|telling|addressed|addresses|addressing)\\s+(?:a|an|the|his|her|their|its)\\s+((?:[\\w-]+\\s+){0,2}?)(${AUDIENCE_ALT})\\b`,
  'gi',
)

// "told Reuters", "said to the BBC", "speaking to BBC Radio Cumbria": a statement made to an outlet.
const TOLD_OUTLET_RE =
  /\b(?:told|tells|telling|said to|speaking to|spoke to|talking to)\s+((?:the\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,4})/gu

/**
 * The outlet a capitalised run names ("BBC Radio Cumbria" for "bbc", "The New York Times"), or
 * null: the run opens with a known outlet (its first one to three words), the rest its programme
 * or station.
 */
function toldOutlet(run: string): string | null {
  const words = run.replace(/[.,;:]+$/, '').split(/\s+/)
  const bare = words[0]?.toLowerCase() === 'the' ? words.slice(1) : words
  for (let k = Math.min(3, bare.length); k >= 1; k--) {
    if (OUTLETS.has(bare.slice(0, k).join(' ').toLowerCase())) return bare.join(' ')
  }
  return null
}

/** Replaces the masked spans of `text[from, to)` with spaces, keeping offsets. */
function masked(text: string, from: number, to: number, masks: readonly Span[]): string {
  let s = text.slice(from, to)
  for (const m of masks) {
    const a = Math.max(m.start, from)
    const b = Math.min(m.end, to)
    if (b > a) s = s.slice(0, a - from) + ' '.repeat(b - a) + s.slice(b - from)
  }
  return s
}

/** The capitalised words at the start of `s` ("The Lagos Courier on Tuesday" → "The Lagos Courier"). */
function outletName(s: string): string | null {
  const words: string[] = []
  for (const w of s.trim().split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w) || /^(On|In|At|That|This)$/.test(w)) break
    words.push(w)
  }
  const name = words.join(' ').replace(/[.,;:]+$/, '')
  return name === '' || /^The$/.test(name) ? null : name
}

function platformName(found: string): string | null {
  const key = found.toLowerCase()
  // "X" the platform is written with a capital; "x" is a letter.
  if (key === 'x' && found !== 'X') return null
  return PLATFORMS.get(key) ?? null
}

/** An event's name with the modifiers worth keeping ("evening address", "televised speech"). */
function eventName(words: string, noun: string): string {
  const modifiers = words
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => EVENT_MODIFIERS.has(w))
  return [...modifiers, noun.toLowerCase()].join(' ')
}

/**
 * The channel named in `text[from, to)` outside the masked spans (the quoted words themselves):
 * a platform ("Telegram", "social media") before an event ("evening address", "press conference",
 * "interview with CNN"; "told Reuters" is an interview with Reuters). Null when none is named.
 *
 * @example
 * channelIn('Zelensky wrote on Telegram.', 0, 27, []) // 'Telegram'
 */
export function channelIn(
  text: string,
  from: number,
  to: number,
  masks: readonly Span[],
): string | null {
  const s = masked(text, from, to, masks)
  for (const re of [PLATFORM_RE, PLATFORM_NOUN_RE]) {
    re.lastIndex = 0
    for (const m of s.matchAll(re)) {
      const name = platformName(m[1] ?? '')
      if (name) return name
    }
  }
  for (const m of s.matchAll(AUDIENCE_RE)) return eventName(m[1] ?? '', m[2] ?? '')
  for (const m of s.matchAll(TOLD_OUTLET_RE)) {
    const outlet = toldOutlet(m[1] ?? '')
    if (outlet) return `interview with ${outlet}`
  }
  for (const m of s.matchAll(EVENT_RE)) {
    const noun = (m[2] ?? '').toLowerCase()
    // "post", "message", "video" and "call" alone are too loose without a platform.
    if (noun === 'post' || noun === 'message' || noun === 'video' || noun === 'appearance') continue
    const outlet = outletName(m[3] ?? '')
    const base = eventName(m[1] ?? '', noun)
    return outlet && (noun === 'interview' || noun === 'phone call')
      ? `${base} with ${outlet}`
      : base
  }
  return null
}
