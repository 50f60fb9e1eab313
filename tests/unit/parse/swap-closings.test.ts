// Closings a page's columns read out of order put under another document, given back by what every
// gazette prints: the 文号's year, the signing units, and a 印发 notice's closing over the plan its
// title names. The lines are those of the text-swap sweep's tuning variants (scripts/typeset/
// sweep_swap.py, rounds 4 and 5: tuning layouts printed with other texts), in the order the
// plain-text reading leaves them.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { readBodyFields } from '../../../src/main/importer/parse/doc-fields'
import { returnMisplacedClosings } from '../../../src/main/importer/parse/misplaced-closings'
import { fitClosings } from '../../../src/main/importer/parse/closing-fit'
import { returnStrayPublic } from '../../../src/main/importer/parse/stray-public'
import { namesPlan, plansNamed } from '../../../src/main/importer/parse/printed-plans'
import type { ParsedDocument } from '../../../src/shared/domain'

type Closed = { doc: ParsedDocument; drafts: ReturnType<typeof buildBlocks> }

function doc(docNumber: string, issuers: string[], title: string, body: string[]): Closed {
  const drafts = buildBlocks(splitLines(body.join('\n')))
  const { date, public: open } = readBodyFields(drafts, docNumber)
  const d: ParsedDocument = {
    seq: 1, docNumber, docNumberRaw: docNumber, title, tocTitle: null, category: null, docType: null, issuer: issuers.join('、'), issuers,
    recipients: null, date, public: open, tocPage: null, consult: null, attachments: [], blocks: drafts.map(({ kind, text }) => ({ kind, text })), citations: [],
  }
  return { doc: d, drafts }
}

const GOV = ['国务院办公厅']

describe('the plan a 印发 notice’s title names', () => {
  it('is read quoted or bare', () => {
    expect(plansNamed('关于印发《政府网站集约化试点工作方案》的通知')).toEqual(['政府网站集约化试点工作方案'])
    expect(plansNamed('关于印发个人所得税专项附加扣除暂行办法的通知')).toEqual(['个人所得税专项附加扣除暂行办法'])
    expect(plansNamed('关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见')).toEqual([])
    // A plan's title wrapped over two lines opens the plan's name.
    expect(namesPlan('关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知', '文化体制改革中经营性文化事业单位')).toBe(true)
  })
})

describe('a 印发 notice holding the undated document’s closing past its own (swap-xe-unbal-b2.txt, 国办函〔2018〕71号)', () => {
  // 国办发〔2018〕129号 is left without its closing; the notice after it holds its own (over the
  // plan it prints), then 129号's date and 附注, read among the plan's lines.
  const build = (): Closed[] => [
    doc('国办发〔2018〕129号', GOV, '关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见', ['各有关省级人民政府负责）']),
    doc('国办函〔2018〕71号', GOV, '关于印发《政府网站集约化试点工作方案》的通知', ['领导同志同意，现印发给你们，请认真贯彻执行。', '国务院办公厅', '2018 年 10 月 27 日', '（此件公开发布）', '',
      '政府网站集约化试点工作方案', '', '集约化建设，确保工作推进安全平稳，不影响公众', '2018 年 12 月 30 日', '（此件公开发布）']),
  ]

  it('lends the date past the closing over its plan’s title; it keeps its own', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.date)).toEqual([null, '2018-10-27'])
    returnMisplacedClosings(docs)
    expect(docs.map((d) => [d.doc.date, d.doc.public])).toEqual([['2018-12-30', true], ['2018-10-27', true]])
  })

  it('lends its first date when its title names no plan', () => {
    const docs = build()
    docs[1].doc.title = '关于推进政府网站集约化试点工作的通知'
    returnMisplacedClosings(docs)
    expect(docs[0].doc.date).toBe('2018-10-27')
  })
})

describe('a closing its issuers sign before a date under no unit’s name (swap-xe-unbal-b2.txt, 国办发〔1997〕11号)', () => {
  // The 转发 notice's closing and the forwarded report's bracketed date '（民政部 一九九七年一月
  // 二十八日）' were read under the document before (a 2018 one): both fit 1997 by the year.
  const build = (): Closed[] => [
    doc('国办函〔2018〕71号', GOV, '关于印发《政府网站集约化试点工作方案》的通知', ['领导同志同意，现印发给你们，请认真贯彻执行。', '国务院办公厅', '2018 年 10 月 27 日', '（此件公开发布）', '',
      '会主义现代化建设事业中的积极作用。', '国务院办公厅', '一九九七年四月八日', '（本文有删减）', '（民政部', '一九九七年一月二十八日）']),
    doc('国办发〔1997〕11号', GOV, '转发民政部关于清理整顿社会团体意见的通知', ['检查。重点是：']),
  ]

  it('goes to the document: the signed one, not the one nearest the boundary', () => {
    const docs = build()
    fitClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2018-10-27', '1997-04-08'])
  })
})

