// 登记扫描件 read by OCR on request: what each registered document got, and where the scan's text
// disagrees with what staff typed (their fields are kept; the disagreements are shown).

/** A field staff typed that the scan's text reads otherwise (or does not show). */
export interface ScanOcrDisagreement {
  field: 'title' | 'docNumber' | 'date'
  /** 标题 / 文号 / 成文日期 */
  label: string
  typed: string | null
  /** What the scan's text shows; null when it shows none. */
  ocr: string | null
}

export interface ScanOcrDocument {
  id: number
  title: string
  pageFrom: number
  pageTo: number
  /** The body was filled from the scan's text (false: no text found on its pages). */
  filled: boolean
  /** Characters of body text filled in. */
  characters: number
  /** Characters of it OCR was unsure of. */
  unsure: number
  disagreements: ScanOcrDisagreement[]
}

export interface ScanOcrOutcome {
  issueId: number
  pages: number
  documents: ScanOcrDocument[]
}

/** OCR of a registered scan starts page `page` of `pages` (the `scanOcrProgress` event). */
export interface ScanOcrProgress {
  issueId: number
  page: number
  pages: number
}
