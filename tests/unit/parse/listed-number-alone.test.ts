// A 文号 the 目录 lists, standing alone on a body line with no title beside it (city-web-3col-song's
// txt, page 16: '兴政函〔2022〕45号' at the left column's foot, the title set larger under it, which
// pdftotext wrote rows later, joined with the middle column's lines). The document starts at the
// 文号 and takes its title from the 目录; before, it was lost into the 报告 above it, which then took
// its closing.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')

describe('a listed 文号 alone on its line, its title written elsewhere (plain text)', () => {
  it('starts the document there (city-web-3col-song)', async () => {
    const file = path.join(TUNING, 'city-web-3col-song', 'city-web-3col-song.txt')
    const source = await readSource(new Uint8Array(readFileSync(file)), path.basename(file))
    const docs = parseIssue({ text: source.text, lines: source.lines }).documents
    const doc = docs.find((d) => d.docNumber === '兴政函〔2022〕45号')
    expect(doc?.title).toBe('关于公布兴县第一批非物质文化遗产项目代表性传承人的通知')
    expect(doc?.category).toBe('县（市、区）文件')
    // The 报告 above keeps its own date; the notice's closing is no longer read into it.
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕35号')?.date).toBe('2022-05-06')
  }, 60_000)
})
