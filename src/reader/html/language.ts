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
  const eld = loadDetector()
  if (!eld) return null
  const result = eld.detect(text.slice(0, SAMPLE_CHARS))
  return result.language !== '' && result.isReliable() ? result.language : null
}
