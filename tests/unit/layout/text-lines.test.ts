// Text and Word sources give the same line model, without layout: line numbers of the text.
import { describe, expect, it } from 'vitest'
import { linesFromText } from '../../../src/main/importer/layout/text-lines'
import { readSource } from '../../../src/main/importer/read/read-source'

describe('linesFromText', () => {
  it('keeps non-blank lines with their line numbers; form feeds and CRLF are not text', () => {
    expect(linesFromText('\ufeff标题\r\n\r\n正文第一段\n\f\n第二页')).toEqual([
      { no: 1, text: '标题' },
      { no: 3, text: '正文第一段' },
      { no: 5, text: '第二页' },
    ])
  })

  it('is what readSource gives for a text file', async () => {
    const bytes = new TextEncoder().encode('兴县人民政府公报\n\n关于某某的通知\n')
    const source = await readSource(bytes, 'a.txt')
    expect(source.lines).toEqual([
      { no: 1, text: '兴县人民政府公报' },
      { no: 3, text: '关于某某的通知' },
    ])
  })
})
