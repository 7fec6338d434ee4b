/** A half-open range of line indices: the article among a page's lines. */
export interface LineRange {
  readonly start: number
  readonly end: number
}

/**
 * The densest contiguous run of lines: the range with the largest sum of line scores (Kadane's
 * maximum-sum subarray, one pass). Prose lines score positive and furniture negative, so the run
 * is the article, extended over the short lines (subheads, one-line quotes) between its
 * paragraphs as long as the paragraphs on both sides outweigh them. When no line scores
 * positive there is no article to find: the whole page is returned.
 *
 * @example
 * densestRun([-1, -1, 4, 3, -0.5, 5, -1]) // → { start: 2, end: 6 }
 */
export function densestRun(scores: readonly number[]): LineRange {
  let best = 0
  let bestStart = 0
  let bestEnd = 0
  let sum = 0
  let start = 0
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += scores[i] as number
    if (sum > best) {
      best = sum
      bestStart = start
      bestEnd = i + 1
    }
  }
  if (best <= 0) return { start: 0, end: scores.length }
  return { start: bestStart, end: bestEnd }
}

/**
 * The best run of lines starting at or after `from` (the line after the headline), where each
 * line of distance between `from` and the run's start costs `penalty`: the article follows its
 * headline, so a nearer run wins over a slightly denser one further down (comments, an author
 * box). The run starts before `stop` (a line closing the article, see the caller), though it
 * may end after it. One pass over prefix sums. Returns the run and its score.
 *
 * @example
 * runAfter([5, -1, -1, 6, 2], 0, 0.5) // → { start: 0, end: 5, sum: 11 }
 * runAfter([2, -4, 6, 2], 0, 0.25, 1) // → { start: 0, end: 4, sum: 6 }
 */
export function runAfter(
  scores: readonly number[],
  from: number,
  penalty: number,
  stop: number = scores.length,
): LineRange & { readonly sum: number } {
  let prefix = 0
  // max over s of (-prefix[s] - penalty * (s - from)), for s up to the current line.
  let bestStartValue = 0
  let bestStartIndex = from
  let best = Number.NEGATIVE_INFINITY
  let range = { start: from, end: from }
  for (let i = from; i < scores.length; i++) {
    const value = -prefix - penalty * (i - from)
    if (i < stop && (value > bestStartValue || i === from)) {
      bestStartValue = value
      bestStartIndex = i
    }
    prefix += scores[i] as number
    if (prefix + bestStartValue > best) {
      best = prefix + bestStartValue
      range = { start: bestStartIndex, end: i + 1 }
    }
  }
  return { ...range, sum: best === Number.NEGATIVE_INFINITY ? 0 : best }
}
