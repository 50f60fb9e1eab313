// A pure function of one string, remembered: the importer asks the same question of the same line
// many times (is it a 文号's line, does it stop a header) as each pass of the parser looks again.

/** Entries kept before the memory starts afresh: an issue's lines, many times over. */
const LIMIT = 50_000

/** `fn` remembered by its argument. `fn` must be pure, and its result never changed by a caller. */
export function memoText<T>(fn: (text: string) => T, limit = LIMIT): (text: string) => T {
  const known = new Map<string, T>()
  return (text: string): T => {
    const hit = known.get(text)
    if (hit !== undefined || known.has(text)) return hit as T
    const value = fn(text)
    if (known.size >= limit) known.clear()
    known.set(text, value)
    return value
  }
}
