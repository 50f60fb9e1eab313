// An issue whose 目录 was not read (TOC_LOST) or that has none: each document's 栏目 from the body.
// Real lines of city-xe-toc2fang-c.txt (its pages 10–12, bodies cut short), the 目录 lost: the
// 栏目 set letter-spaced down a band that pdftotext writes a character or two to a line read as '文件'
// (or not at all), and the running head '县（市、区）文件' at page 12's top, over a 函 of the 栏目
// before whose band comes later on that page, was taken as that 函's banner.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { bandName, bodySections, textHeads } from '../../../src/main/importer/parse/body-sections'

const text = [
  "\f国务院办公厅函件",
  "",
  "二○一八年十二月六日",
  "（此件主动公开）",
  "国 务",
  "",
  "院",
  "",
  "办 公",
  "",
  "厅",
  "",
  "函",
  "",
  "件",
  "",
  "国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理",
  "情况的函",
  "（国办函〔2004〕57 号）",
  "辽宁省人民政府：",
  "2004 年 4 月 16 日至 18 日，曾培炎副总理率国务院有关部门负责同志赴辽宁省出席振兴装备",
  "制造业座谈会（东北片）",
  "\f沅水市人民政府公报",
  "",
  "2022 年第 9 期（总第 172 期）",
  "",
  "同意以哈尔滨市名义申办 2009 年第二十四届世界大学生冬季运动会。运动会申办全部经费由",
  "黑龙江省人民政府承担；运动会举办的主要经费由黑龙江省人民政府承担，中央财政将视情况对国",
  "际大体联官员、特邀贵宾的接待费给予一定补助。请有关方面抓紧向国际大体联申报。",
  "国务院办公厅",
  "二〇〇四年四月二十七日",
  "",
  "第 10 页",
  "",
  "\f县（市、区）文件",
  "",
  "国务院办公厅关于同意以深圳市名义申办 2011 年第 26 届世界大学生夏季",
  "运动会的复函",
  "（国办函〔2004〕88 号）",
  "广东省人民政府，教育部、外交部、财政部、体育总局：",
  "教育部、外交部、财政部、体育总局《关于以深圳市名义申办 2011 年世界大学生夏季运动会的",
  "请示》（教外际〔2004〕81 号）收悉。经国务院领导同志批准，现函复如下：",
  "同意以深圳市名义申办 2011 年第 26 届世界大学生夏季运动会（以下简称运动会）。运动会申",
  "办全部经费由广东省人民政府承担；运动会举办的主要经费由广东省人民政府承担，中央财政将视",
  "情况对国际大体联官员、特邀贵宾的接待费给予一定补助。请有关方面抓紧向国际大体联申报。",
  "国务院办公厅",
  "二〇〇四年十二月十七日",
  "县 （",
  "",
  "市",
  "",
  "、 区",
  "",
  "）",
  "",
  "文",
  "",
  "件",
  "",
  "兴政函〔2022〕46 号",
  "",
  "兴县人民政府关于 2022 年不动产解遗及清零行动补缴出让金方案和土地合",
  "宗的请示的批复",
  "县自然资源局：",
  "你单位《关于 2022 年不动产解遗及清零行动补缴出让金方案和土地合宗的请示》",
  "（兴自然资字",
].join('\n')

describe('the 栏目 of an issue read without its 目录 (city-xe-toc2fang-c.txt, pages 10–12)', () => {
  const lines = splitLines(text)
  const heads = textHeads(lines, '沅水市人民政府公报', 0)

  it('reads the 栏目 the running heads name, not the gazette or the 期', () => {
    expect([...heads.names.keys()]).toEqual(['国务院办公厅函件', '县（市、区）文件'])
  })

  it('reads a band spelled a character or two to a line whole', () => {
    expect(bandName(lines, lines.findIndex((l) => l.text === '件'))).toBe('国务院办公厅函件')
  })

  it('gives each document the banner over it, carried past a running head', () => {
    const spans = splitDocuments(lines, 0, [])
    bodySections(lines, spans, 0, heads)
    expect(spans.map((s) => [s.docNumber, s.section, s.sectionPrinted])).toEqual([
      ['国办函〔2004〕57号', '国务院办公厅函件', true],
      ['国办函〔2004〕88号', '国务院办公厅函件', false],
      ['兴政函〔2022〕46号', '县（市、区）文件', true],
    ])
  })
})

describe('a numbered banner at the top of a page is no running head (city-docx-sw-s0.txt, pages 2–4)', () => {
  const lines = splitLines([
    "\f汀阳市人民政府公报",
    "",
    "一、国务院办公厅文件",
    "",
    "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制",
    "度重大执法决定法制审核制度的指导意见",
    "（国办发〔2018〕118 号）",
    "各省、自治区、直辖市人民政府，国务院各部",
    "委、各直属机构：",
    "",
    "坚持依法规范。全面履行法定职责，规范办",
    "事流程，明确岗位责任，确保法律法规规章严格",
    "\f汀阳市人民政府公报",
    "",
    "2022 年第 8 期",
    "",
    "行政执法公示是保障行政相对人和社会公众",
    "",
    "\f汀阳市人民政府公报",
    "",
    "送达等容易引发争议的行政执法过程，要根据实",
    "",
  ].join('\n'))

  it('opens the 栏目 of the document under it', () => {
    const heads = textHeads(lines, '汀阳市人民政府公报', 0)
    expect(heads.names.size).toBe(0)
    const spans = splitDocuments(lines, 0, [])
    bodySections(lines, spans, 0, heads)
    expect(spans.map((s) => [s.docNumber, s.section, s.sectionPrinted])).toEqual([['国办发〔2018〕118号', '国务院办公厅文件', true]])
  })
})

