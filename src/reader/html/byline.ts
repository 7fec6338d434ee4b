import { BYLINE_PREFIXES, BYLINE_ROLES, NOT_NAMES } from './data/byline-words.js'
import { decodeEntities } from './dom.js'

const MAX_NAME_CHARS = 60
const MAX_NAME_WORDS = 6

const PREFIX = new RegExp(`^(?:${BYLINE_PREFIXES.join('|')})\\s*:?\\s+`, 'i')
// Date-ish tails: "| 12.03.2020", "on March 3", "- 3 hours ago", "Updated ...", "am 3. Mai"; and
// an author box's link to the author's page ("Alle Artikel", "All articles").
const TAIL =
  /\s*(?:[|•·–—]|\s-\s|\bon\s+\d|\bon\s+[A-Z][a-z]+\.?\s+\d|\bam\s+\d|\ble\s+\d|\bel\s+\d|\bupdated\b|\b(?:alle|mehr) (?:artikel|beiträge)\b(?! von)|\b(?:all|more) (?:articles|posts)\b(?! by)|\baktualisiert\b|\bpublished\b|\bveröffentlicht\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}).*$/i
// Between names: punctuation, "and" in the dev set's languages, and an interview's "im Gespräch
// mit" / "in conversation with" (both are the authors of the piece).
const AUTHOR_FIELD = /\b(?:autor(?:in)?|author|verfasser(?:in)?)\s*:\s*/i
const NEXT_FIELD = /(?:quelle|source|datum|date|fotos?|bild(?:er)?|photos?)\s*:.*$/i
const SEPARATOR =
  /\s*(?:,|;|\/|&|\+)\s*|\s+(?:and|und|et|y|e|oraz|i|en|og|och|im [Gg]espräch mit|in conversation with)\s+/
const ROLE = new RegExp(
  `^(?:${[...BYLINE_ROLES, ...BYLINE_PREFIXES, ...NOT_NAMES].join('|')})s?$`,
  'i',
)
// Photo and graphics credits in a byline name other contributors than the authors.
const CREDIT =
  /^\s*(?:fotos?|photos?|bilder?|illustrations?|grafik|graphics?|video)\s*(?::|by\b|von\b)/i
const URL_LIKE = /^(?:https?:|www\.)|^[\w.-]+\.[a-z]{2,}\/\S/i

function cleanName(raw: string): string | null {
  const name = raw
    .replace(PREFIX, '')
    .replace(/\s*\([^)]*\)?/g, '')
    .replace(/^[\s"'“”„«»([@]+|[\s"'“”„«»)\].:,;]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (name.length < 2 || name.length > MAX_NAME_CHARS) return null
  if (/https?:|www\.|@|\d{3,}|[<>{}=]|\d{1,2}[:.]\d{2}/.test(name)) return null
  if (name.split(' ').length > MAX_NAME_WORDS) return null
  if (ROLE.test(name)) return null
  if (!/\p{L}/u.test(name)) return null
  return name
}

/**
 * The person names in a byline: "By Ann Lee and Bo Chen, Reporters | 6 Nov 2024" gives
 * `['Ann Lee', 'Bo Chen']`. Drops a leading "By"/"Von"/"Par"..., trailing dates and roles, and
 * anything that looks like a URL, e-mail or sentence. Names are kept as written (case included).
 *
 * @example
 * namesFromByline('Von Anna Schmidt und Jan Kowalski') // ['Anna Schmidt', 'Jan Kowalski']
 */
export function namesFromByline(byline: string | null | undefined): string[] {
  if (!byline) return []
  let text = decodeEntities(byline)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
  if (text.length > 200 || URL_LIKE.test(text)) return []
  // A block of labelled fields ("Datum: 19.11.2021 Autor: Jana Berg Quelle: Agentur"): the
  // author's field alone, up to the next label (labels may be glued to the name before them).
  const field = AUTHOR_FIELD.exec(text)
  if (field && field.index > 0)
    text = text.slice(field.index + field[0].length).replace(NEXT_FIELD, '')
  text = text.replace(PREFIX, '').replace(TAIL, '')
  const names: string[] = []
  const seen = new Set<string>()
  for (const part of text.split(SEPARATOR)) {
    if (CREDIT.test(part)) continue
    const name = cleanName(part)
    if (!name) continue
    const key = name.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    names.push(name)
  }
  return names
}

/**
 * The names in an author value from JSON-LD or a meta tag: a string (read as a byline), an object
 * (`name`, or `givenName` + `familyName`), or an array of either. URLs are never names.
 *
 * @example
 * namesFromAuthorValue([{ '@type': 'Person', name: 'Ann Lee' }, 'Bo Chen']) // ['Ann Lee', 'Bo Chen']
 */
export function namesFromAuthorValue(value: unknown): string[] {
  const out: string[] = []
  const add = (v: unknown, depth: number) => {
    if (depth > 3 || v === null || v === undefined) return
    if (typeof v === 'string') {
      out.push(...namesFromByline(v))
    } else if (Array.isArray(v)) {
      for (const x of v) add(x, depth + 1)
    } else if (typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o.name === 'string' || Array.isArray(o.name)) add(o.name, depth + 1)
      else if (typeof o.givenName === 'string' || typeof o.familyName === 'string') {
        add(`${o.givenName ?? ''} ${o.familyName ?? ''}`.trim(), depth + 1)
      }
    }
  }
  add(value, 0)
  const seen = new Set<string>()
  return out.filter((n) => {
    const k = n.toLowerCase()
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
