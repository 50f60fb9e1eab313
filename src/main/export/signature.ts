// 署名 and 成文日期 without a seal (7.3.5.2): positions relative to the block's left edge.
import { BLOCK_WIDTH, cells } from './grid'

export interface SignaturePlacement {
  unitX: number[] // one per signature line, right edges aligned
  dateX: number
}

/**
 * The unit is right-aligned with two characters of space to its right; the date starts two
 * characters right of the unit's first character. When the date is the longer, the date gets
 * the two-character right space and the unit moves left to match.
 */
export function placeSignature(unitWidths: number[], dateWidth: number): SignaturePlacement {
  const right = BLOCK_WIDTH - cells(2)
  const widest = Math.max(0, ...unitWidths)
  let unitRight = right
  let dateX = right - widest + cells(2)
  if (dateX + dateWidth > right + 0.01) {
    dateX = right - dateWidth
    unitRight = dateX - cells(2) + widest
  }
  return { unitX: unitWidths.map((w) => unitRight - w), dateX }
}
