import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean }
}

/** Characters of body text given to the detector: enough for a stable guess, cheap to score. */
const SAMPLE_CHARS = 1500

let detector: Detector | null | undefined

/**
 * eld's smallest model, loaded on first use (about 140 ms), so pages that declare their language
 * and plain-text runs never pay for it. eld ships ESM only; Node >= 20.19 can `require` it, which
 * keeps the reader synchronous. If it cannot load, detection is off and language stays null.
 */
function loadDetector(): Detector | null {
  if (detector !== undefined) return detector
  try {
    const require = createRequire(import.meta.url)
    const path = fileURLToPath(import.meta.resolve('eld/extrasmall'))
    detector = (require(path) as { eld: Detector }).eld
  } catch {
    // Older Node without require(esm): language detection is unavailable, not an error per page.
    detector = null
  }
  return detector
}

/**
 * An ISO 639-1 code from a declared language: `de-DE`, `de_AT`, `EN` give `de`, `de`, `en`.
 * Returns null for anything else (`x-default`, `German`, empty).
 *
 * @example
 * languageCode('pt-BR') // 'pt'
 */
export function languageCode(value: string | null | undefined): string | null {
  if (!value) return null
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]{2,8})*\s*(?:[,;]|$)/i.exec(value)
  return m ? (m[1] as string).toLowerCase() : null
}

/**
 * The language of a body text by eld (ISO 639-1), or null when the text is too short or the guess
 * is not reliable.
 *
 * @example
 * detectLanguage('Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.') // 'de'
 */
export function detectLanguage(text: string): string | null {
  if (text.trim().length < 20) return null
  if (plainEnglish(text)) return 'en'
  const eld = loadDetector()
  if (!eld) return null
  const result = eld.detect(text.slice(0, SAMPLE_CHARS))
  return result.language !== '' && result.isReliable() ? result.language : null
}

/** English function words: a fifth of a text's words or more is English beyond doubt. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to in a is that for on was with as by it he at from his be are has have said were had not this which but its an they their who will been would'.split(
    ' ',
  ),
)

/**
 * A fast path for the commonest case: 40 or more words of the opening, at least a fifth of them
 * English function words ("the", "of", "and", "said"...). Other languages share few of them (a
 * German or French text scores a few per cent: "in", "a", "on"), so eld decides the rest. About
 * 20 times cheaper than the detector on an English article.
 */
function plainEnglish(text: string): boolean {
  const words = text
    .slice(0, 800)
    .toLowerCase()
    .match(/\p{L}+/gu)
  if (!words || words.length < 40) return false
  let hits = 0
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++
  return hits >= words.length * 0.2
}
