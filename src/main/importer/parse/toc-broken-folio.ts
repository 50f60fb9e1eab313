// A 目录 page printed as the folio ('·20·') broken at the line's end: its opening mark stays on
// the entry's last line ('…工作的通知 ·') and the number with its closing mark goes on the next
// ('20·'). Alone, that line would pass for nothing an entry ends with.
import { toHalfWidth } from '../../../shared/doc-number'
import { trimEndWhere } from './lines'
import { isSpace } from './toc-entry'

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
