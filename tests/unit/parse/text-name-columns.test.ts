// A name list set as a ruled two-column table (姓名 | 职务), which pdftotext without -layout writes
// a column at a time (text-name-columns.ts): the names with their row labels, then the posts, page
// by page. Lines as the parser has them: the page's folio and running head already blanked.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { joinNameColumns } from '../../../src/main/importer/parse/text-name-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText } from '../../support/typeset-files'

const rowsOf = (raw: string[]): string[] => joinNameColumns(splitLines(raw.join('\n'))).map((l) => l.text).filter((t) => !isBlank(t))

describe('a name table read a column at a time', () => {
  // county-web-masthead-t.txt: 37's 领导小组, its table running over a page ('·25·' and the next
  // page's running head blanked). Each post was a paragraph of its own, its name another.
  const table = [
    '方位推动高质量发展。经研究，决定成立兴县培育乡村 e 镇工作领导小组。',
    '一、组成人员',
    '',
    '姓 名', '组长', '梁文壮', '副组长', '刘 慧', '成员', '刘 伟', '张建华', '张建平',
    '',
    '', // ·25·
    '',
    '单位及职务', '县委副书记、政府县长', '县委常委、政府副县长', '县政府办主任', '县委宣传部主持日常工作的副部长', '县财政局局长',
    '',
    '', // 岚漪政报 2022年第4期
    '',
    '梁云云', '王亚东', '吕 军',
    '',
    '县市场监管局局长', '县融媒体中心主任', '县电子商务服务中心主任',
    '',
    '领导小组定期主持召开培育乡村 e 镇工作会议，研究乡村 e 镇发展模式，协调解决',
  ]

  it('reads each name with the post on its row, over the page, the row labels alone', () => {
    expect(rowsOf(table)).toEqual([
      '方位推动高质量发展。经研究，决定成立兴县培育乡村 e 镇工作领导小组。',
      '一、组成人员',
      '姓 名\t单位及职务', '组长', '梁文壮\t县委副书记、政府县长', '副组长', '刘 慧\t县委常委、政府副县长', '成员',
      '刘 伟\t县政府办主任', '张建华\t县委宣传部主持日常工作的副部长', '张建平\t县财政局局长',
      '梁云云\t县市场监管局局长', '王亚东\t县融媒体中心主任', '吕 军\t县电子商务服务中心主任',
      '领导小组定期主持召开培育乡村 e 镇工作会议，研究乡村 e 镇发展模式，协调解决',
    ])
  })

  it('keeps line indexes', () => {
    expect(joinNameColumns(splitLines(table.join('\n')))).toHaveLength(table.length)
  })

  it('reads a list under its heading without the head row (county-web-masthead-u.txt, 国家教材委员会)', () => {
    const list = ['委 员：', '（一）部门委员', '', '梁言顺', '王作安', '刘烈宏', '郑泽光', '黄 卫', '',
      '中央宣传部副部长', '中央统战部副部长、宗教局局长', '中央网信办副主任', '外交部副部长', '科技部副部长', '', '（二）专家委员（按姓氏笔划为序）']
    expect(rowsOf(list)).toEqual(['委 员：', '（一）部门委员', '梁言顺\t中央宣传部副部长', '王作安\t中央统战部副部长、宗教局局长',
      '刘烈宏\t中央网信办副主任', '郑泽光\t外交部副部长', '黄 卫\t科技部副部长', '（二）专家委员（按姓氏笔划为序）'])
  })

  it('leaves columns alone whose posts are not as many as the names', () => {
    const list = ['', '梁言顺', '王作安', '刘烈宏', '郑泽光', '', '中央宣传部副部长', '中央统战部副部长、宗教局局长', '中央网信办副主任', '']
    expect(rowsOf(list)).toEqual(list.filter((t) => t !== ''))
  })
})

describe('a name table whose posts wrapped in their cell (city-docx-sw-tables.txt page 14, 兴政办函〔2022〕5号)', () => {
  // The posts' column runs two lines longer than the names' 20: '县政府信息和金融' / '服务中心主任' and
  // '县电子商务服务中' / '心主任' fill the cell and go on below, as whole posts fill it too ('县乡村振兴局局长').
  it('joins each wrapped post to its rest, where the issue prints the words across the break, and reads the rows', () => {
    const doc = parseIssue(typesetText('city-docx-sw-tables')).documents.find((d) => d.docNumber === '兴政办函〔2022〕5号')
    const paragraphs = new Set(doc?.blocks.map((b) => flat(b.text)))
    for (const row of ['李志鸿县乡村振兴局局长', '王志辉县农业农村局局长', '裴亚军县政府信息和金融服务中心主任', '吕军县电子商务服务中心主任', '李强县邮政管理局局长', '王亚东蔡家崖乡乡长']) expect(paragraphs).toContain(row)
  })
})
