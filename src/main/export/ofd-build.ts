// Writes an OFD package (GB/T 33190) from positioned text and lines: OFD.xml with DocInfo and
// CustomDatas, one Document.xml, fonts in PublicRes.xml (by name, and embedded as a FontFile in
// Res/ when the spec gives the font's bytes), one Content.xml per page with TextObjects and
// PathObjects. Lengths are in mm.
import JSZip from 'jszip'
import { escapeXml } from './pdfa-meta'
import type { Rule } from './types'

export interface OfdTextRun {
  /** First glyph's origin: x from the left, baseline y from the top (mm). */
  x: number
  y: number
  text: string
  /** An id from OfdDocSpec.fonts. */
  font: number
  size: number
  /** Advance from each character to the next (mm), one per character but the last. */
  deltaX: number[]
  /** Width of the whole run (mm), for the object's Boundary. */
  width: number
  color?: string
}

/** A ruled line, as the layout gives it (here in mm). */
export type OfdRule = Rule

export interface OfdFont {
  id: number
  fontName: string
  familyName: string
  bold?: boolean
  /** The font file (a subset) to embed as Res/font_<id>.otf|ttf; without it the name alone is given. */
  file?: { bytes: Uint8Array; ext: 'otf' | 'ttf' }
}

export interface OfdDocSpec {
  width: number
  height: number
  pages: { runs: OfdTextRun[]; rules: OfdRule[] }[]
  fonts: OfdFont[]
  info: { title: string; author?: string; subject?: string; creationDate?: Date }
  /** 公文 fields (文号, 发文机关, 成文日期, 公开属性, …) written as CustomData. */
  custom: Record<string, string>
}

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const n = (v: number): string => String(Math.round(v * 1000) / 1000)

function rgb(color: string | undefined): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '')
  return m ? m.slice(1).map((h) => parseInt(h, 16)).join(' ') : '0 0 0'
}

function el(name: string, text: string | undefined): string {
  return text ? `<ofd:${name}>${escapeXml(text)}</ofd:${name}>` : ''
}

function ofdXml(spec: OfdDocSpec): string {
  const { info } = spec
  const custom = Object.entries(spec.custom)
    .filter(([, v]) => v)
    .map(([k, v]) => `<ofd:CustomData Name="${escapeXml(k)}">${escapeXml(v)}</ofd:CustomData>`)
    .join('')
  const date = (info.creationDate ?? new Date()).toISOString().slice(0, 10)
  return `${HEAD}<ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>` +
    el('DocID', cryptoId()) + el('Title', info.title) + el('Author', info.author) + el('Subject', info.subject) +
    `<ofd:CreationDate>${date}</ofd:CreationDate><ofd:Creator>公报档案</ofd:Creator>` +
    (custom ? `<ofd:CustomDatas>${custom}</ofd:CustomDatas>` : '') +
    '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'
}

function cryptoId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '')
}

function textObject(id: number, r: OfdTextRun): string {
  // The box starts an em above the baseline, leaves room for descenders, and ends where the
  // last glyph does (readers take the run's extent from it).
  const box = `${n(r.x)} ${n(r.y - r.size)} ${n(r.width)} ${n(r.size * 1.3)}`
  const dx = r.deltaX.length ? ` DeltaX="${r.deltaX.map(n).join(' ')}"` : ''
  return `<ofd:TextObject ID="${id}" Boundary="${box}" Font="${r.font}" Size="${n(r.size)}">` +
    `<ofd:FillColor Value="${rgb(r.color)}"/><ofd:TextCode X="0" Y="${n(r.size)}"${dx}>${escapeXml(r.text)}</ofd:TextCode></ofd:TextObject>`
}

function pathObject(id: number, l: OfdRule): string {
  const x = Math.min(l.x1, l.x2) - l.width
  const y = Math.min(l.y1, l.y2) - l.width
  const w = Math.abs(l.x2 - l.x1) + 2 * l.width
  const h = Math.abs(l.y2 - l.y1) + 2 * l.width
  const path = `M ${n(l.x1 - x)} ${n(l.y1 - y)} L ${n(l.x2 - x)} ${n(l.y2 - y)}`
  return `<ofd:PathObject ID="${id}" Boundary="${n(x)} ${n(y)} ${n(w)} ${n(h)}" LineWidth="${n(l.width)}" Stroke="true" Fill="false">` +
    `<ofd:StrokeColor Value="${rgb(l.color)}"/><ofd:AbbreviatedData>${path}</ofd:AbbreviatedData></ofd:PathObject>`
}

/** A font resource; an embedded file goes beside it, under the Res's BaseLoc. */
function fontXml(f: OfdFont, zip: JSZip): string {
  const attrs = `ID="${f.id}" FontName="${escapeXml(f.fontName)}" FamilyName="${escapeXml(f.familyName)}"${f.bold ? ' Bold="true"' : ''}`
  if (!f.file) return `<ofd:Font ${attrs}/>`
  const name = `font_${f.id}.${f.file.ext}`
  // Fast deflate: font data shrinks little more at higher levels, and JSZip deflates in JavaScript.
  zip.file(`Doc_0/Res/${name}`, f.file.bytes, { compression: 'DEFLATE', compressionOptions: { level: 1 } })
  return `<ofd:Font ${attrs}><ofd:FontFile>${name}</ofd:FontFile></ofd:Font>`
}

/** Builds the package; object IDs are unique across the document (MaxUnitID is the last). */
export function buildOfd(spec: OfdDocSpec): Promise<Buffer> {
  const zip = new JSZip()
  let id = Math.max(0, ...spec.fonts.map((f) => f.id))
  const pageRefs: string[] = []
  spec.pages.forEach((page, i) => {
    const layer = ++id
    const objects = [...page.rules.map((l) => pathObject(++id, l)), ...page.runs.map((r) => textObject(++id, r))].join('')
    zip.file(`Doc_0/Pages/Page_${i}/Content.xml`, `${HEAD}<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="${layer}">${objects}</ofd:Layer></ofd:Content></ofd:Page>`)
    pageRefs.push(`<ofd:Page ID="${++id}" BaseLoc="Pages/Page_${i}/Content.xml"/>`)
  })
  const fonts = spec.fonts.map((f) => fontXml(f, zip)).join('')
  zip.file('OFD.xml', ofdXml(spec))
  zip.file('Doc_0/PublicRes.xml', `${HEAD}<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts>${fonts}</ofd:Fonts></ofd:Res>`)
  zip.file('Doc_0/Document.xml', `${HEAD}<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${id}</ofd:MaxUnitID>` +
    `<ofd:PageArea><ofd:PhysicalBox>0 0 ${n(spec.width)} ${n(spec.height)}</ofd:PhysicalBox></ofd:PageArea>` +
    `<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pageRefs.join('')}</ofd:Pages></ofd:Document>`)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } })
}
