import { NOTICE_PATTERNS } from './data/notices.js'

const MENU_SEPARATORS = /\s+[|•·»›/]\s+|\s{3,}/
const SENTENCE_END = /[.!?…]["'”’»)]?$/u

/**
 * The reason a line is page furniture rather than article text, or null. A cascade:
 * 1. a notice pattern of the data module (text-to-speech, advertisement, cookies, newsletter,
 *    share/follow prompts, related links, navigation, comment counts, copyright, author footer,
 *    credits, tips, separators), within its length bound;
 * 2. a menu: three or more short items joined by `|`, `•`, `·`, `»` or wide gaps, with no
 *    sentence among them → 'navigation'.
 *
 * @example
 * noticeReason('This audio is created with AI assistance') // → 'notice:text-to-speech'
 * noticeReason('Home | World | Business | Sport')          // → 'navigation'
 */
export function noticeReason(line: string): string | null {
  return patternReason(line) ?? (isMenu(line) ? 'navigation' : null)
}

/** Step 1 of {@link noticeReason}: the reason of the first notice pattern that matches, or null. */
export function patternReason(line: string): string | null {
  for (const p of NOTICE_PATTERNS) {
    if (line.length <= p.maxLength && p.re.test(line)) return p.reason
  }
  return null
}

/** Step 2 of {@link noticeReason}: three or more short items joined by separators, no sentence. */
export function isMenu(line: string): boolean {
  if (line.length > 300 || SENTENCE_END.test(line)) return false
  const items = line.split(MENU_SEPARATORS)
  return items.length >= 3 && items.every((i) => i.split(' ').length <= 4)
}
