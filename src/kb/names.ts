import { NAME_PARTICLES, TOKEN_FOLDS } from './data/transliteration.js'

/**
 * Folds one name token: lower case, no diacritics, transliteration variants folded
 * (see `data/transliteration.ts`).
 *
 * @example
 * foldToken('Zelenskyy') === foldToken('Zelenskiy') // true
 */
export function foldToken(token: string): string {
  let t = token
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  if (t.length < 3 || /\d/.test(t)) return t
  for (const [pattern, replacement] of TOKEN_FOLDS) t = t.replace(pattern, replacement)
  return t
}

/** The folded tokens of a name, without honorifics and particles ("Mr.", "Jr."). */
export function nameTokens(name: string): string[] {
  const out: string[] = []
  for (const raw of name.split(/[\s\-‐–—_.,'’]+/)) {
    if (raw === '') continue
    const plain = raw.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
    if (plain === '' || NAME_PARTICLES.has(plain)) continue
    const folded = foldToken(raw)
    if (folded !== '') out.push(folded)
  }
  return out
}

/**
 * The resolution key of a name: its folded tokens joined by spaces. Variants of one name meet:
 * "Volodymyr Zelensky", "Volodymyr Zelenskiy" and "Wolodymyr Selenskyj" do not all (the last is
 * German), but the English romanisations do.
 *
 * @example
 * nameKey('Volodymyr Zelenskyy') === nameKey('Volodymyr Zelensky') // true
 */
export function nameKey(name: string): string {
  return nameTokens(name).join(' ')
}

/** The key of a name written as a query: the same folding, so queries find every variant. */
export const queryKey = nameKey

/** Folds a role title to a comparable word ("President", "president" → "president"). */
export function roleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/\s+/g, '_')
}
