// A folio broken over two of a 目录's lines by pdftotext: its opening mark left at the end of the
// entry's line ('…的复函 . . ·'), its page and closing mark on the next ('19·'; toc-fragments.ts).
import { docTypeOf } from './doc-type'

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
