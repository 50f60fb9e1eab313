// pdfkit: an issue spec → a two-column city gazette with no 目录. Documents run on from where the
// previous one ends (mid-column), titles sit in one column, section banners in the column flow,
// bare page numbers centred at the foot. Lines are broken and justified here (pdfkit has no
// column flow across styles). Usage: npx tsx scripts/typeset/render-pdfkit-2col.ts spec.json out.pdf
import { createWriteStream, readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'

import { FANDOL, NOTO, type Doc, type Spec } from './pdfkit-spec'
const FONTS: Record<string, [string, string?]> = {
  song: [FANDOL + 'FandolSong-Regular.otf'],
  songBold: [NOTO + 'NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
  hei: [NOTO + 'NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  fang: [FANDOL + 'FandolFang-Regular.otf'],
  kai: [FANDOL + 'FandolKai-Regular.otf'],
}
const M = { top: 68, bottom: 60, left: 56, right: 56 }
const GAP = 18
const SIZE = 10.5
const NO_START = /^[，。、；：？！）》」』”’〕】…—%]/

interface Style { font: string; size: number; align: 'left' | 'center' | 'right' | 'justify'; indent: number; lead: number; padRight?: number }

class Flow {
  col = 0
  y = M.top
  readonly colW: number
  constructor(private pdf: PDFKit.PDFDocument) {
    this.colW = (pdf.page.width - M.left - M.right - GAP) / 2
  }
  x(): number { return M.left + this.col * (this.colW + GAP) }
  bottom(): number { return this.pdf.page.height - M.bottom }
  room(h: number): void {
    if (this.y + h <= this.bottom()) return
    if (this.col === 0) this.col = 1
    else { this.pdf.addPage(); this.col = 0 }
    this.y = M.top
  }
  /** Greedy line breaking: hanzi one by one, Latin/digit runs kept whole, no closing mark at a line's start. */
  lines(text: string, st: Style): string[] {
    const w = this.colW - (st.padRight ?? 0)
    const tokens = text.match(/[A-Za-z0-9.\-%]+|./gu) ?? []
    const out: string[] = []
    let cur = ''
    this.pdf.font(st.font).fontSize(st.size)
    for (const t of tokens) {
      const limit = out.length === 0 ? w - st.indent : w
      if (cur && this.pdf.widthOfString(cur + t) > limit && !NO_START.test(t)) {
        out.push(cur)
        cur = t
      } else cur += t
    }
    if (cur) out.push(cur)
    return out
  }
  para(text: string, st: Style, before = 0): void {
    const lines = this.lines(text, st)
    const h = st.size + st.lead
    if (before) { this.room(before + h); this.y += before }
    lines.forEach((line, i) => {
      this.room(h)
      const indent = i === 0 ? st.indent : 0
      const w = this.colW - indent - (st.padRight ?? 0)
      const natural = this.pdf.font(st.font).fontSize(st.size).widthOfString(line)
      let x = this.x() + indent
      let spacing = 0
      if (st.align === 'center') x += (w - natural) / 2
      else if (st.align === 'right') x += w - natural
      else if (st.align === 'justify' && i < lines.length - 1 && line.length > 1) spacing = (w - natural) / (line.length - 1)
      this.pdf.text(line, x, this.y, { lineBreak: false, characterSpacing: spacing })
      this.y += h
    })
  }
}

const BODY: Style = { font: 'fang', size: SIZE, align: 'justify', indent: 2 * SIZE, lead: 5 }

function document(f: Flow, d: Doc): void {
  const title = (d.issuers.length > 1 ? d.issuers.join(' ') : d.issuers[0]) + d.title
  f.para(title, { font: 'songBold', size: 14, align: 'center', indent: 0, lead: 6 }, 16)
  if (d.docNumber) f.para(d.docNumber, { font: 'fang', size: SIZE, align: 'center', indent: 0, lead: 5 }, 2)
  f.y += 8
  for (const b of d.blocks) {
    if (b.kind === 'recipients') f.para(b.text, { ...BODY, indent: 0 })
    else if (b.kind === 'h') f.para(b.text, { ...BODY, font: 'hei', align: 'left' })
    else if (b.kind === 'sign' || b.kind === 'date') f.para(b.text, { ...BODY, align: 'right', indent: 0, padRight: 2 * SIZE }, b.kind === 'sign' ? 6 : 0)
    else if (b.kind === 'atitle') f.para(b.text, { font: 'songBold', size: 12, align: 'center', indent: 0, lead: 6 }, 6)
    else f.para(b.text.replace(/\t/g, '　'), BODY)
  }
}

function banner(pdf: PDFKit.PDFDocument, f: Flow, name: string): void {
  f.room(60)
  f.y += 12
  pdf.moveTo(f.x(), f.y).lineTo(f.x() + f.colW, f.y).lineWidth(1).stroke()
  f.y += 6
  f.para(name, { font: 'hei', size: 15, align: 'center', indent: 0, lead: 6 })
  pdf.moveTo(f.x(), f.y).lineTo(f.x() + f.colW, f.y).lineWidth(1).stroke()
  f.y += 4
}

function cover(pdf: PDFKit.PDFDocument, spec: Spec): void {
  const w = pdf.page.width - M.left - M.right
  pdf.font('hei').fontSize(40).fillColor('red').text(spec.gazette, M.left, 200, { width: w, align: 'center' }).fillColor('black')
  pdf.font('song').fontSize(18).text(`${spec.year}年第${spec.issueNo}期（总第${spec.totalNo}期）`, { width: w, align: 'center' })
  const [y, m, d] = spec.published.split('-').map(Number)
  pdf.fontSize(14).text(`${y}年${m}月${d}日出版`, M.left, 650, { width: w, align: 'center' })
}

/** The gazette's name and issue over a rule, a rule between the columns, a bare page number at the foot. */
function furniture(pdf: PDFKit.PDFDocument, spec: Spec, f: Flow): void {
  const count = pdf.bufferedPageRange().count
  for (let i = 1; i < count; i++) {
    pdf.switchToPage(i)
    const w = pdf.page.width - M.left - M.right
    const saved = pdf.page.margins
    pdf.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    pdf.font('song').fontSize(9).text(`${spec.gazette}　${spec.year}年第${spec.issueNo}期`, M.left, 44, { width: w, align: 'center', lineBreak: false })
    pdf.moveTo(M.left, 58).lineTo(M.left + w, 58).lineWidth(0.8).stroke()
    const mid = M.left + f.colW + GAP / 2
    pdf.moveTo(mid, M.top).lineTo(mid, pdf.page.height - M.bottom).lineWidth(0.4).stroke()
    pdf.font('song').fontSize(10).text(String(i), M.left, pdf.page.height - 42, { width: w, align: 'center', lineBreak: false })
    pdf.page.margins = saved
  }
}

function main(): void {
  const [specFile, out] = process.argv.slice(2)
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Spec
  const pdf = new PDFDocument({ size: 'A4', margins: M, bufferPages: true, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)), Title: spec.gazette } })
  pdf.pipe(createWriteStream(out))
  for (const [name, [file, family]] of Object.entries(FONTS)) pdf.registerFont(name, file, family)
  cover(pdf, spec)
  pdf.addPage()
  const f = new Flow(pdf)
  for (const sec of spec.sections) {
    banner(pdf, f, sec.heading)
    for (const d of sec.docs) document(f, d)
  }
  furniture(pdf, spec, f)
  pdf.end()
}

main()
