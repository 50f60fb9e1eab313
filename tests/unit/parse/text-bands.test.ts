// Issues typeset by LibreOffice from Word files, each document a two-column section of its own
// (tests/fixtures/typeset/tuning): a document that starts mid-column, its text going on under the
// last document's rest in the other column. The excerpts are real lines of the tuning files; the
// documents and paragraphs expected are those files' truth.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { bandOrder } from '../../../src/main/importer/parse/text-bands'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

describe('a page of two bands, each column written whole (city-lo-fang.txt 124–168, 171–227)', () => {
  // The 144号's rest (left, then the right column's top) over the 127号's start (left foot, then
  // the right column's foot), as pdftotext wrote the page: left column, then right.
  const file = text('city-lo-fang').split('\n')
  const page = [...file.slice(123, 168), ...file.slice(170, 227)].filter((l) => l.trim() !== '')
  const head = page.indexOf('国办发〔2018〕127 号')
  const anchors = tocAnchors([
    { category: '国务院文件', title: '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', docNumber: '国函〔2018〕144号', page: 1 },
    { category: '国务院办公厅文件', title: '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知', docNumber: '国办发〔2018〕127号', page: 2 },
  ])
  const ctx = { full: 40, grams: countBigrams(text('city-lo-fang').split('\n')), anchors }

  it('reads the old document’s rest before the new document', () => {
    const order = bandOrder(page, [head], ctx)
    expect(order).not.toBeNull()
    const read = order!.map((k) => page[k])
    const at = (s: string): number => read.indexOf(s)
    expect(at('究讨论联席会议议题和需提交联席会议议定的')).toBe(at('之前，由联席会议办公室召开联络员会议，研') + 1)
    expect(at('国办发〔2018〕127 号')).toBe(at('扶贫办副主任') + 1)
    expect(at('拥护和欢迎。但在有关政策落实过程中还不同')).toBe(at('方面取得了显著效果，受到广大科技工作者的') + 1)
  })

  it('leaves a page whose other column does not read on from the line above the 文号', () => {
    // The same page without the 144号's right-hand piece: nothing goes on from '研' but the 文号.
    const cut = [...page.slice(0, page.indexOf('究讨论联席会议议题和需提交联席会议议定的')), ...page.slice(page.indexOf('拥护和欢迎。但在有关政策落实过程中还不同'))]
    expect(bandOrder(cut, [head], ctx)).toBeNull()
  })

  it('gives both documents their paragraphs whole in the whole issue', () => {
    const docs = parseIssue(text('city-lo-fang')).documents
    const byTruth = truth('city-lo-fang')
    for (const seq of [2, 3]) {
      const got = new Set(docs[seq - 1].blocks.map((b) => flat(b.text)))
      const want = byTruth[seq - 1].paragraphs.filter((p) => /^(联席会议原则上|党中央、国务院高度重视|四、工作要求)/.test(p))
      expect(want.length).toBeGreaterThan(0)
      for (const p of want) expect(got.has(flat(p))).toBe(true)
    }
  })
})

