/** One benchmark figure. */
export interface BenchResult {
  readonly name: string
  readonly items: number
  readonly unit: string
  readonly ms: number
  readonly peakRssBytes: number
}

/**
 * Times `fn` over every item after a warm-up of `warmup` items, sampling RSS to find the peak.
 * `count` says how many units (documents, tokens) one item is worth.
 */
export function measure<T>(
  name: string,
  unit: string,
  items: readonly T[],
  fn: (item: T) => void,
  count: (item: T) => number = () => 1,
  warmup = Math.min(20, items.length),
): BenchResult {
  for (let i = 0; i < warmup; i++) fn(items[i] as T)
  globalThis.gc?.()
  let peak = process.memoryUsage.rss()
  let units = 0
  const t0 = performance.now()
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T
    fn(item)
    units += count(item)
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage.rss())
  }
  const ms = performance.now() - t0
  peak = Math.max(peak, process.memoryUsage.rss())
  return { name, items: units, unit, ms, peakRssBytes: peak }
}
