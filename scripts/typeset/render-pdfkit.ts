// pdfkit: an issue spec → a single-column PDF with running heads and 第N页 folios in the outer corner.
// The 目录 pages are reserved first and filled in once the body has been laid out (bufferPages).
// Usage: npx tsx scripts/typeset/render-pdfkit.ts spec.json out.pdf
import { createWriteStream, readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'

interface Block { kind: string; text: string }
interface Doc {
  seq: number; issuers: string[]; title: string; docNumber: string | null; blocks: Block[]
  decree: { header: string; number: string } | null
}
interface Spec {
  gazette: string; year: number; issueNo: number; totalNo: number; published: string
  sections: { heading: string; name: string; docs: Doc[] }[]
}

const NOTO = '/usr/share/fonts/opentype/noto/'
const FONTS: Record<string, [string, string?]> = {
  song: [NOTO + 'NotoSerifCJK-Regular.ttc', 'NotoSerifCJKsc-Regular'],
  songBold: [NOTO + 'NotoSerifCJK-Bold.ttc', 'NotoSerifCJKsc-Bold'],
  hei: [NOTO + 'NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
  kai: ['/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolKai-Regular.otf'],
}
const M = { top: 72, bottom: 72, left: 70, right: 70 }
const SIZE = 12

function printedTitle(d: Doc): string {
  return (d.issuers.length > 1 ? d.issuers.join(' ') : d.issuers[0]) + d.title
}

function tocEntries(d: Doc): { title: string; label: string }[] {
  if (d.decree) return [{ title: `${d.decree.header}（${d.decree.number}）`, label: `doc${d.seq}` }, { title: d.title, label: `doc${d.seq}reg` }]
  return [{ title: printedTitle(d) + (d.docNumber ? `（${d.docNumber}）` : ''), label: `doc${d.seq}` }]
}

function titleBlock(pdf: PDFKit.PDFDocument, d: Doc): void {
  const w = pdf.page.width - M.left - M.right
  if (d.decree) {
    pdf.font('songBold').fontSize(20).text(d.decree.header, M.left, undefined, { width: w, align: 'center' })
    pdf.font('song').fontSize(14).text(d.decree.number, { width: w, align: 'center' }).moveDown(0.8)
    return
  }
  pdf.font('songBold').fontSize(18).text(printedTitle(d), M.left, undefined, { width: w, align: 'center' })
  if (d.docNumber) pdf.font('kai').fontSize(SIZE).text(`（${d.docNumber}）`, { width: w, align: 'center' })
  pdf.moveDown(0.8)
}

function block(pdf: PDFKit.PDFDocument, b: Block): void {
  const w = pdf.page.width - M.left - M.right
  const x = M.left
  if (b.kind === 'recipients') pdf.font('song').fontSize(SIZE).text(b.text, x, undefined, { width: w })
  else if (b.kind === 'h') pdf.font('hei').fontSize(SIZE).text('　　' + b.text, x, undefined, { width: w })
  else if (b.kind === 'sign' || b.kind === 'date') pdf.font('song').fontSize(SIZE).text(b.text + '　　', x, undefined, { width: w, align: 'right' })
  else if (b.kind === 'atitle') pdf.moveDown(0.5).font('songBold').fontSize(16).text(b.text, x, undefined, { width: w, align: 'center' }).moveDown(0.5)
  else pdf.font('song').fontSize(SIZE).text('　　' + b.text.replace(/\t/g, '　'), x, undefined, { width: w, align: 'justify', lineGap: 3 })
}

function main(): void {
  const [specFile, out] = process.argv.slice(2)
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Spec
  const pdf = new PDFDocument({ size: 'A4', margins: M, bufferPages: true, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)), Title: spec.gazette } })
  pdf.pipe(createWriteStream(out))
  for (const [name, [file, family]] of Object.entries(FONTS)) pdf.registerFont(name, file, family)
  const w = pdf.page.width - M.left - M.right
  pdf.font('hei').fontSize(40).fillColor('red').text(spec.gazette, M.left, 200, { width: w, align: 'center' }).fillColor('black')
  pdf.font('song').fontSize(18).text(`${spec.year}年第${spec.issueNo}期（总第${spec.totalNo}期）`, { width: w, align: 'center' })
  const [y, m, d] = spec.published.split('-').map(Number)
  pdf.fontSize(14).text(`${y}年${m}月${d}日出版`, M.left, 650, { width: w, align: 'center' })
  const entries = spec.sections.reduce((n, s) => n + 1 + s.docs.reduce((k, doc) => k + tocEntries(doc).length, 0), 0)
  const tocPages = Math.ceil(entries / 16)
  for (let i = 0; i < tocPages; i++) pdf.addPage()
  const firstBody = pdf.bufferedPageRange().count
  const pages: Record<string, number> = {}
  const sectionOfPage: string[] = []
  for (const sec of spec.sections) {
    for (const doc of sec.docs) {
      pdf.addPage()
      pages[`doc${doc.seq}`] = pdf.bufferedPageRange().count - firstBody
      titleBlock(pdf, doc)
      for (const b of doc.blocks) {
        if (b.kind === 'atitle') pages[`doc${doc.seq}reg`] = pdf.bufferedPageRange().count - firstBody
        block(pdf, b)
      }
      while (sectionOfPage.length < pdf.bufferedPageRange().count) sectionOfPage.push(sec.name)
    }
  }
  writeToc(pdf, spec, pages, firstBody - tocPages)
  furniture(pdf, spec, firstBody, sectionOfPage)
  pdf.end()
}

function writeToc(pdf: PDFKit.PDFDocument, spec: Spec, pages: Record<string, number>, first: number): void {
  pdf.switchToPage(first)
  const w = pdf.page.width - M.left - M.right
  pdf.font('hei').fontSize(22).text('目　　录', M.left, M.top, { width: w, align: 'center' }).moveDown(1)
  for (const sec of spec.sections) {
    pdf.font('hei').fontSize(15).text(sec.heading, M.left, undefined, { width: w }).moveDown(0.3)
    for (const e of spec.sections.flatMap(() => []).concat(sec.docs.flatMap(tocEntries))) {
      const page = String(pages[e.label])
      pdf.font('song').fontSize(SIZE).text(`${e.title}  ${'·'.repeat(6)}  ${page}`, M.left + 12, undefined, { width: w - 12 }).moveDown(0.3)
    }
  }
}

/** Running heads (gazette + issue on even pages, section name on odd) and 第N页 in the outer corner. */
function furniture(pdf: PDFKit.PDFDocument, spec: Spec, firstBody: number, sectionOfPage: string[]): void {
  const count = pdf.bufferedPageRange().count
  for (let i = firstBody; i < count; i++) {
    pdf.switchToPage(i)
    const n = i - firstBody + 1
    const odd = n % 2 === 1
    const w = pdf.page.width - M.left - M.right
    const saved = pdf.page.margins
    pdf.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    const head = odd ? sectionOfPage[i] : `${spec.gazette}　${spec.year}年第${spec.issueNo}期`
    pdf.font('kai').fontSize(10).text(head, M.left, 40, { width: w, align: odd ? 'right' : 'left', lineBreak: false })
    pdf.moveTo(M.left, 56).lineTo(M.left + w, 56).lineWidth(0.5).stroke()
    pdf.font('song').fontSize(10).text(`第${n}页`, M.left, pdf.page.height - 45, { width: w, align: odd ? 'right' : 'left', lineBreak: false })
    pdf.page.margins = saved
  }
}

main()
