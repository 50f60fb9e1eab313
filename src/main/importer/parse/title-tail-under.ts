// A title whose 文号 is set flush right on its last line, in a smaller face: pdftotext writes the 文号
// before that line's text, so the title's tail stands under the 文号 ('国务院办公厅关于…调查处理情况' /
// '（国办发〔2004〕7 号）' / '的通报'). The title over the 文号 stops short of its 文种, the line under
// it completes it.
import { compact, type SourceLine } from './lines'
import { docTypeOf } from './doc-type'

/**
 * The title's lines: those over the 文号 (`above`), and the one line under it (`below`, a title's
 * lines as titleLinesBelow reads them) when the lines above end in no 文种 and the two together do.
 */
export function withTailUnder(lines: SourceLine[], above: number[], below: number[]): number[] {
  if (above.length === 0 || below.length !== 1) return above
  const text = (idx: number[]): string => idx.map((k) => compact(lines[k].text)).join('')
  return docTypeOf(text(above)) === null && docTypeOf(text(above) + text(below)) !== null ? [...above, ...below] : above
}
