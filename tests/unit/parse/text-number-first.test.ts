// A 文号 set over its title at the top of a page's right column, written first on the page
// (prov2-above.txt page 19, printed ·17·): '国办函〔2004〕36 号' stands over '国务院办公厅关于同意以哈尔滨市名义'
// in the right column, the left column still holding 国办函〔2004〕80号's attachment
// ('的水坪洼地及周围坡地上房屋的开裂情况。房' …). Read with the 文号 first, 36号 took that rest and its
// date. The excerpts are the file's lines; the 目录's entries are its own.
import { describe, expect, it } from 'vitest'
import { numberAfterOpen, numberOverTitle, numbersUnderTitles } from '../../../src/main/importer/parse/text-number-first'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const toc = tocAnchors([
  { category: '国务院办公厅文件', title: '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函', docNumber: '国办函〔2004〕80号', page: 15 },
  { category: '国务院办公厅文件', title: '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', docNumber: '国办函〔2004〕36号', page: 17 },
])
const left = ['的水坪洼地及周围坡地上房屋的开裂情况。房', '屋裂缝多出现在墙壁上，一般张开宽度 1—5 毫', '米，延伸长度一般为 0.5—2 米；小学教室楼盖与']
const title = ['国务院办公厅关于同意以哈尔滨市名义', '申办 2009 年第二十四届世界大学生冬', '季运动会的复函']

describe('a 文号 found first at a page’s top, its title further down (prov2-above.txt page 19)', () => {
  it('goes down to stand right over its title’s first line', () => {
    expect(numberOverTitle(['国办函〔2004〕36 号', ...left, ...title], toc)).toEqual([...left, '国办函〔2004〕36 号', ...title])
  })

  it('stays where its title follows it, another document’s 文号 stands between, or the 目录 names no title of it', () => {
    expect(numberOverTitle(['国办函〔2004〕36 号', ...title, ...left], toc)).toBeNull()
    expect(numberOverTitle(['国办函〔2004〕36 号', ...left, '国办函〔2005〕21 号', ...title], toc)).toBeNull()
    expect(numberOverTitle(['国办函〔2004〕36 号', ...left, ...title], tocAnchors([]))).toBeNull()
    // One in brackets is a title's last line, set under it.
    expect(numberOverTitle(['（国办函〔2004〕36 号）', ...left, ...title], toc)).toBeNull()
  })

  it('leaves 国办函〔2004〕36号 its own date and 80号 its attachment’s end, in the whole issue', () => {
    const docs = parseIssue(typesetText('prov2-above')).documents
    expect(docs.find((d) => d.docNumber === '国办函〔2004〕36号')?.date).toBe('2004-04-27')
    const blocks = docs.find((d) => d.docNumber === '国办函〔2004〕80号')!.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks.some((b) => b.startsWith('对于马鬃山房屋开裂的原因'))).toBe(true)
  })
})

// A 文号 set under its title at the top of the right column, beside a paragraph the left column goes
// on with (prov2-a0.txt lines 2626–2634, page 19): pdftotext writes the title's block, then the left
// column's line '板梁之间…分布' left open at the edge, then '国办函〔2004〕36 号', then the left line
// that goes on ('的水坪洼地…'). Read on from the open line, the 文号 opened 36号 inside 80号's
// paragraph and took its rest, its signature and its date.
describe('a 文号 written just under its title’s block, the other column’s line between (prov2-a0.txt page 19)', () => {
  const written = [...title, '', '板梁之间有水平开裂现象。出现裂缝房屋分布', '', '国办函〔2004〕36 号', '', '的水坪洼地及周围坡地上房屋的开裂情况。房']

  it('is found under its title, the 目录 naming the title its line or two above ends', () => {
    expect([...numbersUnderTitles(written, toc).keys()]).toEqual(['国办函〔2004〕36 号'])
    // Three lines between, or the 目录 names no title of it, or it is in brackets: none.
    const left2 = ['屋裂缝多出现在墙壁上，一般张开宽度 1—5 毫', '米，延伸长度一般为 0.5—2 米；小学教室楼盖与']
    expect(numbersUnderTitles([...title, ...left2, ...written.slice(3)], toc).size).toBe(0)
    expect(numbersUnderTitles(written, tocAnchors([])).size).toBe(0)
    expect(numbersUnderTitles(written.map((t) => (t.startsWith('国办函') ? `（${t}）` : t)), toc).size).toBe(0)
  })

  it('is priced apart from a line left open at the column’s measure, never from its title’s last line or a finished one', () => {
    const under = numbersUnderTitles(written, toc)
    expect(numberAfterOpen(under, 40, '板梁之间有水平开裂现象。出现裂缝房屋分布', '国办函〔2004〕36 号')).toBeGreaterThan(0)
    expect(numberAfterOpen(under, 40, '季运动会的复函', '国办函〔2004〕36 号')).toBe(0)
    expect(numberAfterOpen(under, 40, '出现裂缝房屋分布在洼地及其周围的坡地上。', '国办函〔2004〕36 号')).toBe(0)
    expect(numberAfterOpen(under, 40, '板梁之间有水平开裂现象。出现裂缝房屋分布', '国办函〔2005〕21 号')).toBe(0)
  })

  it('leaves 80号’s paragraph whole and 36号 its own date, in the whole issue', () => {
    const docs = parseIssue(typesetText('prov2-a0')).documents
    expect(docs.find((d) => d.docNumber === '国办函〔2004〕36号')?.date).toBe('2004-04-27')
    const blocks = docs.find((d) => d.docNumber === '国办函〔2004〕80号')!.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks.some((b) => b.includes('小学教室楼盖与板梁之间有水平开裂现象。出现裂缝房屋分布的水坪洼地'))).toBe(true)
  })
})
