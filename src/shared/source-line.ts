// The line model every reader hands the parser: text, plus whatever the source knows of the line.
// Pure types, no imports: readers (text, Word, PDF, later OFD and OCR) and the parser share them.

/** 小标宋 / 加粗宋 / 宋 / 黑 / 楷 / 仿宋, or a face we cannot place. */
export type FontClass = 'biaosong' | 'song-bold' | 'song' | 'hei' | 'kai' | 'fangsong' | 'other'

export type Align = 'left' | 'centre' | 'right' | 'full'

/** What a page-based source (PDF; later OFD, OCR) knows of a line. Lengths in PDF points. */
export interface LineLayout {
  /** Physical page, 1-based. */
  page: number
  /** The page number printed on the page ('3' for '— 3 —'), when a footer or head shows one. */
  pageLabel?: string
  /** 0-based column, in reading order; spanning lines (titles over both columns) have 0. */
  column: number
  /** Columns on this part of the page: 1, 2 or 3. */
  columns: number
  /** The line crosses the gutter (a title over both columns). */
  spans: boolean
  /** Left and right ends of the first visual line's ink, from the page's left edge. */
  x0: number
  x1: number
  /** Baseline, from the page's top edge. */
  y: number
  /** Font size in points, and as a share of the document's body size (1 = body text). */
  size: number
  relSize: number
  font: FontClass
  /** The embedded font's name without its subset prefix ('FZXiaoBiaoSong-B05S'), when known. */
  fontName?: string
  bold: boolean
  align: Align
  /** Distance from the column's left edge, in ems of the line's size (2 = a 公文 paragraph). */
  indent: number
  /** Extra vertical space before the line, in lines (0 = tight). */
  gapBefore: number
  /** Visual lines joined into this one (a paragraph the PDF wrapped); 1 when not joined. */
  parts: number
  /**
   * Measured from a scan's OCR boxes, not read from the file: a short line's size is off by up
   * to a fifth (the detector's margins, brackets set narrow), so sizes compare loosely.
   */
  measured?: boolean
  /**
   * The running heads and footers of the line's page, as printed (the reader removed them from the
   * text): the gazette's name with its 期, a section's name. The parser falls back on them when
   * the issue has no cover or no 目录.
   */
  heads?: string[]
}

/**
 * One line of the derived text, in reading order, running heads and page numbers removed.
 * `no` is its 1-based line number in `SourceText.text`, so the parser's line numbers agree.
 */
export interface SourceLine {
  no: number
  text: string
  /** Present for page-based sources; text files and Word give text alone. */
  layout?: LineLayout
  /**
   * The source itself marks the line as a whole paragraph (a Word paragraph that was not wrapped
   * by hand): the parser never runs it on into the next line. Absent where lines may be wraps.
   */
  whole?: boolean
  /** The line was read from a scan by OCR: how sure the engine was, and where. */
  ocr?: OcrMarks
}

/** What OCR knows of a line it read. Indexes are code units of the line's `text`. */
export interface OcrMarks {
  /** The lowest confidence (0–1) of the line's parts. */
  confidence: number
  /** Characters read with low confidence, for highlighting. */
  low: number[]
  /** Characters changed by the repair step (文号 brackets, dates), never silently. */
  repaired: number[]
}
