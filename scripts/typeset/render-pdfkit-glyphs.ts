// pdfkit: an issue spec → a two-column county gazette written the way 方正飞腾/书版 write their PDFs:
// every glyph placed by its own text operation at its own x (lines justified by spreading the
// glyphs, no space characters at all), and each page's content drawn in a seeded order that is NOT
// the reading order (running head and folio, right column before left, the title after the body
// under it, a column's lines bottom-up, the 目录's page numbers as a pass after all its titles).
// Reading order can only come from geometry. The whole issue is laid out in memory first (so the
// 目录 knows its pages), then drawn page by page.
// Usage: npx tsx scripts/typeset/render-pdfkit-glyphs.ts spec.json out.pdf
import { createWriteStream, readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'

import { FANDOL, NOTO, type Doc, type Spec } from './pdfkit-spec'
import { rng } from '../seeded-rng'
const FONTS: Record<string, [string, string?]> = {
  song: [FANDOL + 'FandolSong-Regular.otf'],
  hei: [NOTO + 'NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  kai: [FANDOL + 'FandolKai-Regular.otf'],
}
const M = { top: 70, bottom: 64, left: 58, right: 58 }
const GAP = 20
const SIZE = 10.5
const LEAD = 6
const NO_START = /^[，。、；：？！）》」』”’〕】…—%]/

type Part = 'head' | 'folio' | 'col0' | 'col1' | 'title' | 'tocTitles' | 'tocPages'
interface Glyph { ch: string; x: number; y: number; font: string; size: number }
interface Line { part: Part; glyphs: Glyph[] }
interface Page { lines: Line[]; rules: [number, number, number, number][]; section: string }

class Setter {
  pages: Page[] = []
  constructor(readonly pdf: PDFKit.PDFDocument) {}
  get W(): number { return this.pdf.page.width - M.left - M.right }
  get H(): number { return this.pdf.page.height }
  width(s: string, font: string, size: number): number { return this.pdf.font(font).fontSize(size).widthOfString(s) }
  /** Greedy breaking: hanzi one by one, Latin/digit runs whole, no closing mark at a line's start. */
  breakLines(text: string, font: string, size: number, w: number, indent: number): string[] {
    const tokens = text.match(/[A-Za-z0-9.\-%]+|./gu) ?? []
    const out: string[] = []
    let cur = ''
    for (const t of tokens) {
      const limit = out.length === 0 ? w - indent : w
      if (cur && this.width(cur + t, font, size) > limit && !NO_START.test(t)) { out.push(cur.replace(/ +$/, '')); cur = t.trimStart() } else cur += t
    }
    if (cur) out.push(cur)
    return out
  }
  /** One line as glyphs: justified lines spread the glyphs over the width; a space is only an advance. */
  glyphs(line: string, x: number, y: number, font: string, size: number, spread: number): Glyph[] {
    const chars = [...line]
    const natural = this.width(line, font, size)
    const gaps = chars.length - 1
    const extra = spread > 0 && gaps > 0 ? (spread - natural) / gaps : 0
    const out: Glyph[] = []
    let cx = x
    for (const ch of chars) {
      if (ch !== ' ') out.push({ ch, x: cx, y, font, size })
      cx += this.width(ch, font, size) + extra
    }
    return out
  }
}

/** The body flow: two columns under an optional spanning title block. */
class Flow {
  col = 0
  y = 0
  top = M.top
  page!: Page
  readonly colW: number
  constructor(private s: Setter, private section: () => string) {
    this.colW = (s.W - GAP) / 2
  }
  newPage(): void {
    this.page = { lines: [], rules: [], section: this.section() }
    this.s.pages.push(this.page)
    this.col = 0
    this.top = M.top
    this.y = M.top
  }
  x(): number { return M.left + this.col * (this.colW + GAP) }
  room(h: number): void {
    if (this.y + h <= this.s.H - M.bottom) return
    if (this.col === 0) { this.col = 1; this.y = this.top } else this.newPage()
  }
  para(text: string, font: string, align: 'justify' | 'right' | 'left', indent: number, padRight = 0, before = 0): void {
    const w = this.colW - padRight
    const lines = this.s.breakLines(text, font, SIZE, w, indent)
    const h = SIZE + LEAD
    if (before) { this.room(before + h); this.y += before }
    lines.forEach((line, i) => {
      this.room(h)
      const ind = i === 0 ? indent : 0
      let x = this.x() + ind
      const natural = this.s.width(line, font, SIZE)
      if (align === 'right') x = this.x() + w - natural
      const spread = align === 'justify' && i < lines.length - 1 ? w - ind : 0
      this.page.lines.push({ part: this.col === 0 ? 'col0' : 'col1', glyphs: this.s.glyphs(line, x, this.y + SIZE, font, SIZE, spread) })
      this.y += h
    })
  }
  /** A title block across both columns at the top of a new page: 黑体 title, the 文号 under it. */
  title(text: string, docNumber: string | null): void {
    this.newPage()
    let y = M.top + 6
    const n = this.s.breakLines(text, 'hei', 17, this.s.W - 60, 0).length
    const even = Math.min(this.s.W - 60, this.s.width(text, 'hei', 17) / n + 17)   // balanced title lines
    for (const line of this.s.breakLines(text, 'hei', 17, even, 0)) {
      const w = this.s.width(line, 'hei', 17)
      this.page.lines.push({ part: 'title', glyphs: this.s.glyphs(line, M.left + (this.s.W - w) / 2, y + 17, 'hei', 17, 0) })
      y += 17 + 8
    }
    if (docNumber) {
      const w = this.s.width(docNumber, 'song', 11)
      this.page.lines.push({ part: 'title', glyphs: this.s.glyphs(docNumber, M.left + (this.s.W - w) / 2, y + 11 + 2, 'song', 11, 0) })
      y += 11 + 8
    }
    y += 14
    this.top = y
    this.y = y
  }
}

function printedTitle(d: Doc): string {
  return (d.issuers.length > 1 ? d.issuers.join(' ') : d.issuers[0]) + d.title
}

function documentBody(f: Flow, d: Doc): void {
  const BI = 2 * SIZE
  for (const b of d.blocks) {
    const text = b.text.replace(/\t/g, '　')
    if (b.kind === 'recipients') f.para(text, 'song', 'justify', 0)
    else if (b.kind === 'h') f.para(text, 'hei', 'justify', BI)
    else if (b.kind === 'sign') f.para(text, 'song', 'right', 0, 2 * SIZE, 8)
    else if (b.kind === 'date') f.para(text, 'song', 'right', 0, 2 * SIZE)
    else if (b.kind === 'atitle') f.para(text, 'hei', 'left', 2 * SIZE, 0, 6)
    else f.para(text, 'song', 'justify', BI)
  }
}

/** The 目录 on one page in one column: entries' titles first, their page numbers a pass of their own. */
function toc(s: Setter, spec: Spec, pageOf: Map<number, number>): Page {
  const page: Page = { lines: [], rules: [], section: '' }
  const w = s.W
  const head = '目　　录'
  page.lines.push({ part: 'tocTitles', glyphs: s.glyphs(head, M.left + (w - s.width(head, 'hei', 20)) / 2, M.top + 20, 'hei', 20, 0) })
  let y = M.top + 56
  for (const sec of spec.sections) {
    page.lines.push({ part: 'tocTitles', glyphs: s.glyphs(sec.heading, M.left, y + 13, 'hei', 13, 0) })
    y += 13 + 12
    for (const d of sec.docs) {
      const text = printedTitle(d) + (d.docNumber ? `（${d.docNumber}）` : '')
      const lines = s.breakLines(text, 'song', 11, w - 2 * SIZE - 40, 0)
      lines.forEach((line, i) => {
        page.lines.push({ part: 'tocTitles', glyphs: s.glyphs(line, M.left + 2 * SIZE, y + 11, 'song', 11, 0) })
        if (i === lines.length - 1) {
          const n = String(pageOf.get(d.seq))
          page.lines.push({ part: 'tocPages', glyphs: s.glyphs(n, M.left + w - s.width(n, 'song', 11), y + 11, 'song', 11, 0) })
        }
        y += 11 + 7
      })
      y += 4
    }
    y += 8
  }
  return page
}

/** Running heads (gazette + 期 on even pages, the 栏目 on odd, outer corner) and `— 3 —` folios. */
function furniture(s: Setter, spec: Spec, body: Page[], colW: number): void {
  body.forEach((p, i) => {
    const n = i + 1
    const odd = n % 2 === 1
    const head = odd ? p.section : `${spec.gazette}　${spec.year}年第${spec.issueNo}期`
    const hw = s.width(head, 'kai', 10)
    p.lines.push({ part: 'head', glyphs: s.glyphs(head, odd ? M.left + s.W - hw : M.left, 50, 'kai', 10, 0) })
    p.rules.push([M.left, 56, M.left + s.W, 56])
    const folio = `— ${n} —`
    const fw = s.width(folio, 'song', 10)
    p.lines.push({ part: 'folio', glyphs: s.glyphs(folio, M.left + (s.W - fw) / 2, s.H - 38, 'song', 10, 0) })
    const mid = M.left + colW + GAP / 2
    const top = Math.min(...p.lines.filter(l => l.part === 'col0' || l.part === 'col1').map(l => l.glyphs[0]?.y ?? s.H)) - SIZE - 2
    if (top < s.H) p.rules.push([mid, top, mid, s.H - M.bottom])
  })
}

/** Draw a page in a seeded order of its parts (some columns bottom-up): one text call per glyph. */
function draw(pdf: PDFKit.PDFDocument, p: Page, seed: number): void {
  const rand = rng(seed)
  const parts: Part[] = ['head', 'folio', 'col0', 'col1', 'title']
  for (let i = parts.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [parts[i], parts[j]] = [parts[j], parts[i]]
  }
  parts.push('tocTitles', 'tocPages')
  for (const [x1, y1, x2, y2] of p.rules) pdf.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).stroke()
  for (const part of parts) {
    const lines = p.lines.filter(l => l.part === part)
    if ((part === 'col0' || part === 'col1') && rand() < 0.5) lines.reverse()
    for (const l of lines) {
      for (const g of l.glyphs) {
        // pdfkit's y is the glyph box's top: place the baseline where the layout put it
        pdf.font(g.font).fontSize(g.size).text(g.ch, g.x, g.y - g.size * 0.88, { lineBreak: false })
      }
    }
  }
}

function main(): void {
  const [specFile, out] = process.argv.slice(2)
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Spec
  const pdf = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 }, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)), Title: spec.gazette } })
  pdf.pipe(createWriteStream(out))
  for (const [name, [file, family]] of Object.entries(FONTS)) pdf.registerFont(name, file, family)
  const s = new Setter(pdf)
  let section = ''
  const f = new Flow(s, () => section)
  const pageOf = new Map<number, number>()
  for (const sec of spec.sections) {
    section = sec.name
    for (const d of sec.docs) {
      f.title(printedTitle(d), d.docNumber)
      pageOf.set(d.seq, s.pages.length)
      documentBody(f, d)
    }
  }
  furniture(s, spec, s.pages, f.colW)
  // cover
  const w = s.W
  pdf.font('hei').fontSize(40).fillColor('red').text(spec.gazette, M.left, 200, { width: w, align: 'center' }).fillColor('black')
  pdf.font('song').fontSize(18).text(`${spec.year}年第${spec.issueNo}期（总第${spec.totalNo}期）`, M.left, 270, { width: w, align: 'center' })
  const [y, m, d] = spec.published.split('-').map(Number)
  pdf.fontSize(14).text(`${y}年${m}月${d}日出版`, M.left, 650, { width: w, align: 'center' })
  pdf.addPage()
  draw(pdf, toc(s, spec, pageOf), 1)
  s.pages.forEach((p, i) => { pdf.addPage(); draw(pdf, p, 1000 + i) })
  pdf.end()
}

main()
