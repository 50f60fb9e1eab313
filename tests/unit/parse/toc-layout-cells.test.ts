// A three-column 目录 (the title wrapping in its column, the 文号 in a column of its own top-aligned
// with the title's first line, the page flush right) in pdftotext -layout text, its title column
// narrower than its siblings' (the county-pdfkit-16k texts and look, the title column at 0.46 of
// the width and the 文号 column at 0.5: titles wrap over three lines). Read as two columns of
// text, its titles came first and their cells after them; a title's third line giving its 文种
// ('通知', which the body prints alone too) or going on after a 文种 inside it ('…划拨方案' /
// '的请示的批复') was lost.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'

const toc = [
  '                      目    录',
  '                2022年第9期（总第11期）',
  '',
  '',
  '',
  '                      〓国务院文件〓',
  '国务院关于同意乌鲁木齐、昌吉、石河 国函〔2018〕145号           （1）',
  '子高新技术产业开发区建设国家自主创',
  '新示范区的批复',
  '',
  '',
  '                 〓国务院办公厅文件〓',
  '国务院办公厅关于国家综合性消防救援 国办发〔2018〕114号          （2）',
  '车辆悬挂应急救援专用号牌有关事项的',
  '通知',
  '',
  '',
  '                      〓县政府文件〓',
  '兴县人民政府关于印发《兴县全民健身 兴政发〔2022〕9号            （4）',
  '实施计划(2021—2025年)》通知',
  '',
  '兴县人民政府关于兴县殡仪馆及骨灰堂 兴政函〔2022〕43号           （9）',
  '建设项目国有建设用地使用权划拨方案',
  '的请示的批复',
  '',
  '兴县人民政府关于2021-09号宗地国有      兴政函〔2022〕62号   （9）',
  '建设用地使用权挂牌出让方案的请示的',
  '批复',
  '',
  '',
  '                  〓部门联合发文〓',
  '兴县人力资源和社会保障局等三部门关 兴人社发〔2022〕36号          （10）',
  '于印发兴县煤炭消费减量替代2022年工',
  '作方案的通知',
  '              〓县政府办公室文件〓',
  '兴县人民政府办公室关于印发兴县农村 兴政办发〔2022〕13号   （14）',
  '“厕所革命”实施方案的通知',
  '',
  '兴县人民政府办公室关于更新行政执法 兴政办函〔2022〕6号    （20）',
  '主体的通知',
  '',
  '',
  '                 〓人事任免〓',
  '兴县人民政府办公室关于调整兴县禁毒                 （22）',
  '委员会成员单位及组成人员的通知',
].join('\n')

// The body, where the last document's title wraps before its 文种.
const body = [
  '',
  '                          兴政办函〔2022〕6号',
  '',
  '       兴县人民政府办公室关于更新行政执法主体的',
  '                通知',
  '',
  '各乡镇人民政府，县直各有关单位：',
].join('\n')

describe('a three-column 目录 in -layout text whose titles wrap over three lines', () => {
  const text = readLayoutColumns(`${toc}\n\f${body}\n`)

  it('keeps each title\'s first line on its row with its 文号 and page', () => {
    const rows = text.split('\n').map((l) => l.trim())
    expect(rows).toContain('国务院关于同意乌鲁木齐、昌吉、石河 国函〔2018〕145号           （1）')
    expect(rows).toContain('兴县人民政府关于兴县殡仪馆及骨灰堂 兴政函〔2022〕43号           （9）')
  })

  it('reads every entry with its whole title, 文号 and page', () => {
    const { entries } = parseToc(splitLines(text))
    expect(entries.map((e) => [e.title, e.docNumber, e.page])).toEqual([
      ['国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复', '国函〔2018〕145号', 1],
      ['国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知', '国办发〔2018〕114号', 2],
      ['兴县人民政府关于印发《兴县全民健身实施计划(2021—2025年)》通知', '兴政发〔2022〕9号', 4],
      ['兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国有建设用地使用权划拨方案的请示的批复', '兴政函〔2022〕43号', 9],
      ['兴县人民政府关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示的批复', '兴政函〔2022〕62号', 9],
      ['兴县人力资源和社会保障局等三部门关于印发兴县煤炭消费减量替代2022年工作方案的通知', '兴人社发〔2022〕36号', 10],
      ['兴县人民政府办公室关于印发兴县农村“厕所革命”实施方案的通知', '兴政办发〔2022〕13号', 14],
      ['兴县人民政府办公室关于更新行政执法主体的通知', '兴政办函〔2022〕6号', 20],
      ['兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知', null, 22],
    ])
  })
})

// The same 目录 with the 文号 column set in 楷体 11 pt close to the titles (0.5 and 0.53 of the
// width): a 文号 wrapped in its column sets its '号' on the title's next line.
const wrapped = [
  '                      目   录',
  '                2022年第9期（总第11期）',
  '',
  '',
  '',
  '                     〓国务院文件〓',
  '国务院关于同意乌鲁木齐、昌吉、石河子 国函〔2018〕145号          （1）',
  '高新技术产业开发区建设国家自主创新示',
  '范区的批复',
  '',
  '',
  '                 〓国务院办公厅文件〓',
  '国务院办公厅关于国家综合性消防救援车 国办发〔2018〕114号         （2）',
  '辆悬挂应急救援专用号牌有关事项的通知',
  '',
  '',
  '                     〓县政府文件〓',
  '兴县人民政府关于印发《兴县全民健身实 兴政发〔2022〕9号           （4）',
  '施计划(2021—2025年)》通知',
  '',
  '兴县人民政府关于兴县殡仪馆及骨灰堂建 兴政函〔2022〕43号          （9）',
  '设项目国有建设用地使用权划拨方案的请',
  '示的批复',
  '',
  '兴县人民政府关于2021-09号宗地国有建设 兴政函〔2022〕62号      （9）',
  '用地使用权挂牌出让方案的请示的批复',
  '',
  '',
  '                     〓部门联合发文〓',
  '兴县人力资源和社会保障局等三部门关于 兴人社发〔2022〕36          （10）',
  '印发兴县煤炭消费减量替代2022年工作方 号',
  '案的通知',
  '',
  '',
  '                 〓县政府办公室文件〓',
  '兴县人民政府办公室关于印发兴县农村         兴政办发〔2022〕13   （14）',
  '“厕所革命”实施方案的通知             号',
].join('\n')

describe('a three-column 目录 in -layout text whose 文号 wraps in its column', () => {
  it("keeps the 文号's last cell out of the title's next line", () => {
    const { entries } = parseToc(splitLines(readLayoutColumns(`${wrapped}\n\f${body}\n`)))
    const entry = entries.find((e) => e.page === 14)
    expect(entry?.title).toBe('兴县人民政府办公室关于印发兴县农村“厕所革命”实施方案的通知')
    expect(entry?.docNumber).toBe('兴政办发〔2022〕13号')
    expect(entries.find((e) => e.page === 10)?.docNumber).toBe('兴人社发〔2022〕36号')
  })
})
