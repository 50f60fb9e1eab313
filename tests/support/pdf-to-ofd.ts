// An OFD of a typeset PDF, for tests and benches: every text item pdf.js finds becomes a
// TextObject at the same place (points → mm), in a font of the same name, and every ruling line
// (table borders) a PathObject, written by the app's own OFD writer (buildOfd). The same source
// as the PDF fixture, in the other format.
import { buildOfd, type OfdDocSpec, type OfdFont, type OfdRule, type OfdTextRun } from '../../src/main/export/ofd-build'
import { loadPdfJs } from '../../src/main/importer/read/read-pdf'
import { pageRules } from '../../src/main/importer/read/pdf-rules'
import type { Rule } from '../../src/main/importer/layout/ruling-lines'

const MM = 25.4 / 72

// Advance guesses only share a run's measured width among its characters.
const guess = (ch: string): number => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5)

function run(item: { str: string; transform: number[]; width: number }, pageHeight: number, font: number): OfdTextRun {
  const [a, b, c, d, e, f] = item.transform
  const size = Math.hypot(c, d) || Math.hypot(a, b)
  const chars = [...item.str]
  const total = chars.reduce((s, ch) => s + guess(ch), 0) || 1
  const scale = item.width / total
  return {
    x: e * MM,
    y: (pageHeight - f) * MM,
    text: item.str,
    font,
    size: size * MM,
    deltaX: chars.slice(0, -1).map((ch) => guess(ch) * scale * MM),
    width: item.width * MM,
  }
}

/** A ruling line in page points (y up) as an OFD rule in mm (y down), hairline thin. */
function rule(r: Rule, pageHeight: number): OfdRule {
  return { x1: r.x0 * MM, y1: (pageHeight - r.y0) * MM, x2: r.x1 * MM, y2: (pageHeight - r.y1) * MM, width: 0.1 }
}

export async function pdfToOfd(pdf: Uint8Array, title = '公报'): Promise<Buffer> {
  const pdfjs = await loadPdfJs()
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  const fonts = new Map<string, OfdFont>()
  const spec: OfdDocSpec = { width: 210, height: 297, pages: [], fonts: [], info: { title }, custom: {} }
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , w, h] = page.view
    spec.width = w * MM
    spec.height = h * MM
    const content = await page.getTextContent()
    // Fonts' real names arrive with the drawing operators: only a page bringing a new font pays.
    const keys = Object.keys(content.styles)
    if (keys.some((k) => !fonts.has(k) && !page.commonObjs.has(k))) await page.getOperatorList()
    const runs: OfdTextRun[] = []
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue
      let font = fonts.get(item.fontName)
      if (!font) {
        const obj = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }) : null
        font = { id: fonts.size + 1, fontName: (obj?.name ?? 'SimSun').replace(/^[A-Z]{6}\+/, ''), familyName: '宋体' }
        fonts.set(item.fontName, font)
      }
      runs.push(run(item, h, font.id))
    }
    const rules = (await pageRules(page, pdfjs.OPS)).map((r) => rule(r, h))
    spec.pages.push({ runs, rules })
  }
  await doc.destroy()
  spec.fonts = [...fonts.values()]
  return buildOfd(spec)
}
