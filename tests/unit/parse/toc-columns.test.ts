// A 目录 in two columns read across by pdftotext's default mode (prov-xe-toc2.txt, lines 7–51):
// the blocks of the two columns alternate, an entry of one column cut between the other's. Read
// as they come the entries were mixed and none was kept; read apart by column (each entry ends
// with its page, each column's pages and then the whole 目录's run in order) they are whole.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'

const tuning = join(__dirname, '../../fixtures/typeset/tuning')
const read = (name: string): string => readFileSync(join(tuning, name, `${name}.txt`), 'utf8')

describe('a two-column 目录 whose columns alternate by block (prov-xe-toc2.txt)', () => {
  const text = read('prov-xe-toc2')
  const toc = parseToc(splitLines(text))

  it('reads the left column, then the right, each entry whole under its 栏目', () => {
    expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual([
      ['省政府令', '澜沧省人民政府令 第301号', 1],
      ['省政府令', null, 1],
      ['国务院文件', '国函〔2006〕38号', 4],
      ['国务院文件', '国发〔2004〕18号', 5],
      ['国务院办公厅文件', '国办发〔2004〕7号', 9],
      ['国务院办公厅文件', '国办发〔2018〕121号', 11],
      ['国务院办公厅文件', '国办发〔2018〕129号', 14],
      ['国务院办公厅函件', '国办函〔2004〕57号', 18],
      ['国务院办公厅函件', '国办函〔2004〕25号', 19],
      ['国务院办公厅函件', '国办函〔2004〕80号', 20],
    ])
    expect(toc.entries[1].title).toBe('专利代理条例')
    expect(toc.entries[4].title).toBe('国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报')
    expect(toc.entries[5].title).toBe('国务院办公厅关于加快发展体育竞赛表演产业的指导意见')
    expect(toc.entries[8].title).toBe('国务院办公厅关于湖北省在温家宝总理考察工作时所提问题和建议办理情况的函')
    expect(toc.sections).toEqual(['省政府令', '国务院文件', '国务院办公厅文件', '国务院办公厅函件'])
  })

  it('keeps no entry when a page is missing: a reading must leave no entry open', () => {
    const cut = text.replace('〔2004〕25 号） . . . . . . . . . . . . . . . . . . . . . . . . . 19', '〔2004〕25 号）')
    expect(cut).not.toBe(text)
    expect(parseToc(splitLines(cut)).entries).toEqual([])
  })

  it('keeps no entry when the pages would go back from the left column to the right', () => {
    const back = text.replace('的指导意见（国办发〔2018〕121 号） . . 11', '的指导意见（国办发〔2018〕121 号） . . 3')
    expect(back).not.toBe(text)
    expect(parseToc(splitLines(back)).entries).toEqual([])
  })
})

describe('a two-column 目录 no reading by block fits (prov-3col-dots.txt)', () => {
  it('a heading glued into an entry and an entry going on over the column: read as pieces put together again instead (toc-fragments)', () => {
    const entries = parseToc(splitLines(read('prov-3col-dots'))).entries
    expect(entries.length).toBe(11)
    expect(entries.find((e) => e.docNumber === '国函〔2006〕132号')).toMatchObject({ category: '国务院文件', page: 1 })
  })
})
