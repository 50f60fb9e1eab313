// Font names as Chinese office software writes them: GBK bytes in the PDF name (Word and WPS on
// Chinese Windows), UTF-8 bytes (some Mac tools) and Founder's GBK font codes. The PDFs are made
// here with pdfkit, each font's PostScript name replaced by what those programs write, and read
// back through the PDF reader.
import { join } from 'node:path'
import iconv from 'iconv-lite'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'

const FONTS = join(__dirname, '../../../resources/fonts')

/**
 * One line per face, each set in its own font file, which the PDF names `name` (a PDF name,
 * #-escaped). pdfkit shares a font object between uses of one file, so files may not repeat.
 */
function makePdf(faces: { file: string; name: string; text: string }[]): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', compress: false })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    let y = 100
    for (const face of faces) {
      doc.font(join(FONTS, face.file))
      // pdfkit writes BaseFont as SUBSET+postscriptName, the name's #XX escapes as they are.
      const font = (doc as unknown as { _font: { font: object } })._font.font
      Object.defineProperty(font, 'postscriptName', { value: face.name })
      doc.fontSize(16).text(face.text, 72, y)
      y += 48
    }
    doc.end()
  })
}

/** A PDF name whose bytes are `text` in `encoding`, each byte written #XX. */
function pdfName(text: string, encoding: 'gbk' | 'utf8'): string {
  return [...iconv.encode(text, encoding)].map((b) => `#${b.toString(16).toUpperCase()}`).join('')
}

async function fontsRead(faces: { file: string; name: string; text: string }[]) {
  const { lines } = await readPdf(await makePdf(faces), '第2期.pdf', new AbortController().signal)
  return lines.map((l) => [l.text, l.layout?.font, l.layout?.fontName])
}

describe('PDF font names from Chinese office software', () => {
  it('reads names written in GBK as their typefaces', async () => {
    expect(
      await fontsRead([
        { file: 'FandolSong-Bold.otf', name: pdfName('方正小标宋简体', 'gbk'), text: '关于做好防汛工作的通知' },
        { file: 'FandolFang-Regular.otf', name: `${pdfName('仿宋', 'gbk')}_GB2312`, text: '各乡镇人民政府，县直各单位：' },
        { file: 'FandolKai-Regular.otf', name: `${pdfName('楷体', 'gbk')}_GB2312`, text: '（此件公开发布）' },
        { file: 'FandolHei-Regular.otf', name: pdfName('黑体', 'gbk'), text: '一、总体要求' },
      ]),
    ).toEqual([
      ['关于做好防汛工作的通知', 'biaosong', '方正小标宋简体'],
      ['各乡镇人民政府，县直各单位：', 'fangsong', '仿宋_GB2312'],
      ['（此件公开发布）', 'kai', '楷体_GB2312'],
      ['一、总体要求', 'hei', '黑体'],
    ])
  })

  it("reads Founder's GBK codes, and a name written in UTF-8", async () => {
    expect(
      await fontsRead([
        { file: 'FandolSong-Bold.otf', name: 'FZXBSK--GBK1-0', text: '关于做好防汛工作的通知' },
        { file: 'FandolFang-Regular.otf', name: 'FZFSK--GBK1-0', text: '各乡镇人民政府，县直各单位：' },
        { file: 'FandolKai-Regular.otf', name: 'FZKTK--GBK1-0', text: '（此件公开发布）' },
        { file: 'FandolHei-Regular.otf', name: 'FZHTK--GBK1-0', text: '一、总体要求' },
        { file: 'FandolSong-Regular.otf', name: 'FZSSK--GBK1-0', text: '附件：任务分工表' },
        { file: 'NotoSerifSC-Regular.ttf', name: pdfName('华文中宋', 'utf8'), text: '兴县人民政府办公室' },
      ]),
    ).toEqual([
      ['关于做好防汛工作的通知', 'biaosong', 'FZXBSK--GBK1-0'],
      ['各乡镇人民政府，县直各单位：', 'fangsong', 'FZFSK--GBK1-0'],
      ['（此件公开发布）', 'kai', 'FZKTK--GBK1-0'],
      ['一、总体要求', 'hei', 'FZHTK--GBK1-0'],
      ['附件：任务分工表', 'song', 'FZSSK--GBK1-0'],
      ['兴县人民政府办公室', 'song', '华文中宋'],
    ])
  })
})