describe('a date the previous document holds above its own, signed by the document’s issuers (swap-xe-3col-answers-b2.txt, 国办函〔2004〕80号)', () => {
  // The reply's closing (国务院办公厅, 2004) was read into the answer before it, above that answer's
  // own closing (2006); the reply holds only its 附件's, signed by 国土资源部.
  const build = (): Closed[] => [
    doc('国办函〔2006〕71号', GOV, '对十届全国人大四次会议第7240号建议的答复', ['周桂英等代表：', '国务院办公厅', '二〇〇四年十一月四日', '', '附件1', '', '关于湖北省巴东县官渡口镇马鬃山村', '地质险情调研情况的报告', '',
      '同时，我们也将积极督促地方政府和政府部门加强地方性法规、地方政府规章的收集整理工作。', '国务院办公厅', '二〇〇六年九月七日']),
    doc('国办函〔2004〕80号', GOV, '关于湖北省巴东县地质灾害险情有关问题的复函', ['湖北省人民政府：', '建议湖北省人民政府按照专家组意见，做好马鬃山村及周围地区地震监测工作。', '国土资源部', '二〇〇四年十月十日']),
  ]

  it('goes to it; the previous document keeps its own', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.date)).toEqual(['2004-11-04', '2004-10-10'])
    // The fields took the answer's first signed date: the closing fit gives it back its own first.
    fitClosings(docs)
    returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2006-09-07', '2004-11-04'])
  })
})

describe('a closing whose signing unit was read apart from its date (swap-xe-toc2dec1.txt, 兴政办函〔2022〕16号)', () => {
  // The 通知's signature '兴县人民政府办公室' was read as a title block over the 批复's 附注, its date under.
  const build = (): Closed[] => [
    doc('兴政函〔2022〕50号', ['兴县人民政府'], '关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', ['五、请你单位会同有关部门加强规划控制和管理。', '兴县人民政府', '二〇二二年六月六日', '兴县人民政府办公室', '（此件公开发布）', '二〇二二年六月九日', '（此件公开发布）']),
    doc('兴政办函〔2022〕16号', ['兴县人民政府办公室'], '关于成立兴县2022年高标准农田建设项目领导组的通知', ['组长：原科伟县农业农村局副局长']),
  ]

  it('goes to the document its unit names', () => {
    const docs = build()
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-06-06', null])
    returnMisplacedClosings(docs)
    expect(docs.map((d) => d.doc.date)).toEqual(['2022-06-06', '2022-06-09'])
  })

  it('stays where no unit of the document’s issuers stands over it', () => {
    const docs = build()
    docs[1].doc.issuers = ['兴县农业农村局']
    returnMisplacedClosings(docs)
    expect(docs[1].doc.date).toBeNull()
  })
})

describe('a 印发 notice’s closing and 附注 read before its text (swap-xe-toc2col1.txt, 国发〔2018〕41号)', () => {
  // The right column's top (the notice's closing, over the plan it prints) read first; another
  // document's date read into the plan's text dates the notice twice.
  const build = (): ParsedDocument[] => [
    doc('国办函〔2004〕36号', GOV, '关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', ['同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会。', '国务院办公厅', '二〇〇四年四月二十七日']).doc,
    doc('国发〔2018〕41号', ['国务院'], '关于印发个人所得税专项附加扣除暂行办法的通知', ['国务院', '2018 年 12 月 13 日', '（此件公开发布）', '', '个人所得税专项附加扣除暂行办法', '', '第一条根据《中华人民共和国个人所得税法》（以下简称个人所得税法）规定，制定本办法。',
      '有关部门和单位拥有专项附加扣除涉税信息，但', '一九九七年二月四日', '（本文有删减）', '未按规定要求向税务部门提供的，拥有涉税信息的部门或者单位的主要负责人及相关人员承担相应责任。']).doc,
  ]

  it('stays the notice’s own: the reply before takes no 附注', () => {
    const docs = build()
    returnStrayPublic(docs)
    expect(docs.map((d) => d.public)).toEqual([false, true])
  })
})
