// A page whose text opens with its running head, the section's name over both columns
// (prov-xe-3col-answers-b.txt lines 720–800, page 7), kept in the text because the section's banner
// ('【国务院办公厅文件】') stands further down the page: pdftotext writes the head, then the left
// column's line and the right column's beside it, by height. The head is in neither column: the
// stream the reading gives it does not decide which column reads first.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { typesetText as text } from '../../support/typeset-files'

/** The page's top as the reader hands it on: the gazette's name (the other running head) taken out. */
function pageTop(): string[] {
  const lines = text('prov-xe-3col-answers-b').split('\n').slice(719, 800)
  expect([lines[0], lines[lines.length - 1]]).toEqual(['\f国务院办公厅文件', '【国务院办公厅文件】'])
  const plain = blankFurniture(splitLines(lines.map((l) => (l === '澜江省人民政府公报' ? '' : l)).join('\n')), 0)
  return readStreams(plain, 0).filter((l) => !isBlank(l.text)).map((l) => l.text)
}

describe('a running head over a two-column page (prov-xe-3col-answers-b page 7)', () => {
  it('leaves the left column first: the document before closes, then the next one opens', () => {
    const out = pageTop()
    expect(out.slice(0, 5)).toEqual(['国务院办公厅文件', '良好氛围。', '（农业农村部、工业和信息化部等负责）', '国务院', '2018 年 12 月 21 日'])
    // The right column's first paragraph comes after the left column's title and its 文号.
    expect(out.indexOf('一、关于棉粮挂钩的奖售基数问题。有关省、')).toBeGreaterThan(out.indexOf('（国发〔1981〕88 号）'))
  })
})

// A section opening mid-issue over two columns (county-web-mixed.txt lines 1509–1647, page 13):
// the running head '县政府办公室文件', the section's banner across the page, then the section's
// first document in the left column ('兴县人民政府办公室关于建立县乡机关干部' / '跟班轮训制度的
// 通知' / its 文号), set lower than the right column's first line ('四、工作要求'), which the
// converter writes first. The section opens with its document's title: that stream reads first.
describe('a section banner over a two-column page (county-web-mixed page 13)', () => {
  it('reads the stream that opens a document under the banner first', () => {
    const lines = text('county-web-mixed').split('\n').slice(1424, 1660)
    expect(lines[84]).toBe('\f县政府办公室文件')
    const plain = blankFurniture(splitLines(lines.map((l) => l.replace('兴县人民政府公报 2022年第7期', '')).join('\n')), 0)
    const out = readStreams(plain, 0).filter((l) => !isBlank(l.text)).map((l) => l.text)
    const at = out.indexOf('县政府办公室文件')
    expect(out.slice(at, at + 5)).toEqual(['县政府办公室文件', '四、县政府办公室文件', '兴县人民政府办公室关于建立县乡机关干部', '跟班轮训制度的通知', '（兴政办函〔2022〕3号）'])
    // The right column's first paragraph comes after the left column's.
    expect(out.indexOf('四、工作要求')).toBeGreaterThan(out.indexOf('度。'))
  })
})
