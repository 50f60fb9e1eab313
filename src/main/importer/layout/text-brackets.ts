// Brackets across a column's line break. A paragraph closes every bracket it opens ('（负责部门：
// 海关总署）', '《…》', '“…”'), so a line that closes a bracket it never opened is the rest of a
// line that left one open, in its own column: '门：药监局）' goes on from '…备案管理。（负责部',
// not from the line beside it that closed its own note ('诺制。（负责部门：住房城乡建设部）'),
// however full that line runs.

const OPENERS = '（(《“〔【'
const CLOSERS = '）)》”〕】'

/** A line's brackets: how many it closes that it never opened, and how many it leaves open. */
export interface Brackets {
  closes: number
  opens: number
}

export function bracketsOf(text: string): Brackets {
  let depth = 0
  let closes = 0
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++
    else if (CLOSERS.includes(ch)) {
      if (depth > 0) depth--
      else closes++
    }
  }
  return { closes, opens: depth }
}

/**
 * What reading `line` right after `prev` in one column costs when `line` closes a bracket that
 * `prev` left none open for. Measured on the joined three-column rows of web3-sw-noto9: from 1.5
 * up the reading is the same (paragraphs 144 → 153); at 1 a closing's line goes to the wrong
 * document unflagged.
 */
const BRACKET_UNOPENED = 2

export function bracketCost(prev: string, line: string): number {
  return bracketsOf(line).closes > 0 && bracketsOf(prev).opens === 0 ? BRACKET_UNOPENED : 0
}
