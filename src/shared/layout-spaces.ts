// Layout spaces next to CJK text, removed in one linear pass. The regex it replaces,
// /S+(?=C)|(?<=C)S+/g, retried from every position of a long space run that no CJK character
// followed: 80 000 non-breaking spaces between two Latin letters took over a minute.

/**
 * `s` without the runs of `isSpace` characters that touch a character where `isCjk` holds,
 * exactly as the old regex did (a run member that is itself CJK, such as U+3000 in both sets,
 * may survive alone). Each run is visited once: linear in `s`.
 */
export function dropSpacesNearCjk(
  s: string,
  run: RegExp,
  isCjk: (c: string | undefined) => boolean,
): string {
  return s.replace(run, (spaces: string, offset: number) => {
    if (isCjk(s[offset + spaces.length])) return ''
    let last = spaces.length - 1
    while (last >= 0 && !isCjk(spaces[last])) last--
    const before = last > 0 ? spaces[last - 1] : s[offset - 1]
    if (last < 0) return isCjk(before) ? '' : spaces
    return isCjk(before) ? '' : spaces[last]
  })
}

/** A one-character test from a character class body such as '\\u3400-\\u9fff'. */
export function charClassTest(body: string): (c: string | undefined) => boolean {
  const re = new RegExp(`^[${body}]$`)
  return (c) => c !== undefined && re.test(c)
}

// Characters that print nothing and take no room: zero-width space, non-joiner and joiner, word
// joiner, a byte-order mark inside the text, a soft hyphen. Text copied from web pages (and Word
// files pasted from them) carries them between characters, where they cut a 文号, a date or a
// heading's label apart for every rule that reads one.
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/** `s` without the characters that print nothing (ZERO_WIDTH). */
export function dropZeroWidth(s: string): string {
  return s.replace(ZERO_WIDTH, '')
}
