// GB/T 9704-2012 page geometry in PDF points (1 mm = 2.8346 pt); the clause is in each comment.
export const MM = 2.8346
export const PAGE_WIDTH = 595.28 // A4, 5.1
export const PAGE_HEIGHT = 841.89
export const MARGIN_LEFT = 79.37 // 订口 28 mm, 5.2.1
export const MARGIN_TOP = 104.88 // 天头 37 mm, 5.2.1
export const BLOCK_WIDTH = 442.2 // 版心 156 mm
export const BLOCK_HEIGHT = 637.8 // 版心 225 mm
export const BLOCK_RIGHT = MARGIN_LEFT + BLOCK_WIDTH
export const BLOCK_BOTTOM = MARGIN_TOP + BLOCK_HEIGHT
export const LINES_PER_PAGE = 22 // 5.2.3
export const CHARS_PER_LINE = 28
export const LINE_PITCH = BLOCK_HEIGHT / LINES_PER_PAGE // 28.99
export const CHAR_PITCH = BLOCK_WIDTH / CHARS_PER_LINE // 15.793

/** Font sizes by 号 (5.2.2). */
export const SIZE_2 = 22
export const SIZE_3 = 16
export const SIZE_4 = 14
export const BODY_SIZE = SIZE_3
/** 28 × 16 pt overflows the block: each cell is tightened by this much (−0.207 pt). */
export const BODY_SPACING = CHAR_PITCH - BODY_SIZE

/** Page number: 7 mm below the block (7.5). */
export const PAGE_NUMBER_GAP = 7 * MM
/** Masthead (发文机关标志) top edge sits 35 mm below the block's top edge (7.2.4). */
export const MASTHEAD_OFFSET = 35 * MM
/** Red rule 4 mm under the 文号 (7.2.5). */
export const MASTHEAD_RULE_GAP = 4 * MM
export const RED = '#e60012'

/** Fraction of the em above the baseline in CJK faces (ascent 880/1000 in Fandol). */
export const ASCENT = 0.88

/** Baseline of a line of `size` pt text whose grid line starts at `lineTop`: em box centred. */
export function baselineIn(lineTop: number, size: number): number {
  return lineTop + (LINE_PITCH - size) / 2 + ASCENT * size
}

/** Top of grid line `index` (0-based) on any page. */
export function lineTop(index: number): number {
  return MARGIN_TOP + index * LINE_PITCH
}

/** Width of `n` body cells. */
export function cells(n: number): number {
  return n * CHAR_PITCH
}