describe('a page of two bands whose other column’s top the issue’s words do not tell (county-lo-levels.txt 477–580)', () => {
  // The 18号's rest (left, '…负责网络商品交易和服务') goes on at the right column's top
  // ('市场监管，…'), a join the issue prints nowhere else; under the 18号's closing the 11号's rest
  // ('二、主要任务') follows its left part's '一、总体思路'. The upper band's columns stand on as
  // many rows: the new document starts under both.
  const file = text('county-lo-levels').split('\n')
  const lines = file.slice(476, 580)
  const kept = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]))
  const texts = kept.map((i) => lines[i])
  const broke = kept.map((i, k) => k > 0 && i > kept[k - 1] + 1)
  const head = texts.indexOf('兴政办发〔2022〕11 号')
  const anchors = tocAnchors([
    { category: '部门文件', title: '兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城乡建设管理局兴县交通运输局关于成立兴县培育乡村e镇工作领导小组的通知', docNumber: '兴人社发〔2022〕18号', page: 4 },
    { category: '县政府办公室文件', title: '兴县人民政府办公室关于印发2022年兴县冬季清洁取暖工作方案的通知', docNumber: '兴政办发〔2022〕11号', page: 5 },
  ])
  const ctx = { full: 42, grams: countBigrams(file), anchors }

  it('reads the old document’s rest and closing before the new document, and the new one’s rest after its start', () => {
    const order = bandOrder(texts, [head], ctx, broke)
    expect(order).not.toBeNull()
    const read = order!.map((k) => texts[k])
    const at = (s: string): number => read.indexOf(s)
    expect(at('市场监管，查处网络商品交易和服务的不正当竞')).toBe(at('注册登记等管理措施；负责网络商品交易和服务') + 1)
    expect(at('兴政办发〔2022〕11 号')).toBe(at('(此件公开发布)') + 1)
    expect(at('二、')).toBe(at('区取暖清洁化代替并可持续稳定运营”。') + 1)
  })

  it('leaves the page as it is without the blank line that marks the right column’s top', () => {
    expect(bandOrder(texts, [head], ctx)).toBeNull()
  })

  it('gives the three documents around the two band pages their paragraphs and closings', () => {
    const docs = parseIssue(text('county-lo-levels')).documents
    const byTruth = truth('county-lo-levels')
    for (const seq of [6, 7, 8]) {
      const got = new Set(docs[seq - 1].blocks.map((b) => flat(b.text)))
      const want = byTruth[seq - 1].paragraphs.filter((p) => /^(2\. 指导|（二）领导小组办公室|县邮政管理局|蔡家崖乡|二、主要任务|2\. 规范管理)/.test(p))
      expect(want.length).toBeGreaterThan(0)
      for (const p of want) expect(got.has(flat(p))).toBe(true)
      expect(docs[seq - 1].public).toBe(byTruth[seq - 1].public)
      expect(docs[seq - 1].date).toBe(byTruth[seq - 1].date)
    }
  })
})

describe('a title that starts at a column’s foot and goes on at the other column’s top (county-lo-stairs)', () => {
  it('is read whole: every document the 目录 lists is found, with its title', () => {
    const docs = parseIssue(text('county-lo-stairs')).documents
    const byTruth = truth('county-lo-stairs')
    expect(docs.map((d) => d.title)).toEqual(byTruth.map((d) => d.title))
  })
})

describe('a letter-spaced justified line in a page written line by line (county-lo-noto.txt 163–169)', () => {
  it('stays in its run of column lines, though it runs past the column’s width in the text', () => {
    const lines = splitLines(['资专管员，负责本项目劳动用工实名制管理，劳资', '', '〔 2021 〕 45 号 ） 精 神 ， 房 地 产 建 筑 （ 含 装 饰 装', '', '专管员为该项目劳动用工实名制管理的负责人。严', '', '修）、市政基础设施建设（含绿化、人防工程）、'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44)).toHaveLength(1)
  })
})

describe('a page written line by line whose best reading goes back in the 目录’s order (county-lo-noto.txt 358–500)', () => {
  // '…工作领导组交' reads on into '缴纳相关税、费。' (the issue prints 提交缴纳), and the converter
  // wrote '公开属性：主动公开' (left) and the 43号 (right) as one block: the streams trade places and
  // the 50号's title and closing come before the 43号's. Mended at the lines the 目录 names.
  it('gives the 8号 and the 43号 their own closings', () => {
    const docs = parseIssue(text('county-lo-noto')).documents
    const byTruth = truth('county-lo-noto')
    for (const n of ['兴政发〔2022〕8号', '兴政函〔2022〕43号']) {
      expect(docs.find((d) => d.docNumber === n)?.date).toBe(byTruth.find((d) => d.docNumber === n)?.date)
    }
  })
})
