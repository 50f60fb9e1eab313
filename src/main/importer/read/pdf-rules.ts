// The ruling lines of a PDF page through pdf.js's operator list (see layout/ruling-lines).
import { rulesFromOps, type OpCodes, type Rule } from '../layout/ruling-lines'

type Ops = typeof import('pdfjs-dist/legacy/build/pdf.mjs')['OPS']

interface OperatorPage {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>
}

function codes(ops: Ops): OpCodes {
  return {
    save: ops.save,
    restore: ops.restore,
    transform: ops.transform,
    constructPath: ops.constructPath,
    fills: [ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke],
    strokes: [ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke],
  }
}

/**
 * Every ruling segment the page draws, in page points (y upwards). A page whose drawing cannot be
 * read still has its text: its tables are then read as lines, as before.
 */
export async function pageRules(page: OperatorPage, ops: Ops): Promise<Rule[]> {
  try {
    const list = await page.getOperatorList()
    return rulesFromOps(list.fnArray, list.argsArray, codes(ops))
  } catch {
    return []
  }
}
