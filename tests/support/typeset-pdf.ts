// A tiny typesetter for layout tests: paragraphs flowed into columns with pdfkit, in the
// fonts that ship in resources/fonts (仿宋 body, 黑体 and 楷体 headings, bold 宋 titles).
import { join } from 'node:path'
import PDFDocument from 'pdfkit'

const FONTS = join(__dirname, '../../resources/fonts')
export const FONT = {
  fang: join(FONTS, 'FandolFang-Regular.otf'),
  hei: join(FONTS, 'FandolHei-Regular.otf'),
  kai: join(FONTS, 'FandolKai-Regular.otf'),
  songBold: join(FONTS, 'FandolSong-Bold.otf'),
  song: join(FONTS, 'FandolSong-Regular.otf'),
}

export const PAGE = { width: 595, height: 842, top: 90, bottom: 770, left: 60 }
export const BODY = 10.5
export const PITCH = 18

/** One line placed on a page (y from the top, as pdfkit measures). */
export interface Placed {
  page: number
  text: string
  x: number
  y: number
  font: string
  size: number
}

export interface Para {
  text: string
  font?: string
  size?: number
  /** First-line indent in ems (2 for body paragraphs). */
  indent?: number
  centre?: boolean
}

/** Column frames: `n` columns of `chars` body characters, with a 2-em gutter. */
export function frames(n: number, chars: number): { x: number; width: number }[] {
  const width = chars * BODY
  return Array.from({ length: n }, (_, i) => ({ x: PAGE.left + i * (width + 2 * BODY), width }))
}

export interface Cursor {
  page: number
  column: number
  y: number
  /** Where the columns start on this page (below a title over the columns). */
  top?: number
}

/**
 * Flows paragraphs into `cols` from `at`, wrapping at the column width (hanzi are one em wide)
 * and moving to the next column, then the next page, at the bottom. Returns where it stopped.
 */
export function flow(
  out: Placed[],
  paras: Para[],
  cols: { x: number; width: number }[],
  at: Cursor,
): Cursor {
  const cur = { ...at }
  for (const para of paras) {
    const size = para.size ?? BODY
    const font = para.font ?? FONT.fang
    const chars = [...para.text]
    let first = true
    while (chars.length > 0) {
      const frame = cols[cur.column]
      const indent = first ? (para.indent ?? 0) * size : 0
      const fit = Math.floor((frame.width - indent) / size + 1e-6)
      const text = chars.splice(0, fit).join('')
      const x = para.centre ? frame.x + (frame.width - [...text].length * size) / 2 : frame.x + indent
      out.push({ page: cur.page, text, x, y: cur.y, font, size })
      first = false
      cur.y += Math.max(PITCH, size * 1.5)
      if (cur.y > PAGE.bottom) {
        cur.column++
        if (cur.column >= cols.length) {
          cur.column = 0
          cur.page++
          cur.top = PAGE.top
        }
        cur.y = cur.top ?? PAGE.top
      }
    }
  }
  return cur
}

/** The PDF with every placed line, on as many pages as the lines use. */
export function render(lines: Placed[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, autoFirstPage: false })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  )
  const pages = Math.max(...lines.map((l) => l.page))
  for (let p = 1; p <= pages; p++) {
    doc.addPage()
    for (const l of lines.filter((x) => x.page === p)) {
      // pdfkit places the top of the text box; the baseline is about 0.88 em lower.
      doc.font(l.font).fontSize(l.size).text(l.text, l.x, l.y, { lineBreak: false })
    }
  }
  doc.end()
  return done
}
