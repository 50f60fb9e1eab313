import { readFileSync, writeFileSync } from 'node:fs'
import { pdfToOfd } from './support/pdf-to-ofd'
import { readSource } from '../src/main/importer/read/read-source'
import { parseIssue } from '../src/main/importer/parse/parse-issue'
const pdf = new Uint8Array(readFileSync('tests/fixtures/files/xingxian-2022-02.pdf'))
let t = Date.now()
const ofd = await pdfToOfd(pdf)
console.log('convert', Date.now() - t, ofd.length); t = Date.now()
writeFileSync('/tmp/ofdw/issue.ofd', ofd)
const a = await readSource(pdf, 'x.pdf'); console.log('pdf read', Date.now() - t); t = Date.now()
const b = await readSource(ofd, 'x.ofd'); console.log('ofd read', Date.now() - t); t = Date.now()
const pa = parseIssue({ text: a.text, lines: a.lines }), pb = parseIssue({ text: b.text, lines: b.lines })
console.log('parse', Date.now() - t)
const f = (p) => p.documents.map((d) => [d.docNumber, d.title, d.issuer, d.date, d.category, d.tocPage].join('|'))
const fa = f(pa), fb = f(pb)
console.log(fa.length, fb.length, fa.filter((x, i) => x !== fb[i]))
console.log(fb.filter((x, i) => x !== fa[i]))
console.log(a.text === b.text)
writeFileSync('/tmp/ofdw/ipdf.txt', a.text); writeFileSync('/tmp/ofdw/iofd.txt', b.text)
