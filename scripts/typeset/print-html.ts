// Prints an HTML file to PDF with headless Chromium through playwright-core (page.pdf), for the
// HTML layouts whose running head and folio come from Chromium's header / footer templates.
// Usage: npx tsx scripts/typeset/print-html.ts in.html out.pdf '{"format":"A4",...}'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

async function main(): Promise<void> {
  const [input, out, json] = process.argv.slice(2)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] })
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(input).href, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    await page.pdf({ path: out, ...JSON.parse(json) })
  } finally {
    await browser.close()
  }
}

void main()
