import { findDates } from './dates.js'

/** A metadata line a scraper writes above the page text: `date 2024-11-06`, `title: ...`. */
export interface HeaderLine {
  readonly key: 'date' | 'title' | 'url' | 'author' | 'source' | 'language' | 'id'
  readonly value: string
  /** The header as it stands in the line ("date 2024-11-06"). */
  readonly text: string
  /** What follows the header in the same line, glued to it by the scraper, or ''. */
  readonly rest: string
}

const KEYS: Record<string, HeaderLine['key']> = {
  date: 'date',
  title: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  source: 'source',
  site: 'source',
  domain: 'source',
  author: 'author',
  authors: 'author',
  language: 'language',
  lang: 'language',
  id: 'id',
}
const HEAD =
  /^(date|title|headline|url|link|source|site|domain|author|authors|language|lang|id)\s*[:=]?\s+(?=\S)/i
const URLISH = /^(?:https?:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?)/i

/**
 * Reads a scraper's metadata line at the top of a page, or returns null. A date or URL header may
 * have the page's first text glued to it (" date 2025-03-02 Skip to content"): that text is
 * returned in `rest` so the caller classifies it on its own.
 *
 * @example
 * parseHeader('date 2025-03-02 Skip to content')
 * // → { key: 'date', value: '2025-03-02', text: 'date 2025-03-02', rest: 'Skip to content' }
 */
export function parseHeader(line: string): HeaderLine | null {
  const m = HEAD.exec(line)
  if (!m) return null
  const key = KEYS[(m[1] as string).toLowerCase()] as HeaderLine['key']
  const after = line.slice(m[0].length)
  let valueLength = after.length
  if (key === 'date') {
    const d = findDates(after)[0]
    if (d?.start !== 0) return null
    // A time right after the date belongs to the header too.
    const time = /^[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?/.exec(after.slice(d.end))
    valueLength = d.end + (time ? time[0].length : 0)
    const value = d.date
    const text = line.slice(0, m[0].length + valueLength)
    return { key, value, text, rest: after.slice(valueLength).trim() }
  }
  if (key === 'url') {
    const u = URLISH.exec(after)
    if (!u) return null
    valueLength = u[0].length
  } else if (!/[:=]/.test(m[0])) {
    // "Title fight ends...", "ID theft" without a colon are headlines, not headers.
    return null
  } else if (key === 'id' || key === 'language') {
    valueLength = after.search(/\s|$/)
  }
  const value = after.slice(0, valueLength).trim()
  return {
    key,
    value,
    text: line.slice(0, m[0].length + valueLength),
    rest: after.slice(valueLength).trim(),
  }
}
