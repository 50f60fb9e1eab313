// Draws laid-out pages with pdfkit; per-character font fallback; print-at-100% metadata.
import PDFDocument from 'pdfkit'
import { PAGE_HEIGHT, PAGE_WIDTH } from './grid'
import { faceFor, type FontSet } from './fonts'
import type { FontKey, LayoutPage, Run } from './types'
import { archivalInfo, archivalXmp, type ArchivalMeta, type InfoForXmp } from './pdfa-meta'

export interface PdfMeta {
  title: string
  author?: string | null
  subject?: string | null
  creationDate?: Date
  /** PDF/A-2b (sRGB output intent, these 公文 fields in XMP and info); plain PDF when absent. */
  pdfa?: ArchivalMeta
}

interface SubRun {
  text: string
  fontName: string
  dx: number // offset from the run's x
}

/** Splits a run where the role's face lacks a glyph, so the fallback face draws those characters. */
export function splitByFace(run: Run, fonts: FontSet): SubRun[] {
  const out: SubRun[] = []
  let dx = 0
  for (const ch of run.text) {
    const face = faceFor(fonts.faces, fonts.fallback, run.font, ch.codePointAt(0) ?? 0x20)
    const fontName = face === fonts.faces[run.font] ? run.font : 'fallback'
    const last = out[out.length - 1]
    if (last && last.fontName === fontName) last.text += ch
    else out.push({ text: ch, fontName, dx })
    dx += fonts.measure(ch, run.font, run.size) + run.charSpacing
  }
  return out
}

type Doc = InstanceType<typeof PDFDocument>

function drawPage(doc: Doc, page: LayoutPage, fonts: FontSet): void {
  doc.addPage({ size: [PAGE_WIDTH, PAGE_HEIGHT], margin: 0 })
  for (const rule of page.rules) {
    doc.save().lineWidth(rule.width).strokeColor(rule.color ?? '#000000')
    doc.moveTo(rule.x1, rule.y1).lineTo(rule.x2, rule.y2).stroke().restore()
  }
  for (const run of page.runs) {
    doc.fillColor(run.color ?? '#000000')
    for (const sub of splitByFace(run, fonts)) {
      doc.font(sub.fontName).fontSize(run.size)
      doc.text(sub.text, run.x + sub.dx, run.y, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: run.charSpacing,
      })
    }
  }
}

/**
 * pdfkit writes the info into XMP unescaped (a title with & breaks the packet) and knows no
 * 公文 fields: its writer is replaced on this document by one that escapes and adds them.
 */
export function useArchivalXmp(doc: Doc, meta: ArchivalMeta): void {
  const d = doc as unknown as { _addInfo: () => void; info: InfoForXmp; appendXML: (xml: string) => void }
  d._addInfo = () => d.appendXML(archivalXmp(d.info, meta))
}

/** Renders pages into one PDF. Fonts are subset by pdfkit; parsed faces come from the cache. */
export function writePdf(pages: LayoutPage[], fonts: FontSet, meta: PdfMeta): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    lang: 'zh-CN',
    info: {
      Title: meta.title,
      Author: meta.author ?? '',
      Subject: meta.subject ?? '',
      Creator: '公报档案',
      CreationDate: meta.creationDate ?? new Date(),
      ...(meta.pdfa ? archivalInfo(meta.pdfa) : {}),
    },
    // pdfkit adds the pdfaid XMP entries and an sRGB output intent (its bundled ICC profile)
    ...(meta.pdfa ? { subset: 'PDF/A-2b', pdfVersion: '1.7' } : {}),
  } as PDFKit.PDFDocumentOptions)
  if (meta.pdfa) useArchivalXmp(doc, meta.pdfa)
  // Names, not strings: pdfkit writes plain JS strings as PDF names
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root
  root.data.ViewerPreferences = doc.ref({
    DisplayDocTitle: true,
    PrintScaling: 'None',
    Duplex: 'DuplexFlipLongEdge',
  })
  const keys: (FontKey | 'fallback')[] = ['fang', 'song', 'songBold', 'hei', 'kai', 'fallback']
  for (const k of keys) doc.registerFont(k, (k === 'fallback' ? fonts.fallback : fonts.faces[k]) as never)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  for (const page of pages) drawPage(doc, page, fonts)
  doc.end()
  return done
}