describe('a banner the column reading left inside the text before the title (city-xe-dense.txt, lines 360–392)', () => {
  const lines = splitLines([
    "（五）疏于管理，造成严重后果。",
    "专业代理机构在执业过程中泄露委托人的发明创造内容，",
    "",
    "务院司法行政部门另行制定。",
    "第三十一条",
    "",
    "代理国防专利事务的专利代理机构和专利",
    "",
    "代理师的管理办法，由国务院专利行政部门商国家国防专利机",
    "构主管机关另行制定。",
    "第三十二条",
    "",
    "本条例自 2019 年 3 月 1 日起施行。",
    "",
    "本条例施行前依法设立的专利代理机构以及依法执业的",
    "专利代理人，在本条例施行后可以继续以专利代理机构、专利",
    "代理师的名义开展专利代理业务。",
    "",
    "■ 县区文件",
    "",
    "涉及泄露国家秘密、侵犯商业秘密的，或者向有关行政、司法",
    "机关的工作人员行贿，提供虚假证据的，依照有关法律、行政",
    "法规的规定承担法律责任；由国务院专利行政部门吊销专利代",
    "理机构执业许可证。",
    "",
    "兴县人民政府关于打造城乡绿色低碳建设运营",
    "商有关事项的通知",
    "（兴政发〔2022〕10 号）",
    "",
    "第二十六条 专利代理师有下列行为之一的，由省、自治",
    "县直各有关单位、县属各有关国有企业：",
    "",
    "—2 —",
  ].join('\n'))

  it('opens the 栏目 of the title after it', () => {
    const spans = splitDocuments(lines, 0, [])
    bodySections(lines, spans, 0, textHeads(lines, '鹭江市人民政府公报', 0))
    expect(spans.map((s) => [s.docNumber, s.section, s.sectionPrinted])).toEqual([['兴政发〔2022〕10号', '县区文件', true]])
  })
})

describe('a letter-spaced band read up from its last line', () => {
  it('takes the reading the running heads print over a longer one (city-xe-one2-many.txt 247–262, the folio blanked)', () => {
    const lines = splitLines(['坐标', '编号', '国 务', '', '', '', '院', '', '办 公', '', '厅', '', '文', '', '件'].join('\n'))
    expect(bandName(lines, lines.length - 1)).toBe('坐标编号国务院办公厅文件')
    expect(bandName(lines, lines.length - 1, new Set(['国务院办公厅文件']))).toBe('国务院办公厅文件')
  })

  it('stops at the form feed: the 目录 heading on the page before is no part of it (city-xe-one-dot.txt, its 目录 blanked, the head blanked as furniture)', () => {
    const lines = splitLines(['目　录', '\f', '', '国 务', '', '院', '', '', '', '文 件'].join('\n'))
    expect(bandName(lines, lines.length - 1)).toBe('国务院文件')
  })
})

describe('an issue that prints its 栏目 only in its running heads (state-pdfkit.txt, its 目录 page taken out)', () => {
  // No banner in the body: the odd pages' heads name the 栏目 (政府令, 国务院文件, 国务院办公厅文件), the
  // even pages' the gazette. The first document's 栏目 was carried on to all the others.
  const pages = readFileSync('tests/fixtures/typeset/tuning/state-pdfkit/state-pdfkit.txt', 'utf8').split('\f')
  const lines = splitLines(['', ...pages.slice(2)].join('\f'))

  it('gives each document the 栏目 the heads print over its pages', () => {
    const heads = textHeads(lines, '江州省人民政府公报', 0)
    const spans = splitDocuments(lines, 0, [])
    bodySections(lines, spans, 0, heads)
    expect(spans.map((s) => s.section)).toEqual(['政府令', ...Array(3).fill('国务院文件'), ...Array(5).fill('国务院办公厅文件')])
  })
})

describe('heads on the pages’ top line, the gazette’s name alone on the others (county-web-masthead-t.txt, its 目录 page taken out)', () => {
  // The 栏目 heads (上级文件, 县政府函件, 部门联合发文…) stand first on every other page, the gazette's name
  // on the rest. Under that name, where a document starts on a new page, its masthead comes next
  // ('兴县人民政府' over '兴政函〔2022〕29号'): read as a head, it was the 栏目 of six documents.
  const pages = readFileSync('tests/fixtures/typeset/tuning/county-web-masthead-t/county-web-masthead-t.txt', 'utf8').split('\f')
  const lines = splitLines(['', ...pages.slice(2)].join('\f'))

  it('takes no masthead for a head', () => {
    const heads = textHeads(lines, '岚漪政报', 0)
    expect([...heads.names.keys()]).toEqual(['上级文件', '县政府函件', '部门联合发文', '县政府办公室文件', '县政府办公室函件'])
  })

  it('gives the documents under a masthead the 栏目 their pages’ heads name', () => {
    const spans = splitDocuments(lines, 0, [])
    bodySections(lines, spans, 0, textHeads(lines, '岚漪政报', 0))
    expect(spans.map((s) => s.docNumber)).toEqual(expect.arrayContaining(['兴政函〔2022〕29号', '兴水务发〔2022〕20号', '兴政办发〔2022〕8号']))
    const of = (n: string): string | null | undefined => spans.find((s) => s.docNumber === n)?.section
    expect([of('兴政函〔2022〕29号'), of('兴政函〔2022〕50号'), of('兴水务发〔2022〕20号'), of('兴政办发〔2022〕8号')]).toEqual(['县政府函件', '县政府函件', '部门联合发文', '县政府办公室文件'])
  })
})
