// A two-column 目录 that pdftotext (default mode) writes in blocks of neither column's order, read
// as pieces (toc-fragments.ts), from the tuning probe city-xe-toc2dec (its whole text: the body
// tells the joins): the decree listed by itself and its regulation under it ('澧阳市人民政府令（第
// 9 号）' / '专利代理条例', one page, no 文号), a joint entry's four units run on with no space
// ('澧阳市人力资源和社会保障局澧阳市发展和改革' / '委员会…'), the 文号 of that entry and of the last
// one written far from their titles ('（澧人社发〔2022〕6 号）' after the next 栏目's entries, two 文号
// alone after the last page). Its 栏目 come from the banners the body prints: the second entry under
// 市政府办公室文件, whose title the body writes after the next 栏目's banner (set at the top of the
// other column a little higher), is read under that one (the document is doubted).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { isDecreeEntry, numbersAfterEnd, opensUnitList, regulationsAfterDecrees } from '../../../src/main/importer/parse/toc-lone-pieces'
import { parserText } from '../../support/perturb'

const TEXT = parserText(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'city-xe-toc2dec', 'city-xe-toc2dec.txt'), 'utf8'))

describe('a two-column 目录 listing a decree twice and a joint entry whose units run on (city-xe-toc2dec)', () => {
  it('reads every entry with its 文号 and page', () => {
    expect(parseToc(splitLines(TEXT)).entries.map((e) => [e.category, e.title, e.docNumber, e.page])).toEqual([
      ['市政府令', '澧阳市人民政府令', '澧阳市人民政府令 第9号', 1],
      ['市政府令', '专利代理条例', null, 1],
      ['国务院文件', '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见', '国发〔2018〕42号', 3],
      ['国务院文件', '国务院关于做好当前和今后一个时期促进就业工作的若干意见', '国发〔2018〕39号', 7],
      ['国务院办公厅文件', '国务院办公厅关于印发“无废城市”建设试点工作方案的通知', '国办发〔2018〕128号', 9],
      ['国务院办公厅文件', '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见', '国办发〔2018〕115号', 14],
      ['部门联合发文', '澧阳市人力资源和社会保障局澧阳市发展和改革委员会澧阳市住房和城乡建设局澧阳市市场监督管理局关于认真做好住户调查大样本轮换工作的通知', '澧人社发〔2022〕6号', 16],
      ['市政府办公室文件', '兴县人民政府办公室关于更新行政执法主体的通知', '兴政办函〔2022〕6号', 17],
      ['市政府办公室文件', '兴县人民政府办公室关于成立兴县2022年高标准农田建设项目领导组的通知', '兴政办函〔2022〕16号', 18],
      ['国务院办公厅函件', '国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函', '国办函〔1996〕14号', 18],
      ['国务院办公厅函件', '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', '国办函〔2004〕36号', 19],
    ])
  })

  it('opens an entry on a line of units of one place run on, not on the line that goes on with them', () => {
    expect(opensUnitList('澧阳市人力资源和社会保障局澧阳市发展和改革')).toBe(true)
    expect(opensUnitList('委员会澧阳市住房和城乡建设局澧阳市市场')).toBe(false)
    expect(opensUnitList('兴县人民政府办公室关于更新行政执法主体的通')).toBe(false)
    expect(opensUnitList('转型升级的指导意见')).toBe(false)
  })

  it('takes a decree listed by itself, and the regulation under it with its page, as entries', () => {
    expect(isDecreeEntry('澧阳市人民政府令（第9号）')).toBe(true)
    expect(isDecreeEntry('专利代理条例')).toBe(false)
    const pieces = [
      { text: '澧阳市人民政府令（第9号）', page: 1, line: 9 },
      { text: '专利代理条例', page: 1, line: 10 },
      { text: '澧阳市人力资源和社会保障局澧阳市发展和改革', page: null, line: 14 },
    ]
    expect([...regulationsAfterDecrees(pieces)]).toEqual([1])
    // A page of its own: no regulation of that decree.
    expect([...regulationsAfterDecrees([pieces[0], { ...pieces[1], page: 3 }])]).toEqual([])
  })

  it('ends the 目录 with the 文号 lines written after its last page on that page', () => {
    const lines = splitLines(['性审核机制的指导意见. . . .14', '', '19', '', '（国办发〔2018〕115 号）', '', '（国办函〔2004〕36 号）', '', '\f市政府令', '', '（国发〔2018〕1 号）'].join('\n'))
    expect(numbersAfterEnd(lines, 2)).toBe(6)
    // Body text after the page: the 目录 ended there.
    expect(numbersAfterEnd(splitLines(['19', '', '市政府令', '（国发〔2018〕1 号）'].join('\n')), 0)).toBe(0)
  })
})
