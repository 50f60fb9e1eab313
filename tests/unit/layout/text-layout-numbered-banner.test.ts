// A numbered 栏目 banner ('二、国务院办公厅文件') centred across a page of three CSS columns
// (Chromium, pdftotext -layout): its name starts just past the first gutter, so it read as a
// line of the middle column, and the columns above it and below it were read as one run (the
// closings of two documents swapped, silently). And the columns above a banner balanced on a
// few rows: the middle and right columns, read apart from the page's other rows, are split at
// the gutter the page's right side shows, a signature inside the middle column kept there.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
import { REPO_ROOT } from '../../support/sample'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const lines = (name: string): string[] =>
  readLayoutColumns(readFileSync(join(TUNING, name, `${name}.layout.txt`), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a numbered banner centred across three columns', () => {
  it("reads the columns above the banner before it, and the new document's title after it (city-web-3col-b)", () => {
    const read = lines('city-web-3col-b')
    const banner = read.lastIndexOf('二、国务院办公厅文件')
    expect(banner).toBeGreaterThan(read.indexOf('期满后续期。'))
    expect(read.indexOf('国办函〔2018〕74号')).toBeGreaterThan(banner)
    // The name list's first entry is read after the title and 主送 above it, in its column.
    expect(read.indexOf('组 长：韩 正     国务院副总理')).toBeGreaterThan(read.indexOf('整后的名单通知如下：'))
  })

  it('splits the balanced middle and right columns above it at their gutter (county-web-3col)', () => {
    const read = lines('county-web-3col')
    const i = read.indexOf('本意见的有关情况及发现的重要问')
    expect(read.slice(i, i + 6)).toEqual(['本意见的有关情况及发现的重要问', '题，要及时报送人力资源社会保障', '部。', '国务院', '2018年11月16日', '公开属性：主动公开'])
    expect(read.lastIndexOf('三、县政府文件')).toBe(i + 6)
  })

  it("splits a band whose first column holds a document's last rows beside the next document's head (city-web-3col-lists)", () => {
    // Above the banner: the first column ends one document (公开属性 alone), the middle column opens
    // the next (文号, title, 主送) and the right column holds its body. No run shows two columns by
    // itself; the right side read again splits at the page's gutter, so the title is read whole.
    const read = lines('city-web-3col-lists')
    const i = read.indexOf('兴政函（2022）49号')
    expect(read.slice(i - 1, i + 6)).toEqual(['公开属性：主动公开', '兴政函（2022）49号', '兴县人民政府关于2022年度', '安全生产监督检查计划的批', '复', '县应急管理局：', '你单位《关于呈请批准 2022 年度'])
    expect(read.lastIndexOf('四、部门联合发文')).toBeGreaterThan(read.indexOf('二〇二二年五月二十七日'))
  })

  it("splits a few rows of the right side whose first row opens a paragraph at its indent (county-web-3col-tail)", () => {
    // Above the banner the middle column's few rows start with '（三）加强考核评价。', five cells in
    // from the column's edge: the rows are still the side's columns, the middle one read first.
    const read = lines('county-web-3col-tail')
    const i = read.indexOf('或有害信息、破坏网络传播秩序、损害')
    expect(read.slice(i, i + 3)).toEqual(['或有害信息、破坏网络传播秩序、损害', '公众权益等突出问题，要严肃追责问', '责。国务院办公厅将对各地区、各部门'])
  })

  it("keeps a left column's paragraph whole over a gap the right column's title sets (county-web-mixed)", () => {
    // Two blank rows cross both columns under the right column's closing, but the right column's
    // next title comes first below them: the gap is that title's space, no end of a band, and the
    // left column's paragraph goes on under it.
    const read = lines('county-web-mixed')
    const i = read.indexOf('将该项目的农民工工资争议协调组织人员名单报县人')
    expect(read[i + 1]).toBe('社局备案。')
    expect(read.indexOf('公开属性：主动公开', i)).toBeGreaterThan(read.indexOf('行为进行问责,严肃查处违规违纪问题。'))
  })

  it('reads a title over the page in a larger face, short of the gutter in cells, as across it (county-web-3col-names)', () => {
    // The first document ends in the third column above the title; the title's one line, wider
    // in ems than the first column yet ending before its gutter, parts the two bands.
    const read = lines('county-web-3col-names')
    const title = read.lastIndexOf('国务院关于同意建立国务院职业教育工作部际联席会议制度的批复')
    expect(title).toBeGreaterThan(read.indexOf('一九八一年五月二十三日'))
    expect(read[title + 1]).toBe('教育部：')
    expect(read.indexOf('挂钩的政策已深入人心。但是，棉粮挂')).toBeLessThan(title)
  })

  it('takes such a row across only with blank rows by it and a third column near', () => {
    const rows = [
      { kind: 'both', left: '同，以租赁的方式取得，土地使用期限', right: '      坐标' },
      { kind: 'blank' },
      { kind: 'right', text: '                        二、国务院办公厅文件' },
      { kind: 'both', left: '        国办函〔2018〕74号', right: '   长' },
    ] as const
    const page = ['同，以租赁的方式取得，土地使用期限      期满后续期。                 深圳湾口岸港方口岸区的', '', rows[2].text, '        国办函〔2018〕74号   长']
    expect(bannersAcross(rows, 23, page)[2].kind).toBe('across')
    // A 目录 of two columns: its right column's 栏目 heading, a page number the only text further right.
    expect(bannersAcross(rows, 23, [page[0].slice(0, 40) + '          5', '', rows[2].text, page[3]])[2].kind).toBe('right')
    // Between the middle column's lines, no blank row by it: a heading of that column.
    expect(bannersAcross([rows[0], rows[2], rows[3]], 23, [page[0], page[2], page[3]])[1].kind).toBe('right')
  })
})
