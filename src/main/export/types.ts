// Layout output: positioned runs and rules on pages; what the PDF writer draws, nothing more.
export type FontKey = 'fang' | 'song' | 'songBold' | 'hei' | 'kai'

/** Advance width in pt of `text` in `font` at `size`, without character spacing. */
export type Measure = (text: string, font: FontKey, size: number) => number

export interface Run {
  x: number
  y: number // baseline, from the page top
  text: string
  font: FontKey
  size: number
  charSpacing: number
  color?: string
}

export interface Rule {
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  color?: string
}

export interface LayoutPage {
  runs: Run[]
  rules: Rule[]
  /** Index into the body grid: how many of the 22 lines are used (for tests). */
  linesUsed: number
  blank?: boolean
}

export interface LayoutResult {
  pages: LayoutPage[]
}

export interface LayoutOptions {
  /** Red 发文机关标志 (issuer + 文件) with the red rule under the 文号. */
  masthead?: boolean
  /** Provenance printed small in the footer of every page; true builds it from the document. */
  sourceLine?: string | boolean
  /** First page number (combined exports restart at 1 per document). */
  firstPageNumber?: number
}
