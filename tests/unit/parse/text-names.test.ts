// Name lists set as a table (text-names.ts): a post too long for its cell wraps onto the next line.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { pairNames } from '../../../src/main/importer/parse/text-names'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'

const rowsOf = (raw: string[]): string[] => pairNames(splitLines(raw.join('\n'))).map((l) => l.text).filter((t) => !isBlank(t))

describe('a post wrapped onto the next line of its cell (city-pdfkit-2col.txt 910–922)', () => {
  const list = ['将调整后的组成人员名单通知如下：', '主 任：孙春兰', '国务院副总理', '副主任：陈宝生', '教育部部长', '王晓晖', '中央宣传部副部长、中央政研室副',
    '主任', '丁向阳', '国务院副秘书长', '秘书长：朱之文', '教育部副部长', '委 员：']

  it('gives the post its last line, and pairs the rows after it', () => {
    expect(rowsOf(list)).toEqual([
      '将调整后的组成人员名单通知如下：', '主 任：孙春兰\u3000\u3000国务院副总理', '副主任：陈宝生\u3000\u3000教育部部长',
      '王晓晖\u3000\u3000中央宣传部副部长、中央政研室副主任', '丁向阳\u3000\u3000国务院副秘书长', '秘书长：朱之文\u3000\u3000教育部副部长', '委 员：',
    ])
  })

  it('keeps line indexes', () => {
    expect(pairNames(splitLines(list.join('\n')))).toHaveLength(list.length)
  })

  it('leaves a label after a post as it is', () => {
    const labelled = ['梁言顺', '中央宣传部副部长', '王作安', '中央统战部副部长、宗教局局长', '（二）专家委员', '马 敏', '教授、华中师范大学原党委书记', '马志明', '院士']
    expect(rowsOf(labelled)).toContain('（二）专家委员')
  })

  it('takes no name as a tail, nor a post under one too short to wrap (state-pdfkit.txt 958–972)', () => {
    // '贾高建' with its post written elsewhere: the list stops there, the name stays whole.
    const list = ['甘　霖', '市场监管总局副局长', '甄占民', '中央党校副校长', '吴德刚', '中央党史和文献研究院副院长', '贾高建', '李树深', '中科院副院长']
    const rows = rowsOf(list)
    expect(rows).toContain('吴德刚\u3000\u3000中央党史和文献研究院副院长')
    expect(rows).toContain('贾高建')
    const short = ['副主任：杨元元', '国务院副秘书长', '民航总局局长', '刘金国', '公安部副部长', '王　伟', '北京奥组委执行副主席']
    expect(rowsOf(short).filter((t) => t.endsWith('国务院副秘书长民航总局局长'))).toEqual([])
  })
})

describe('a form table\'s cells over a wrapped title (county-docx-tabletoc2.txt 1013–1018)', () => {
  const file = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-docx-tabletoc2/county-docx-tabletoc2.txt')
  const text = readFileSync(file, 'utf8')

  it('takes no title tail (…的通知) for a post: the cells pair, the title stays whole', () => {
    // pdftotext writes the form's cells one a line ('出生年月' / '(盖 章) 年' / '月日'), then the
    // title's two lines: the long first one is prose to the list, its tail no post of '月日'.
    const lines = splitLines(text)
    const at = lines.findIndex((l) => l.text === '兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组')
    const out = pairNames(lines, at - 30, true)
    expect(out.slice(at + 1, at + 4).map((l) => l.text)).toContain('成人员的通知')
    expect(out.slice(at - 30, at).some((l) => l.text.endsWith('成人员的通知'))).toBe(false)
  })

  it('finds the 任免 document after the form', () => {
    const docs = parseIssue(text).documents
    expect(docs.map((d) => d.title)).toContain('关于调整兴县禁毒委员会成员单位及组成人员的通知')
    expect(docs).toHaveLength(10)
  })
})

describe('a name list table in -layout text, each category’s label on a row of its own (city-pdfkit-annex.layout.txt 575–591)', () => {
  it('gives the attached list its label rows and holders’ rows apart', () => {
    const file = path.join(__dirname, '../../fixtures/typeset/tuning/city-pdfkit-annex/city-pdfkit-annex.layout.txt')
    const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(file, 'utf8'))))
    const blocks = parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s+/g, '')))
    expect(blocks).toContain('主任')
    expect(blocks).toContain('孙春兰国务院副总理')
    expect(blocks).toContain('部门委员')
  })
})
