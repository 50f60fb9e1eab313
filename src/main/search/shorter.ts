// Shorter words to offer when a query finds nothing at all (全民健身量子 → 全民健身): the longest
// beginnings and endings of the query that do find documents.
const MAX_CHARS = 12
const MAX_WORDS = 2

/** Up to two parts of `query` (2+ characters, longest first) for which `finds` is true. */
export function shorterWords(query: string, finds: (word: string) => boolean): string[] {
  const chars = [...query.trim()]
  if (chars.length < 3 || chars.length > MAX_CHARS || /\s/.test(query.trim())) return []
  const out: string[] = []
  for (let len = chars.length - 1; len >= 2 && out.length < MAX_WORDS; len--) {
    for (const start of new Set([0, chars.length - len])) {
      const word = chars.slice(start, start + len).join('')
      if (out.length < MAX_WORDS && !out.some((w) => w.includes(word)) && finds(word)) out.push(word)
    }
  }
  return out
}
