import { readFileSync } from 'node:fs'
import { readPdf } from '../src/main/importer/read/read-pdf'
const f = process.argv[2]
readPdf(new Uint8Array(readFileSync(f)), f, new AbortController().signal).then((r) => {
  r.lines.forEach((l, i) => console.log(i, l.layout ? `p${l.layout.page} x${Math.round(l.layout.x ?? 0)} y${Math.round((l.layout as any).y ?? 0)}` : '', JSON.stringify(l.text)))
})
