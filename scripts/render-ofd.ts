// Render check for OFD export: one sample document exported as PDF/A and as OFD, the OFD drawn
// by tests/support/ofd-svg.ts in Chromium, the PDF by pdftoppm, side by side as PNGs in OUT, with
// the share of ink pixels that differ. Usage: npx tsx scripts/render-ofd.ts OUT [文号] [page]
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import sharp from 'sharp'
import { createPdfExporter, defaultFontsDir } from '../src/main/export/export-pdf'
import { ofdToHtml } from '../tests/support/ofd-svg'
import { FIXTURES, sampleDocument } from '../tests/unit/export/helpers'

/**
 * How far the two renderings agree on where the ink is: both shrunk to a quarter (2 mm cells at
 * 96 dpi) so anti-aliasing of thin strokes does not count, then cells whose grey differs by more
 * than 40 of 255, as a share of the cells holding ink.
 */
async function inkDiff(a: string, b: string): Promise<string> {
  const { width = 794, height = 1123 } = await sharp(a).metadata()
  const small = { width: Math.round(width / 4), height: Math.round(height / 4), fit: 'fill' as const }
  const [ra, rb] = await Promise.all([a, b].map((f) => sharp(f).resize(small).greyscale().raw().toBuffer()))
  let ink = 0
  let diff = 0
  for (let i = 0; i < ra.length; i++) {
    if (ra[i] < 250 || rb[i] < 250) ink++
    if (Math.abs(ra[i] - rb[i]) > 40) diff++
  }
  return `${diff} of ${ink} inked cells differ (${((100 * diff) / Math.max(1, ink)).toFixed(1)}%)`
}

async function main(): Promise<void> {
  const [out = 'render-ofd', docNumber = FIXTURES.notice, pageArg = '1'] = process.argv.slice(2)
  const page = Number(pageArg)
  mkdirSync(out, { recursive: true })
  const exporter = createPdfExporter({ fontsDir: defaultFontsDir(), preferSystemFonts: false })
  const doc = sampleDocument(docNumber)
  const opts = { masthead: true, sourceLine: true }
  writeFileSync(join(out, 'doc.pdf'), await exporter.exportDocument(doc, { ...opts, pdfa: true }))
  writeFileSync(join(out, 'doc.html'), ofdToHtml(await exporter.exportDocumentsOfd([doc], opts)))
  execFileSync('pdftoppm', ['-r', '96', '-f', String(page), '-l', String(page), '-singlefile', '-png', join(out, 'doc.pdf'), join(out, 'pdf')])
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  const tab = await browser.newPage({ viewport: { width: 794, height: 1123 } })
  await tab.goto(`file://${resolve(out, 'doc.html')}`)
  await tab.evaluate(() => document.fonts.ready)
  // An embedded font Chromium refuses (its sanitizer) shows as 'error' and falls back silently.
  const faces = await tab.evaluate(() => [...document.fonts].map((f) => `${f.family} ${f.status}`))
  console.log(`fonts: ${faces.join(', ')}`)
  await tab.locator('svg').nth(page - 1).screenshot({ path: join(out, 'ofd.png') })
  await browser.close()
  console.log(`${docNumber} page ${page}: ${await inkDiff(join(out, 'pdf.png'), join(out, 'ofd.png'))}; see ${out}/pdf.png and ${out}/ofd.png`)
}

void main()
