// A Word page (city-docx-sw-s0.txt lines 929–1049, page 9) that sets the 46号's head at the left
// column's foot, its rest heading the right column and the 50号 starting under it: pdftotext
// writes the head as one block ('兴县人民政府关于 2022 年不动' / '产解遗及清零行动补缴出让金' /
// '方案和土地合宗的请示的批复' / '（兴政函〔2022〕46 号）') between the right column's signature
// and date. The text's own joins read the page with the 文号 apart from its title, so the 46号
// was lost into the document before. The 目录's reading keeps the block whole; the text's own
// reading with the title's lines put back over their 文号 keeps the rest of the page as it was.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { blocksRejoined, wholeHeads } from '../../../src/main/importer/parse/text-head-blocks'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const anchors = tocAnchors([
  { category: '县（市、区）政府文件', title: '兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知', docNumber: '兴政发〔2022〕10号', page: 6 },
  { category: '县（市、区）政府文件', title: '兴县人民政府关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复', docNumber: '兴政函〔2022〕46号', page: 7 },
  { category: '县（市、区）政府文件', title: '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', docNumber: '兴政函〔2022〕50号', page: 7 },
])

const head = ['兴县人民政府关于 2022 年不动', '产解遗及清零行动补缴出让金', '方案和土地合宗的请示的批复', '（兴政函〔2022〕46 号）']

/** The page as the reader hands it on (the running heads and folio blanked), up to the next page's head. */
function page(): ReturnType<typeof splitLines> {
  const lines = text('city-docx-sw-s0').split('\n').slice(928, 1052)
  expect(lines[0]).toBe('\f汀阳市人民政府公报')
  expect(lines.slice(92, 96)).toEqual(head)
  return blankFurniture(splitLines(lines.join('\n')), 0)
}

describe('a head pdftotext writes whole as one block among the other column’s lines', () => {
  it('finds the 文号 printed right under its title spelt whole, and not one apart from it', () => {
    expect([...wholeHeads(anchors, ['兴县人民政府', ...head, '二○二二年五月二十六日'])]).toEqual([head[3]])
    expect([...wholeHeads(anchors, ['兴县人民政府关于 2022 年不动', '产解遗及清零行动补缴出让金', '二○二二年五月二十六日', head[3]])]).toEqual([])
    // A title's piece alone over it is not the title whole.
    expect([...wholeHeads(anchors, [head[2], head[3]])]).toEqual([])
  })

  it('puts a parted block back together where its 文号 stands, the rest of the reading as it was', () => {
    const written = ['（此件主动公开）', ...head, '二○二二年五月二十六日', '（此件主动公开）', '兴县人民政府关于兴县经济技']
    const base = ['（此件主动公开）', head[3], '二○二二年五月二十六日', '（此件主动公开）', '县自然资源局：', '', '依法依规办理。', '兴县人民政府', head[0], head[1], head[2], '兴县人民政府关于兴县经济技']
    expect(blocksRejoined(anchors, written, base)).toEqual(['（此件主动公开）', ...head, '二○二二年五月二十六日', '（此件主动公开）', '县自然资源局：', '', '依法依规办理。', '兴县人民政府', '兴县人民政府关于兴县经济技'])
    // A reading that keeps the block is left as it is.
    expect(blocksRejoined(anchors, written, written)).toEqual(written)
  })

  it('reads the page with the block whole (city-docx-sw-s0 page 9)', () => {
    const out = readStreams(page(), 0, anchors).filter((l) => !isBlank(l.text)).map((l) => l.text)
    const at = out.indexOf(head[0])
    expect(out.slice(at, at + 4)).toEqual(head)
  })

  it('gives the issue the 46号 with its title and date', () => {
    const doc = parseIssue(text('city-docx-sw-s0')).documents.find((d) => d.docNumber === '兴政函〔2022〕46号')
    expect(doc?.title).toBe('关于2022年不动产解遗及清零行动补缴出让金方案和土地合宗的请示的批复')
    expect(doc?.date).toBe('2022-05-26')
  })
})
