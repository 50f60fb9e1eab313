// Two faults of the staircase reading (column-stairs.ts) on XeLaTeX pages whose 栏目 opens under a
// banner set in column 0 (text-swap round 7: prov-xe-unbal-b's look with other texts). The lines
// are the pages' own (swap-xe-unbal-b7 page 13, swap-xe-unbal-b9 page 10), set as runs at their
// places; the whole file's reading is asserted on swap-xe-unbal-b9, a tuning fixture.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { closingBlock, stairBlocks } from '../../../src/main/importer/layout/column-stairs'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'
import type { Block } from '../../../src/main/importer/layout/columns'
import type { ParsedIssue } from '../../../src/shared/domain'
import { typesetFile } from '../../support/typeset-files'

const BODY = 10.5
const TITLE = 14
let y = 700
/** A line's runs: its cells apart where the text has two spaces or more (a name list's name and post). */
function row(str: string, x: number, size = BODY): TextRun[] {
  y -= size * 1.6
  let at = x
  return str.split(/ {2,}/).map((cell) => {
    const run = { str: cell, x: at, y, width: [...cell].length * size, size }
    at += run.width + 3 * size
    return run
  })
}
function column(rows: [string, number?, number?][]): TextRun[] {
  y = 700
  return rows.flatMap(([s, x = 62, size]) => row(s, x, size))
}
const twoColumns = (left: TextRun[], right: TextRun[]): Block[] => [
  { columns: 2, column: 0, spans: false, runs: left },
  { columns: 2, column: 1, spans: false, runs: right },
]

describe('a 栏目 banner in column 0 over the page’s first 文号 (swap-xe-unbal-b7, page 13)', () => {
  const left = column([
    ['三、国务院办公厅文件', 62, TITLE],
    ['国办函〔1996〕16 号', 120],
    ['国务院办公厅关于黄金经济政策有关问题', 70, TITLE],
    ['的复函', 140, TITLE],
    ['国家经贸委、冶金部：'],
    ['国家经贸委《关于解决当前黄金生产问题的意', 83],
    ['四、关于黄金产品增值税和黄金产地加工问题', 83],
    ['在国内黄金收购价格与国际市场黄金价格并', 83],
  ])
  const right = column([
    ['轨前，继续免征黄金生产环节的增值税，配售', 305],
    ['环节的增值税即征即退。', 305],
    ['另外，白银的经济政策继续按照《国务院办公', 326],
    ['有关政策执行。', 305],
    ['国务院办公厅', 420],
    ['一九九六年二月九日', 410],
  ])

  it('is no title cut at a 栏目’s end: column 1 goes on with body text, so the page reads left column first', () => {
    const order = stairBlocks(twoColumns(left, right)).map((b) => b.runs[0].str)
    expect(order).toEqual(['三、国务院办公厅文件', '轨前，继续免征黄金生产环节的增值税，配售'])
  })
})

describe('what closes a document at column 1’s top (closingBlock)', () => {
  it('takes signatures over a date and a public note', () => {
    expect(closingBlock(groupLines(column([['国务院办公厅', 420], ['2018 年 11 月 20 日', 410], ['（此件公开发布）', 305]])))).toBe(true)
  })

  it('takes no column of name-list rows in cells, however short they are (swap-xe-unbal-b9, page 10)', () => {
    const rows = column([
      ['陈  刚    中国科协党组成员、书记处书记', 305],
      ['（二）专家委员（按姓氏笔划为序）', 305],
      ['马  敏    教授、华中师范大学原党委书记', 305],
      ['王  湛    江苏省原副省长', 305],
      ['韦建桦    教授、中央编译局原局长', 305],
      ['国务院办公厅', 420],
      ['2018 年 11 月 20 日', 410],
    ])
    expect(closingBlock(groupLines(rows))).toBe(false)
  })

  it('takes no column of more lines than nine units could sign, wrapped once, over a date', () => {
    const wrapped = Array.from({ length: 24 }, (_, k): [string, number] => [k % 2 === 0 ? '国家教材委员会办公室设在教育部，由教育部' : '教材局承担办公室工作。', 305])
    expect(closingBlock(groupLines(column([...wrapped, ['国务院办公厅', 420], ['2018 年 11 月 20 日', 410]])))).toBe(false)
  })
})

describe('swap-xe-unbal-b9 read from its PDF', () => {
  let issue: ParsedIssue
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(typesetFile('swap-xe-unbal-b9', 'pdf')))
    const pdf = await readPdf(bytes, 'swap-xe-unbal-b9.pdf', new AbortController().signal)
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  it('reads the name list’s page left column first: the document keeps its list, its closing and its date', () => {
    const doc = issue.documents.find((d) => d.docNumber === '国办发〔2018〕109号')!
    expect(doc.date).toBe('2018-11-20')
    const texts = doc.blocks.map((b) => b.text)
    expect(texts.indexOf('（二）专家委员（按姓氏笔划为序）')).toBeGreaterThan(texts.findIndex((t) => t.startsWith('邓秀新')))
  })
})
