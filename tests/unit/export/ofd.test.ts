// OFD export: the same layout as the PDF, written as text objects; read back by the OFD reader it
// gives the text the PDF reader gives for the PDF, the 公文 fields sit in CustomDatas, and each
// font used is embedded as a subset that draws every character it is given.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPdfExporter, defaultFontsDir, exportDocumentsPdf } from '../../../src/main/export/export-pdf'
import { loadFace } from '../../../src/main/export/fonts'
import { readSource } from '../../../src/main/importer/read/read-source'
import { FIXTURES, sampleDocument } from './helpers'

const fontsDir = defaultFontsDir()
const exporter = createPdfExporter({ fontsDir, preferSystemFonts: false })

describe.each([FIXTURES.notice, FIXTURES.table])('OFD of %s', (docNumber) => {
  const doc = sampleDocument(docNumber)
  let ofd: Buffer
  let pdf: Buffer
  beforeAll(async () => {
    ofd = await exporter.exportDocumentsOfd([doc])
    pdf = await exporter.exportDocument(doc)
  })

  it('reads back to the same text and lines the PDF gives', async () => {
    const fromOfd = await readSource(ofd, 'a.ofd')
    const fromPdf = await readSource(pdf, 'a.pdf')
    expect(fromOfd.text).toBe(fromPdf.text)
    expect(fromOfd.lines.map((l) => [l.text, l.layout?.page, l.layout?.font, l.layout?.align])).toEqual(
      fromPdf.lines.map((l) => [l.text, l.layout?.page, l.layout?.font, l.layout?.align]),
    )
  })

  it('holds the 公文 fields in CustomDatas and names its fonts', async () => {
    const src = await readSource(ofd, 'a.ofd')
    expect(src.meta).toMatchObject({ Title: doc.title, 文号: doc.docNumber, 发文机关: doc.issuer, 成文日期: doc.date, 公开属性: '主动公开', 期: '2022年第2期' })
    const zip = await JSZip.loadAsync(ofd)
    const res = await zip.file('Doc_0/PublicRes.xml')!.async('string')
    expect(res).toContain('FontName="FandolFang-Regular" FamilyName="仿宋"')
  })

  it('embeds each font it uses, cut to the characters drawn in it, with the full face’s glyphs', async () => {
    const zip = await JSZip.loadAsync(ofd)
    const res = await zip.file('Doc_0/PublicRes.xml')!.async('string')
    const drawn = new Map<string, Set<string>>()
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('Content.xml'))) {
      for (const m of (await zip.file(name)!.async('string')).matchAll(/Font="(\d+)"[^>]*>.*?<ofd:TextCode[^>]*>([^<]*)</g)) {
        const chars = drawn.get(m[1]) ?? drawn.set(m[1], new Set()).get(m[1])!
        for (const ch of m[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) chars.add(ch)
      }
    }
    const embedded = [...res.matchAll(/<ofd:Font ID="(\d+)" FontName="([^"]+)"[^>]*><ofd:FontFile>([^<]+)<\/ofd:FontFile>/g)]
    expect(embedded.map((m) => m[1]).sort()).toEqual([...drawn.keys()].sort())
    for (const [, id, fontName, file] of embedded) {
      const bytes = await zip.file(`Doc_0/Res/${file}`)!.async('uint8array')
      const path = join(fontsDir, `${fontName}.${file.split('.').pop()}`)
      const full = loadFace(path)
      const sub = fontkit.create(bytes) as fontkit.Font
      // A few thousand characters of a face of 7 000+ (each file is 7 MB or more).
      expect(bytes.length).toBeLessThan(statSync(path).size / 5)
      for (const ch of drawn.get(id)!) {
        const cp = ch.codePointAt(0)!
        expect(sub.hasGlyphForCodePoint(cp), `${fontName} ${ch}`).toBe(true)
        expect(sub.glyphForCodePoint(cp).advanceWidth).toBe(full.glyphForCodePoint(cp).advanceWidth)
      }
    }
  })
})

describe('OFD through the export request', () => {
  it('names the file .ofd, and zips one OFD per document when not combined', async () => {
    const docs = [sampleDocument(FIXTURES.notice), sampleDocument(FIXTURES.pledge)]
    const one = await exportDocumentsPdf(docs.slice(0, 1), { format: 'ofd', fontsDir, preferSystemFonts: false })
    expect(one.fileName).toBe('兴县人民政府公报_2022年第2期_兴政发〔2022〕8号.ofd')
    const zipped = await exportDocumentsPdf(docs, { format: 'ofd', combine: false, fontsDir, preferSystemFonts: false })
    const names = Object.keys((await JSZip.loadAsync(Buffer.from(zipped.bytesBase64, 'base64'))).files)
    expect(names).toEqual(['兴县人民政府公报_2022年第2期_兴政发〔2022〕8号.ofd', '兴县人民政府公报_2022年第2期_兴政函〔2022〕36号.ofd'])
  })
})
