// Small statistics the readers, the parser and the OCR share.

/** The middle value (the upper of the two middles for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** The value met most often; the first met among equals; undefined for none. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const count = new Map<T, number>()
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1)
  let best: T | undefined
  for (const [v, n] of count) if (best === undefined || n > (count.get(best) ?? 0)) best = v
  return best
}
