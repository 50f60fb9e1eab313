// The written PDF: text layer in source order, fonts embedded, fallback glyphs, print settings.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPdfExporter, defaultFontsDir } from '../../../src/main/export/export-pdf'
import { loadFontSet } from '../../../src/main/export/fonts'
import { normalizeText } from '../../../src/main/export/text-normalize'
import { splitByFace } from '../../../src/main/export/write-pdf'
import { FIXTURES, sampleDocument } from './helpers'

const exporter = createPdfExporter({ fontsDir: defaultFontsDir(), preferSystemFonts: false })

async function textLayer(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  let text = ''
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p)
    const content = await page.getTextContent()
    for (const item of content.items) {
      if (!('str' in item)) continue
      text += item.str
    }
  }
  return { text, pages: doc.numPages }
}

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')

/** True when every character of `needle` occurs in `hay` in order. */
function inOrder(needle: string, hay: string): string | null {
  let at = 0
  for (const ch of needle) {
    const k = hay.indexOf(ch, at)
    if (k < 0) return needle.slice(needle.indexOf(ch, 0), needle.indexOf(ch, 0) + 20)
    at = k + 1
  }
  return null
}

describe('PDF of 兴政发〔2022〕8号', () => {
  let pdf: Buffer
  const doc = sampleDocument(FIXTURES.notice)
  beforeAll(async () => {
    pdf = await exporter.exportDocument(doc)
  })

  it('holds every body character of the source, in order', async () => {
    const { text } = await textLayer(pdf)
    const layer = squash(text)
    const source = squash(doc.blocks.map((b) => normalizeText(b.text.replace(/\t/g, ''))).join(''))
    expect(inOrder(source, layer)).toBeNull()
    expect(layer).toContain(squash('兴政发〔2022〕8号'))
  })

  it('embeds its fonts and asks viewers to print at 100 % on both sides', () => {
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/\/PrintScaling \/None/)
    expect(raw).toMatch(/\/Duplex \/DuplexFlipLongEdge/)
    expect(raw).toMatch(/\/FontFile3/)
    const dir = mkdtempSync(join(tmpdir(), 'gb-export-'))
    writeFileSync(join(dir, 'a.pdf'), pdf)
    try {
      const out = execFileSync('pdffonts', [join(dir, 'a.pdf')], { encoding: 'utf8' })
      const rows = out.split('\n').slice(2).filter(Boolean)
      expect(rows.length).toBeGreaterThanOrEqual(2)
      for (const row of rows) expect(row).toMatch(/\syes\s+yes\s+yes\s/)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e // poppler not installed
    }
  })

  it('carries title, issuer and 文号 as metadata', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const d = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
    const info = (await d.getMetadata()).info as Record<string, unknown>
    expect(info.Title).toBe(doc.title)
    expect(info.Author).toBe('兴县人民政府')
    expect(info.Subject).toBe('兴政发〔2022〕8号')
  })
})

describe('per-character fallback', () => {
  it('draws 堃 from Noto Serif SC and keeps it in the text layer', async () => {
    const doc = sampleDocument(FIXTURES.pledge)
    doc.blocks = [{ kind: 'paragraph', text: '联系人：王堃、李喆、张珺，电话6322031。' }, ...doc.blocks]
    const pdf = await exporter.exportDocument(doc)
    const { text } = await textLayer(pdf)
    expect(text).toContain('堃')
    expect(text).toContain('喆')
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC/)
    const fonts = loadFontSet(defaultFontsDir(), false)
    const run = { x: 0, y: 0, text: '王堃同志', font: 'fang' as const, size: 16, charSpacing: 0 }
    expect(splitByFace(run, fonts).map((s) => `${s.fontName}:${s.text}`)).toEqual(['fang:王', 'fallback:堃', 'fang:同志'])
  })
})

describe('combined export', () => {
  it('starts each document on an odd page', async () => {
    const docs = [sampleDocument(FIXTURES.pledge), sampleDocument(FIXTURES.nameList)]
    const single = await Promise.all(docs.map((d) => exporter.exportDocument(d)))
    const counts = await Promise.all(single.map(async (b) => (await textLayer(b)).pages))
    const combined = await textLayer(await exporter.exportDocuments(docs))
    const first = counts[0] + (counts[0] % 2)
    expect(combined.pages).toBe(first + counts[1])
  })
})
