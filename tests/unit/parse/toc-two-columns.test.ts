// A 目录 set in two columns (prov-lo-masthead.txt, tests/fixtures/typeset/tuning, lines 6–39):
// pdftotext sets the first lines of both columns in turn (the right column's 栏目 heading and the
// first line of its first entry fall between the left column's lines), then each column's rest.
// Read as they come, two entries were garbled and the right column's heading named the left
// column's second entry.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'

const text = [
  '\f目',
  '',
  '录',
  '',
  '【国务院文件】',
  '国务院关于同意建立国务院职业教育工作',
  '',
  '【国务院办公厅文件】',
  '',
  '部际联席会议制度的批复（国函',
  '',
  '国务院办公厅关于调整国务院第二次全国',
  '',
  '〔2018〕144 号）...........................1',
  '国务院关于做好当前和今后一个时期促进',
  '就业工作的若干意见（国发〔2018〕39',
  '号）.............................................2',
  '',
  '污染源普查领导小组组成人员的通知（国',
  '办函〔2018〕74 号）......................4',
  '国务院办公厅关于国家综合性消防救援车',
  '辆悬挂应急救援专用号牌有关事项的通知',
  '（国办发〔2018〕114 号）...............5',
  '国务院办公厅关于印发《政府网站集约化',
  '试点工作方案》的通知（国办函',
  '〔2018〕71 号）.............................6',
  '国务院办公厅关于抓好赋予科研机构和人',
  '员更大自主权有关文件贯彻落实工作的通',
  '知（国办发〔2018〕127 号）............8',
  '',
  '\f国务院文件',
  '',
  '国务院文件',
  '国函〔2018〕144 号',
].join('\n')

describe('a two-column 目录 read across for its first lines (prov-lo-masthead.txt)', () => {
  const toc = parseToc(splitLines(text))

  it('reads each entry whole, under its own 栏目', () => {
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['国务院文件', '国函〔2018〕144号', 1],
      ['国务院文件', '国发〔2018〕39号', 2],
      ['国务院办公厅文件', '国办函〔2018〕74号', 4],
      ['国务院办公厅文件', '国办发〔2018〕114号', 5],
      ['国务院办公厅文件', '国办函〔2018〕71号', 6],
      ['国务院办公厅文件', '国办发〔2018〕127号', 8],
    ])
    expect(toc.entries[0].title).toBe('国务院关于同意建立国务院职业教育工作部际联席会议制度的批复')
    expect(toc.entries[2].title).toBe('国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知')
    expect(toc.sections).toEqual(['国务院文件', '国务院办公厅文件'])
  })

  it('reads a one-column 目录 whose entry has no page before the next 栏目 as before', () => {
    const plain = parseToc(splitLines(['目　录', '【国务院文件】', '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', '【国务院办公厅文件】', '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知（国办函〔2018〕74 号）……4'].join('\n')))
    expect(plain.entries.map((e) => [e.category, e.title])).toEqual([
      ['国务院文件', '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复'],
      ['国务院办公厅文件', '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知'],
    ])
  })
})
