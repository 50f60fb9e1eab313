// How alike a body's title is to its 目录 entry's: brackets, dashes, widths and the issuer prefix
// the 目录 may print aside; a misprint scores near 1, another column's text run in stands apart.

// Brackets, quotes and the width or length of a dash are typesetting; a dash present or missing is not.
const flat = (t: string): string =>
  t.normalize('NFKC').replace(/[\s()（）《》“”"'‘’·]/g, '').replace(/[—–－-]+/g, '-')

/**
 * How alike the body's title is to the 目录's: 1 when equal up to the issuer prefix the 目录 may
 * print before 关于 (and brackets, dashes, widths); else the share covered by their common start
 * and end, so one wrong character in a long title still scores high.
 */
export function titleLikeness(toc: string, title: string): number {
  const { a, b, pre, suf } = titleEnds(toc, title)
  if (a === b || (b.length >= 4 && a.endsWith(b)) || (a.length >= 4 && b.endsWith(a))) return 1
  return (pre + suf) / Math.max(a.length, b.length, 1)
}

/**
 * The characters one title holds in its middle that the other lacks, when that is all that parts
 * them (0 otherwise): text of the other column run into a title (`魏家对省道滩至`), or a piece of it
 * lost, rather than a misprint.
 */
export function titleRunApart(toc: string, title: string): number {
  const { a, b, pre, suf } = titleEnds(toc, title)
  if (pre === 0 || suf === 0 || pre + suf !== Math.min(a.length, b.length)) return 0
  return Math.abs(a.length - b.length)
}

/** Both titles flat (the 目录's from its 关于 when the body's opens there), and the run they share at each end. */
function titleEnds(toc: string, title: string): { a: string; b: string; pre: number; suf: number } {
  const b = flat(title)
  const full = flat(toc)
  // The 目录 may print the issuer before 关于; the body's title is kept without it.
  const a = b.startsWith('关于') && full.includes('关于') ? full.slice(full.indexOf('关于')) : full
  const short = Math.min(a.length, b.length)
  let pre = 0
  while (pre < short && a[pre] === b[pre]) pre++
  let suf = 0
  while (suf < short - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++
  return { a, b, pre, suf }
}
