// PDF/A-2b exports pass the conformance check (pdfa-check.ts); the check itself fails what breaks
// the rules: plain PDFs, encryption, JavaScript, fonts not embedded, unescaped XMP.
import PDFDocument from 'pdfkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPdfExporter, defaultFontsDir } from '../../../src/main/export/export-pdf'
import { readPdfObjects, refOf, stringOf } from '../../../src/main/export/pdf-objects'
import { checkPdfA } from '../../../src/main/export/pdfa-check'
import { FIXTURES, sampleDocument } from './helpers'

const exporter = createPdfExporter({ fontsDir: defaultFontsDir(), preferSystemFonts: false })

function xmpOf(pdf: Buffer): string {
  const file = readPdfObjects(pdf)
  const meta = refOf(file, refOf(file, file.trailer, 'Root')!.dict, 'Metadata')!
  return meta.stream!.toString('utf8')
}

function infoOf(pdf: Buffer, key: string): string | undefined {
  const file = readPdfObjects(pdf)
  return stringOf(file, refOf(file, file.trailer, 'Info')!.dict, key)
}

/** A PDF made by pdfkit directly, changed by `change` before it ends. */
function pdfkitPdf(opts: PDFKit.PDFDocumentOptions, change: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ ...opts, subset: 'PDF/A-2b', pdfVersion: '1.7' })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((ok) => doc.on('end', () => ok(Buffer.concat(chunks))))
  change(doc)
  doc.end()
  return done
}

describe('PDF/A-2b export', () => {
  const docs = Object.values(FIXTURES).map(sampleDocument)
  let pdfs: Buffer[]
  beforeAll(async () => {
    pdfs = await Promise.all(docs.map((d) => exporter.exportDocument(d, { pdfa: true })))
  })

  it('passes the check for each sample document, declaring part 2 conformance B', () => {
    for (const pdf of pdfs) expect(checkPdfA(pdf)).toEqual({ ok: true, problems: [], declared: '2B' })
  })

  it('carries title, 文号, issuers, date, gazette, 期 and page in XMP and document info', () => {
    const doc = docs[0]
    const xmp = xmpOf(pdfs[0])
    expect(xmp).toContain(`<gw:docNumber>${doc.docNumber}</gw:docNumber>`)
    expect(xmp).toContain(`<gw:issuers>${doc.issuer}</gw:issuers>`)
    expect(xmp).toContain(`<gw:date>${doc.date}</gw:date>`)
    expect(xmp).toContain('<gw:gazette>兴县人民政府公报</gw:gazette><gw:issue>2022年第2期</gw:issue>')
    expect(xmp).toContain(`<gw:pages>${doc.tocPage}</gw:pages>`)
    expect(xmp).toContain('<pdfaSchema:prefix>gw</pdfaSchema:prefix>')
    expect(infoOf(pdfs[0], 'Title')).toBe(doc.title)
    expect(infoOf(pdfs[0], 'DocNumber')).toBe(doc.docNumber)
    expect(infoOf(pdfs[0], 'Issue')).toBe('2022年第2期')
  })

  it('escapes a title with & and < in the XMP, which still matches the info', async () => {
    const doc = { ...docs[0], title: '关于A&B<试行>的通知' }
    const pdf = await exporter.exportDocument(doc, { pdfa: true })
    expect(checkPdfA(pdf).ok).toBe(true)
    expect(xmpOf(pdf)).toContain('关于A&amp;B&lt;试行&gt;的通知')
  })

  it('combines documents into one conforming PDF/A', async () => {
    const pdf = await exporter.exportDocuments(docs.slice(0, 2), { pdfa: true })
    expect(checkPdfA(pdf).ok).toBe(true)
    expect(infoOf(pdf, 'DocNumber')).toBe(`${docs[0].docNumber}、${docs[1].docNumber}`)
  })
})

describe('the PDF/A check', () => {
  it('fails a plain PDF: no XMP, no output intent', async () => {
    const plain = await exporter.exportDocument(sampleDocument(FIXTURES.notice))
    expect(checkPdfA(plain).problems).toEqual(['目录缺少 XMP 元数据流（/Metadata）', '缺少 GTS_PDFA1 输出意图（sRGB 色彩特性文件）'])
  })

  it('fails encryption, JavaScript, a font not embedded, and transparency', async () => {
    const encrypted = await pdfkitPdf({ userPassword: 'x' }, (d) => d.text('abc'))
    expect(checkPdfA(encrypted).problems).toContain('文件已加密（PDF/A 禁止加密）')
    const script = await pdfkitPdf({}, (d) => {
      const root = (d as unknown as { _root: { data: Record<string, unknown> } })._root
      const action = d.ref({ S: 'JavaScript', JS: new String('app.alert(1)') })
      action.end(undefined as never)
      root.data.OpenAction = action
      d.text('abc')
    })
    expect(checkPdfA(script).problems).toContain('含 JavaScript')
    const helvetica = await pdfkitPdf({}, (d) => d.font('Helvetica').text('abc'))
    expect(checkPdfA(helvetica).problems).toEqual(expect.arrayContaining(['字体 Helvetica 缺少 ToUnicode 映射', '字体 Helvetica 未嵌入']))
    const faded = await pdfkitPdf({}, (d) => d.fillOpacity(0.5).rect(0, 0, 10, 10).fill('#000000'))
    expect(checkPdfA(faded).problems).toContain('含不透明度小于 1 的图形状态')
  })
})
