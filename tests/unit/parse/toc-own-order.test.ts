// Two titles in one 目录 that share most of their words (tuning prov-xe-3col-mast: two 国务院办公厅转发
// 国家地震局关于…加强防震减灾工作意见报告的通知): the second's shared words are first printed at the
// first's title in the body, so the pieces reader placed it there, before an entry of an earlier page,
// found the pages going back and lost the whole 目录 (its two columns' top rows read across). Placed
// again by the words no other title has, the pages go on in the body's order (toc-own-order.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { pagesAscend, placeByOwnWords } from '../../../src/main/importer/parse/toc-own-order'

const entry = (title: string, page: number) => ({ category: '', title, docNumber: null, page })

describe('titles sharing most of their words placed by their own', () => {
  it('prov-xe-3col-mast: reads the ten entries under their 栏目, in their pages’ order', () => {
    const name = 'prov-xe-3col-mast'
    const toc = parseToc(splitLines(readFileSync(path.resolve(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')))
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['国务院文件', '国发〔2004〕18号', 1],
      ['国务院文件', '国发〔1981〕88号', 3],
      ['国务院办公厅文件', '国办发〔1996〕2号', 4],
      ['国务院办公厅文件', '国办发〔2018〕121号', 5],
      ['国务院办公厅文件', '国办发〔1997〕2号', 8],
      ['建议提案答复', '国办函〔1996〕16号', 9],
      ['建议提案答复', '国办函〔2006〕69号', 9],
      ['建议提案答复', '国办函〔2006〕71号', 10],
      ['建议提案答复', '国办函〔1996〕14号', 10],
      ['建议提案答复', '国办函〔2005〕21号', 10],
    ])
  })

  it('places a title by the words no other title has', () => {
    // The body's lines as prov-xe-3col-mast.txt prints them: the 1996 notice's title, the next document's, then
    // the 1997 notice, whose title is cut by the other column's lines and whose text quotes the 1996 title.
    const body = ['国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知', '国务院办公厅关于加快发展体育竞赛表演产业的指导意见',
      '国务院办公厅转发国家地震局', '（本文有删减）', '关于1997年地震趋势和', '加强防震减灾工作意见的报告', '国家地震局《关于1997年地震趋势和加强防震减灾工作意见的报告》已经国务院同意'].join('')
    const found = [
      { entry: entry('国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知', 4), at: 0 },
      { entry: entry('国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知', 8), at: 10 },
      { entry: entry('国务院办公厅关于加快发展体育竞赛表演产业的指导意见', 5), at: 47 },
    ]
    expect(pagesAscend(found)).toBe(false)
    expect(pagesAscend(placeByOwnWords(found, body, () => undefined))).toBe(true)
    expect(found.map((f) => f.entry.page)).toEqual([4, 5, 8])
  })
})
