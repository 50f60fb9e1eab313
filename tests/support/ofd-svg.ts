// A small OFD renderer for looking at exports: each page's text objects and path objects as SVG
// (mm units), every glyph at the place its TextCode and DeltaX give, in the font the package
// embeds (FontFile), else the one its resource names (served from resources/fonts when the name
// is one of ours). Not a full OFD renderer:
// no images, templates, clips or CTMs beyond translation.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openOfdPackage } from '../../src/main/importer/read/ofd/ofd-package'
import { numbers } from '../../src/main/importer/read/ofd/ofd-text'
import { child, children, descendants, type XmlElement } from '../../src/main/importer/read/ofd/ofd-xml'
import { escapeXml } from '../../src/main/export/pdfa-meta'
import { REPO_ROOT } from './sample'

const FONTS = join(REPO_ROOT, 'resources', 'fonts')

interface FontRes {
  name: string
  /** The embedded file's bytes, when the package carries the font. */
  file?: Buffer
}

/** The CSS family a text object's font is drawn in: the embedded file's own, else the name's. */
const family = (id: string, f: FontRes | undefined): string => (f?.file ? `ofd-font-${id}` : (f?.name ?? 'serif'))

function fontFaces(fonts: Map<string, FontRes>): string {
  return [...fonts]
    .map(([id, f]) => {
      const file = f.file ?? ['otf', 'ttf'].map((e) => join(FONTS, `${f.name}.${e}`)).flatMap((path) => { try { return [readFileSync(path)] } catch { return [] } })[0]
      // Inline: Chromium does not load fonts from file:// URLs into a file:// page.
      return file ? `@font-face{font-family:"${family(id, f)}";src:url("data:font/otf;base64,${file.toString('base64')}")}` : ''
    })
    .join('')
}

function textSvg(obj: XmlElement, fonts: Map<string, FontRes>): string {
  const [bx, by] = numbers(obj.attrs.Boundary)
  const size = Number(obj.attrs.Size)
  const fill = (child(obj, 'FillColor')?.attrs.Value ?? '0 0 0').split(' ').join(',')
  let x = 0
  let y = 0
  return children(obj, 'TextCode').map((code) => {
    if (code.attrs.X) x = Number(code.attrs.X)
    if (code.attrs.Y) y = Number(code.attrs.Y)
    const dx = numbers(code.attrs.DeltaX)
    const chars = [...code.text]
    const xs = chars.map((_, i) => bx + x + dx.slice(0, i).reduce((s, v) => s + v, 0))
    return `<text x="${xs.map((v) => v.toFixed(3)).join(' ')}" y="${(by + y).toFixed(3)}" font-size="${size}" font-family="${family(obj.attrs.Font, fonts.get(obj.attrs.Font))}" fill="rgb(${fill})">${escapeXml(code.text)}</text>`
  }).join('')
}

function pathSvg(obj: XmlElement): string {
  const [bx, by] = numbers(obj.attrs.Boundary)
  const stroke = (child(obj, 'StrokeColor')?.attrs.Value ?? '0 0 0').split(' ').join(',')
  const d = child(obj, 'AbbreviatedData')?.text ?? ''
  return `<path transform="translate(${bx} ${by})" d="${escapeXml(d)}" stroke="rgb(${stroke})" stroke-width="${obj.attrs.LineWidth ?? 0.353}" fill="none"/>`
}

/** One HTML page holding every page of the OFD as an SVG, one under the other. */
export function ofdToHtml(bytes: Uint8Array): string {
  const caps = { maxTotal: 200 * 1024 * 1024, maxXml: 32 * 1024 * 1024 }
  const pkg = openOfdPackage(bytes, 'render.ofd', caps)
  const body = child(pkg.xml('OFD.xml', 'OFD'), 'DocBody')!
  const docPath = pkg.resolve('OFD.xml', child(body, 'DocRoot')!.text)
  const doc = pkg.xml(docPath, 'Document')
  const fonts = new Map<string, FontRes>()
  for (const res of children(child(doc, 'CommonData'), 'PublicRes')) {
    const resPath = pkg.resolve(docPath, res.text)
    const xml = pkg.xml(resPath, 'Res')
    for (const f of descendants(xml, 'Font')) {
      const ref = child(f, 'FontFile')?.text.trim()
      const file = ref ? pkg.data(pkg.resolve(resPath, `${xml.attrs.BaseLoc ?? ''}/${ref}`), 'FontFile') : undefined
      fonts.set(f.attrs.ID, { name: f.attrs.FontName, ...(file ? { file } : {}) })
    }
  }
  const [, , w, h] = numbers(child(doc, 'CommonData/PageArea/PhysicalBox')?.text)
  const pages = children(child(doc, 'Pages'), 'Page').map((p) => {
    const page = pkg.xml(pkg.resolve(docPath, p.attrs.BaseLoc), 'Page')
    const content = child(page, 'Content')!
    const items = [...descendants(content, 'PathObject').map(pathSvg), ...descendants(content, 'TextObject').map((t) => textSvg(t, fonts))]
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}" style="background:#fff;display:block;margin-bottom:4mm">${items.join('')}</svg>`
  })
  return `<!doctype html><meta charset="utf-8"><style>${fontFaces(fonts)}body{margin:0;background:#888}</style>${pages.join('')}`
}
