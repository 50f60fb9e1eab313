// Dev tool: the 目录 the text reader takes from one text file: each entry (栏目, title, 文号, page) and
// where it starts and ends. npx tsx scripts/toc-dump.ts FILE
import { readFileSync } from 'node:fs'
import { splitLines } from '../src/main/importer/parse/lines'
import { parseToc } from '../src/main/importer/parse/toc'

const toc = parseToc(splitLines(readFileSync(process.argv[2], 'utf8').replace(/\r\n/g, '\n')))
console.log(`start ${toc.start} end ${toc.end} sections ${toc.sections.join(' | ')}`)
for (const e of toc.entries) console.log(`${e.category} | ${e.title} | ${e.docNumber} | ${e.page}`)
