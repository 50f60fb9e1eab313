// pdftotext text of city-pdfkit-2col (tests/fixtures/typeset/tuning, arranged from real documents):
// two columns written block by block as the blocks come down the page, so that a closing of the
// left column stands under a title of the right one, and a 附注 under the right column's text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { readClosingOrder, splitColumns } from '../../../src/main/importer/parse/text-closing-order'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

describe('a page written block by block across two columns', () => {
  // The last page of 人事任免 and 公告 as pdftotext wrote it (names shortened): 教材委员会's names
  // (left), 污染源普查's (right top), the right column's closing, the 公告 title, the left
  // column's closing under it, the 公告's text, the left 附注, 污染源普查's title, the 公告's closing.
  const page = [
    '史宁中\n仲呈祥\n杨 河\n李 烈',
    '教授、东北师范大学原校长\n研究员、中国文联原副主席\n教授、北京大学社会科学学部主任\n正高级教师、北京第二实验小学原',
    '赵英民\n生态环境部副部长\n倪 虹\n住房城乡建设部副部长\n领导小组办公室设在生态环境部，办公室主任\n由生态环境部副部长赵英民兼任。领导小组成员因\n工作变动等需要调整的，由所在单位向领导小组办\n公室提出，报领导小组组长审批。',
    '校长\n李 捷\n研究员、求是杂志社原社长\n潘云鹤\n院士、工程院原副院长\n国家教材委员会办公室设在教育部，由教育部\n教材局承担办公室工作。',
    '国务院办公厅\n2018 年 11 月 5 日\n（此件公开发布）',
    '公告\n国务院办公厅关于2019年部分节假日\n安排的通知',
    '国务院办公厅\n2018 年 11 月 20 日',
    '各省、自治区、直辖市人民政府，国务院各部委、\n各直属机构：\n经国务院批准，现将2019年元旦、春节、清明\n节、劳动节、端午节、中秋节和国庆节放假调休日\n期的具体安排通知如下。\n节假日期间，各地区、各部门要妥善安排好值\n班和安全、保卫等工作，遇有重大突发事件，要按\n规定及时报告并妥善处置，确保人民群众祥和平安\n度过节日假期。',
    '（此件公开发布）',
    '国务院办公厅关于调整国务院第二次\n全国污染源普查领导小组组成人员的\n通知\n各省、自治区、直辖市人民政府，国务院各部委、\n各直属机构：\n根据机构设置、人员变动情况和工作需要，国\n务院决定对国务院第二次全国污染源普查领导小组\n将调整后的名单通知如下：\n组 长：韩 正\n国务院副总理\n王春峰\n自然资源部党组成员',
    '国务院办公厅\n2018 年 12 月 4 日',
  ].join('\n\n')

  it('reads each column down, so that each closing follows its own document', () => {
    const text = readClosingOrder(splitLines(page)).map((l) => l.text).filter((t) => t.trim())
    const after = (line: string): string => text[text.indexOf(line) - 1]
    expect(after('2018 年 11 月 20 日')).toBe('国务院办公厅')
    expect(text[text.indexOf('2018 年 11 月 20 日') - 2]).toBe('教材局承担办公室工作。')
    expect(text[text.indexOf('2018 年 11 月 5 日') - 2]).toBe('公室提出，报领导小组组长审批。')
    expect(text[text.indexOf('2018 年 12 月 4 日') - 2]).toBe('度过节日假期。')
  })

  it('leaves a page that reads in the genre’s order as it is', () => {
    const lines = splitLines(page.split('\n\n').slice(0, 5).join('\n\n'))
    expect(readClosingOrder(lines)).toEqual(lines)
  })

  it('keeps a split that breaks nothing, the text’s order among ties', () => {
    const body = { start: 'body', end: 'body', height: 5 } as const
    expect(splitColumns([body, body, body])).toEqual({ left: [0, 1, 2], right: [], breaks: 0 })
  })

  it('splits pages of forty odd blocks in bounded work (every state kept took seconds a page)', { timeout: 30_000 }, () => {
    const kinds = ['title', 'closing', 'body', 'number', 'note', 'banner', 'line'] as const
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let page = 0; page < 10; page++) {
      const blocks = Array.from({ length: 40 }, () => {
        const start = kinds[Math.floor(next() * kinds.length)]
        return { start, end: next() < 0.5 ? start : ('body' as const), height: 1 + Math.floor(next() * 12), short: next() < 0.3 }
      })
      const split = splitColumns(blocks)
      expect(split).not.toBeNull()
      // Every block read once, each column in the text's order.
      expect([...split!.left, ...split!.right].sort((a, b) => a - b)).toEqual(blocks.map((_, k) => k))
      expect(split!.left).toEqual([...split!.left].sort((a, b) => a - b))
    }
  })
})

describe('city-pdfkit-2col as pdftotext wrote it', () => {
  it('dates each document without 文号 by its own closing', () => {
    const docs = parseIssueTraced(tuning('city-pdfkit-2col')).documents.map((d) => d.doc)
    const dateOf = (title: string): string | null | undefined => docs.find((d) => d.title.includes(title))?.date
    expect(dateOf('国家教材委员会')).toBe('2018-11-20')
    expect(dateOf('污染源普查')).toBe('2018-11-05')
    expect(dateOf('节假日')).toBe('2018-12-04')
    expect(docs.find((d) => d.title.includes('污染源普查'))?.category).toBe('人事任免')
  })
})
