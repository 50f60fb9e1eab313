// A two-column page pdftotext wrote block by block, left and right in turn, whose last block is a
// document begun at the foot of the left column (city-pdfkit-2col, page 11 of the issue): its
// text stops mid-sentence ('…进行调整。现') and goes on at the top of the right column.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { readFeet } from '../../../src/main/importer/parse/text-feet'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { REPO_ROOT } from '../../support/sample'

const before = [
  '点申报情况，确定北京、吉林、安徽、山东、湖北、',
  '湖南、广东、广西、重庆、贵州10个省（区、市）',
  '和西藏自治区拉萨市作为试点地区。',
  '三、试点任务',
]
// The page as written: left, right, left, right, left's foot.
const page = [
  '进行集中解析。将互联网协议第6版（IPv6）改造',
  '与政府网站集约化工作一并部署、同步推进，确保',
  '集约化平台支持IPv6。',
  '',
  '将调整后的组成人员名单通知如下：',
  '主 任：孙春兰',
  '国务院副总理',
  '副主任：陈宝生',
  '教育部部长',
  '',
  '四、工作进度',
  '（一）制定实施方案。试点地区要结合实际抓',
  '紧制定具体实施方案，细化任务措施，明确时间节',
  '点，并于2018年12月底前报送国务院办公厅备案。',
  '（二）组织开展试点。试点地区要按照制定的',
  '具体实施方案积极有序开展相关工作，确保完成试',
  '点任务，取得工作成效。',
  '',
  '（一）部门委员',
  '梁言顺',
  '中央宣传部副部长',
  '王作安',
  '中央统战部副部长、宗教局局长',
  '',
  '人事任免',
  '国务院办公厅关于调整国家教材委员',
  '会组成人员的通知',
  '各省、自治区、直辖市人民政府，国务院各部委、',
  '各直属机构：',
  '根据机构设置、人员变动情况和工作需要，国',
  '务院决定对国家教材委员会组成人员进行调整。现',
]
const after = ['史宁中', '教授、东北师范大学原校长', '现将有关事项通知如下：', '现将调整后的名单通知如下：']

const text = (lines: string[]): string => [before.join('\n'), lines.join('\n'), after.join('\n')].join('\n\f')

// Page 8 of the same issue: the right column is one block, written after the left column's top;
// the left column's signature and the next document's title and text come after it.
const page8 = [
  '的检查和督促。煤矿安全监察机构要依法监察，严',
  '格执法，要加强对煤矿日常生产过程的安全监察，',
  '改。加大事故查处和结案的力度，严肃追究有关责',
  '任人的行政责任。',
  '',
  '大连重工·起重集团公司和大连船用柴油机厂等企',
  '业，投入5亿元，建设具有年产130根大型船用柴油',
  '机曲轴能力的项目。',
  '发展改革委意见：目前国产船用柴油机所用曲',
  '轴全部依赖进口，2004年预计国产大型柴油机94台，',
  '网建设资金问题，建议你省积极推进电力体制改革，',
  '加快电网企业主辅分离，尽快推进剥离多种经营企',
  '',
  '国务院办公厅',
  '二〇〇四年一月十六日',
  '（本文有删减）',
  '',
  '国务院办公厅关于辽宁省在曾培炎副',
  '总理考察工作时所提问题和建议办理',
  '情况的函',
  '辽宁省人民政府：',
  '二、关于开发生产大型船用柴油机曲轴项目问',
  '题。大连市请求，联合中国第一重型机械集团公司、',
]
const after8 = ['业的改革，使电网企业的收益能够最大限度地用于', '电网建设。其次，实施输配电企业单独核算，在明', '大连重工集团公司、大连船用柴油机厂', '多种经营企业的改革']

describe('a page that ends at the left column’s foot', () => {
  it('keeps a signature under its document when the right column is one block', () => {
    const src = [before.join('\n'), page8.join('\n'), after8.join('\n')].join('\n\f')
    const out = readFeet(splitLines(src)).map((l) => l.text).filter((t) => t !== '')
    const at = (s: string): number => out.indexOf(s)
    expect(at('国务院办公厅')).toBe(at('任人的行政责任。') + 1)
    expect(at('大连重工·起重集团公司和大连船用柴油机厂等企')).toBe(at('题。大连市请求，联合中国第一重型机械集团公司、') + 1)
  })

  it('reads the left column down to its foot, then the right column', () => {
    const out = readFeet(splitLines(text(page))).map((l) => l.text).filter((t) => t !== '')
    const at = (s: string): number => out.indexOf(s)
    expect(at('务院决定对国家教材委员会组成人员进行调整。现') + 1).toBe(at('将调整后的组成人员名单通知如下：'))
    expect(at('人事任免')).toBeGreaterThan(at('点任务，取得工作成效。'))
    expect(at('（一）部门委员')).toBeGreaterThan(at('教育部部长'))
    expect(out).toHaveLength(page.filter((t) => t !== '').length + before.length + after.length)
  })

  it('leaves a page written line by line (one line a block) to the two-stream reader', () => {
    const byLine = page.filter((t) => t !== '').flatMap((t) => [t, ''])
    const src = splitLines(text(byLine))
    expect(readFeet(src).map((l) => l.text)).toEqual(src.map((l) => l.text))
  })

  it('leaves a page whose foot ends its sentence', () => {
    const closed = [...page.slice(0, -1), '务院决定对国家教材委员会组成人员进行调整。']
    const src = splitLines(text(closed))
    expect(readFeet(src).map((l) => l.text)).toEqual(src.map((l) => l.text))
  })

  it('leaves a -layout page already read column by column, its last column set in past the gutter', () => {
    // city-web-3col-song page 12: three columns read one after the other, the right one keeping
    // its place (every line four cells in); its last line runs on to the next page, and the
    // middle column's first line would read on from it too, but the right column is no left foot.
    const file = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'city-web-3col-song', 'city-web-3col-song.layout.txt')
    // Blank rows and the page's folio ('·9·') aside.
    const out = readFeet(splitLines(readLayoutColumns(readFileSync(file, 'utf8')))).map((l) => l.text.trim()).filter((t) => t !== '' && !/^·\d+·$/.test(t))
    const at = (s: string): number => out.indexOf(s)
    expect(at('执法决定负责。要结合实际，确定')).toBe(at('第一责任人，对本机关作出的行政') + 1)
    expect(at('务“一网通办”，依托电子政务外')).toBe(at('平台建设的决策部署，推动政务服') + 1)
  })
})
