import { readFileSync } from 'node:fs'
import { loadPdfJs } from './src/main/importer/read/read-pdf'
void (async () => {
  const pdfjs: any = await loadPdfJs()
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), ...(await import("./src/main/importer/read/read-pdf")).assetDirs() }).promise
  const page = await doc.getPage(Number(process.argv[3]))
  const tc = await page.getTextContent()
  const items = tc.items.filter((i: any) => i.str !== undefined)
  const k = items.findIndex((i: any) => i.str.includes(process.argv[4]))
  for (const it of items.slice(Math.max(0, k - 6), k + 10)) console.log(JSON.stringify(it.str), it.transform[4].toFixed(1), it.transform[5].toFixed(1), it.width.toFixed(1), it.fontName)
})()
