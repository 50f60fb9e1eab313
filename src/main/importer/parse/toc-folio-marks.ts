// A folio ('·20·') broken over two of a 目录's lines by pdftotext: its opening mark left at the end
// of the entry's line ('…的复函 . . ·', '…工作的通知 ·'), its page and closing mark on the next
// ('19·'). Both 目录 readers meet it: the pieces reader (toc-fragments.ts, folioOpened) and the
// line reader (toc.ts, brokenFolio), where alone that line would pass for nothing an entry ends with.
import { docTypeOf } from './doc-type'
import { toHalfWidth } from '../../../shared/doc-number'
import { trimEndWhere } from './lines'
import { isSpace } from './toc-entry'

/** A line's end with leaders and a folio's opening mark ('…的复函..·', '…的批复.·'; the text compacted). */
const FOLIO_OPENED = /(?:[.．…⋯·•]\s?){1,}[·•\-－—]$/

/**
 * The line's text without the folio's opening mark it ends with (its page on the next line), or
 * null when it ends with none: after leaders, or right after the title's 文种 where the line is
 * full and the leaders squeezed out ('…使用期限的批复·' / '4·').
 */
export function folioOpened(text: string): string | null {
  if (FOLIO_OPENED.test(text)) return text.replace(FOLIO_OPENED, '')
  const squeezed = /^(.*[\u4e00-\u9fff])[·•]$/.exec(text)
  return squeezed && docTypeOf(squeezed[1]) !== null ? squeezed[1] : null
}

const REST = /^\s*(\d{1,4})\s?[·•]\s*$/
const OPENED = /[·•]$/

/**
 * The entry waiting in `buffer` ends with the folio's opening mark and `text` is its number and
 * closing mark: the buffer without the mark, and the page; otherwise null.
 */
export function brokenFolio(text: string, buffer: string): { buffer: string; page: number } | null {
  const m = REST.exec(toHalfWidth(text))
  if (!m) return null
  const kept = trimEndWhere(buffer, isSpace)
  // The mark is set apart from the title ('通知 ·'), or after dot leaders ('. . . ·').
  if (!OPENED.test(kept) || !/[\s.…·•]$/.test(kept.slice(0, -1))) return null
  return { buffer: trimEndWhere(kept.slice(0, -1), isSpace), page: Number(m[1]) }
}

/**
 * A page label broken over two of a 目录's lines, the other column's line between perhaps: the
 * entry's line ends with '第' ('…（国发〔2018〕42 号）第' / '1页') or with '第' and the page ('…的通知 第 4'
 * / '页'). The entry's text without the label's head, and the page; null when the two make no label.
 */
export function labelJoined(head: string, tail: string): { text: string; page: number } | null {
  const t = toHalfWidth(tail).replace(/\s+/g, '')
  const h = trimEndWhere(head, isSpace)
  const whole = /^(\d{1,4})页$/.exec(t)
  if (whole && h.endsWith('第')) return { text: h.slice(0, -1), page: Number(whole[1]) }
  const before = /第\s*(\d{1,4})$/.exec(toHalfWidth(h))
  if (t === '页' && before) return { text: trimEndWhere(h.slice(0, before.index), isSpace), page: Number(before[1]) }
  return null
}
