// A Word page's head set across the page right under the columns' last rows (pdftotext -layout,
// city-docx-sw-toctable pages 8 and 10): the 栏目 banner, the title, then the 文号 set across with
// a blank row under it. The title's rows start in the left column: a joint title's first line the
// cells cut at the lone space between its units ('兴县人力资源和社会保障局 兴县发展和改革局' /
// '兴县财政局关于'), a title wider than the column left whole. Read as the columns' last rows, the
// joint document's title was '关于' and the 跟班轮训 通知's 文号 went to the right column's foot
// (its 目录 lists no 文号, so nothing gave it back): both heads are set across, whole.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { spanningHeads } from '../../../src/main/importer/layout/text-layout-heads'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile } from '../../support/typeset-files'

const layoutText = (): string => readLayoutColumns(readFileSync(typesetFile('city-docx-sw-toctable', 'layout.txt'), 'utf8'))
const lines = (): string[] => layoutText().split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a title over both columns right over its 文号 set across', () => {
  it('sets the title’s rows across, one cut at a lone space among them', () => {
    const rows = ['', '   三、部门联合发文', ' 兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局关于', '  印发兴县依法关闭自备水井专项整治行动实施方案的通知', '                 （兴人社发〔2022〕24 号）', '']
    const kinds: Row[] = [
      { kind: 'blank' },
      { kind: 'left', text: rows[1] },
      { kind: 'both', left: ' 兴县人力资源和社会保障局 兴县发展和改革局', right: '兴县财政局关于' },
      { kind: 'left', text: rows[3] },
      { kind: 'across', text: rows[4] },
      { kind: 'blank' },
    ]
    expect(spanningHeads(rows, kinds).map((k) => k.kind)).toEqual(['blank', 'across', 'across', 'across', 'across', 'blank'])
    // Two columns' lines (a run of spaces between them) are no title's.
    const two = [...kinds]
    two[2] = { kind: 'both', left: ' 兴县人力资源和社会保障局', right: '兴县财政局关于' }
    const twoRows = [...rows]
    twoRows[2] = ' 兴县人力资源和社会保障局      兴县财政局关于'
    expect(spanningHeads(twoRows, two).map((k) => k.kind)).toEqual(['blank', 'left', 'both', 'left', 'across', 'blank'])
  })

  it('reads both heads of city-docx-sw-toctable whole, in place', () => {
    const read = lines()
    const joint = read.indexOf('兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局关于')
    expect(read.slice(joint, joint + 3)).toEqual(['兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局关于', '印发兴县依法关闭自备水井专项整治行动实施方案的通知', '（兴人社发〔2022〕24 号）'])
    const title = read.lastIndexOf('兴县人民政府办公室关于建立县乡机关干部跟班轮训制度的通知')
    expect(read[title + 1]).toBe('（兴政办函〔2022〕3 号）')
  })

  it('gives the issue both documents’ titles and 文号', () => {
    const docs = parseIssue(layoutText()).documents
    expect(docs.find((d) => d.docNumber === '兴人社发〔2022〕24号')?.title).toBe('关于印发兴县依法关闭自备水井专项整治行动实施方案的通知')
    expect(docs.find((d) => d.title === '关于建立县乡机关干部跟班轮训制度的通知')?.docNumber).toBe('兴政办函〔2022〕3号')
  })
})
