// Mammoth HTML → lines: paragraphs, headings, list items, and table rows with tab-joined cells.
import { describe, expect, it } from 'vitest'
import { htmlToLines } from '../../../src/main/importer/read/html-lines'

describe('htmlToLines', () => {
  it('gives one line per block and drops empty paragraphs', () => {
    const html =
      '<h1>兴县人民政府公报</h1><p></p><p>兴政发〔2022〕8号</p><ul><li>一、总则</li></ul>'
    expect(htmlToLines(html)).toEqual(['兴县人民政府公报', '兴政发〔2022〕8号', '一、总则'])
  })

  it('writes table rows as cells joined by tabs, cell paragraphs run together', () => {
    const html =
      '<table><tr><td><p>序号</p></td><td><p>单位</p></td></tr>' +
      '<tr><td><p>1</p></td><td><p>县财政局</p><p>县审计局</p></td></tr></table><p>附件</p>'
    expect(htmlToLines(html)).toEqual(['序号\t单位', '1\t县财政局县审计局', '附件'])
  })

  it('decodes entities and splits at <br />', () => {
    expect(htmlToLines('<p>A &amp; B &lt;1&gt;<br />&#20844;&#x62A5;</p>')).toEqual([
      'A & B <1>',
      '公报',
    ])
  })
})
