// A landscape table set turned on a portrait sheet and shown upright by the page's /Rotate, as
// Founder's and InDesign's exports and print drivers make an attachment's wide table. Made here
// with pdfkit, turned each way a sheet is turned (90° and 270°), with and without its ruling, and
// read back: each row of the table is a line, as on an upright page, and a ruled one is rebuilt as
// a table. Read as drawn, each of its columns came out as a line ('完成时限2022年5月2022年6月').
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'

const FONT = join(__dirname, '../../../resources/fonts/FandolFang-Regular.otf')
const A4 = { w: 595.28, h: 841.89 }
/** An A4 PDF's bytes, its pages drawn by `draw`. */
function pdfOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    draw(doc)
    doc.end()
  })
}

const ROWS = [
  ['序号', '任务', '责任单位', '完成时限'],
  ['1', '修订防汛应急预案', '县应急局', '2022年5月'],
  ['2', '排查河道隐患', '县水利局', '2022年6月'],
]

function makePdf(rotate: 90 | 270, ruled: boolean): Promise<Uint8Array> {
  return pdfOf((doc) => {
    doc.font(FONT).addPage()
    doc.fontSize(16).text('兴县人民政府办公室关于做好防汛工作的通知', 72, 100)
    doc.fontSize(14).text('附件：防汛工作任务分工表', 72, 140)
    doc.addPage()
    ;(doc.page.dictionary.data as { Rotate?: number }).Rotate = rotate
    doc.save()
    // The landscape frame (842 wide, 595 high, y downwards in pdfkit) drawn turned on the sheet.
    if (rotate === 90) doc.translate(0, A4.h).rotate(-90, { origin: [0, 0] })
    else doc.translate(A4.w, 0).rotate(90, { origin: [0, 0] })
    ROWS.forEach((row, i) =>
      row.forEach((cell, j) => doc.fontSize(12).text(cell, 76 + j * 160, 84 + i * 30, { lineBreak: false })),
    )
    if (ruled) {
      for (let i = 0; i <= ROWS.length; i++) doc.moveTo(70, 78 + i * 30).lineTo(710, 78 + i * 30).stroke()
      for (let j = 0; j <= 4; j++) doc.moveTo(70 + j * 160, 78).lineTo(70 + j * 160, 168).stroke()
    }
    doc.restore()
  })
}

describe('a page whose text is turned on the sheet', () => {
  it.each([
    [90, false],
    [270, false],
    [90, true],
    [270, true],
  ] as const)('turned %i°, ruled %s: read row by row', async (rotate, ruled) => {
    const { text } = await readPdf(await makePdf(rotate, ruled), '第2期.pdf', new AbortController().signal)
    const page2 = text.split('\f')[1].split('\n').map((l) => l.trim()).filter(Boolean)
    // A ruled table is rebuilt from its rules (turned with the text): its cells joined by a tab.
    if (ruled) expect(page2).toEqual(ROWS.map((r) => r.join('\t')))
    else expect(page2.map((l) => l.replace(/\s+/g, ' '))).toEqual(ROWS.map((r) => r.join(' ')))
  })
})

// A page whose box does not start at the sheet's (0, 0) (a cropped page, a print driver's offset
// box): its lines are measured from the box's corner, as pdf.js shows the page, so that a block's
// source box (issue 12: the document beside its original page) lands on its text.
function croppedPdf(offset: number): Promise<Uint8Array> {
  return pdfOf((doc) => {
    doc.font(FONT).addPage()
    ;(doc.page.dictionary.data as { MediaBox?: number[] }).MediaBox = [offset, 40, A4.w + offset, A4.h + 40]
    const left = offset + 79
    const width = A4.w - 158
    doc.fontSize(22).text('兴县人民政府关于做好防汛工作的通知', left, 120, { width, align: 'center' })
    doc.fontSize(16).text('各乡镇人民政府，县直各单位：', left, 190)
    doc.text('现将有关事项通知如下。这是一段较长的正文，用来占满一整行的宽度，再多写一些让它换行。', left, 220, { width })
  })
}

describe('a page whose box is off the sheet’s corner', () => {
  it('measures its lines from the box: the margin is where the page shows it', async () => {
    const { lines } = await readPdf(await croppedPdf(60), '第2期.pdf', new AbortController().signal)
    expect(lines.map((l) => [l.text, l.layout?.align, Math.round(l.layout?.x0 ?? -1)])).toEqual([
      ['兴县人民政府关于做好防汛工作的通知', 'centre', 111],
      ['各乡镇人民政府，县直各单位：', 'left', 79],
      ['现将有关事项通知如下。这是一段较长的正文，用来占满一整', 'full', 79],
      ['行的宽度，再多写一些让它换行。', 'left', 79],
    ])
  })
})
