// A Word name table inside a column (county-docx-2col-j.docx, 兴政办函〔2022〕5号's 领导小组 as a ruled
// 姓名 | 单位及职务 table): each group's label on a row of its own, its other cell empty ('组长\t'),
// over its holders' rows ('梁文壮\t县委副书记、政府县长'). The reader gives each row whole, with a
// tab between its cells; no row is a post of the label over it, as pdftotext's cells a line each are.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { pairNames } from '../../../src/main/importer/parse/text-names'
import { flat, typesetFile, typesetTruth } from '../../support/typeset-files'

const LAYOUT = 'county-docx-2col-j'

describe('a Word name table whose group labels stand on rows of their own', () => {
  it('keeps the label row and its holders’ rows apart', () => {
    const rows = ['姓　名\t单位及职务', '组长\t', '梁文壮\t县委副书记、政府县长', '副组长\t', '刘　慧\t县委常委、政府副县长', '成员\t', '刘　伟\t县政府办主任', '张建华\t县委宣传部主持日常工作的副部长']
    const lines = rows.map((text, no) => ({ no, text, whole: true }))
    expect(pairNames(lines).map((l) => l.text)).toEqual(rows)
  })

  it('reads every paragraph of the table from the .docx', async () => {
    const file = typesetFile(LAYOUT, 'docx')
    const issue = parseIssue(await readSource(new Uint8Array(readFileSync(file)), file))
    const truth = typesetTruth(LAYOUT).find((d) => d.docNumber === '兴政办函〔2022〕5号')!
    const blocks = issue.documents.find((d) => d.docNumber === '兴政办函〔2022〕5号')!.blocks.map((b) => flat(b.text))
    for (const p of truth.paragraphs.map(flat)) expect(blocks).toContain(p)
  })
})
