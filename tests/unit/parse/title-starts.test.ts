// Titles that start with the issuer and 对 or 转发, as State Council replies and forwarding notices
// do: real lines of the tuning file city-2col-flow.txt. Without this, a body line of the other
// column was taken into the title and the issuer was lost.
import { describe, expect, it } from 'vitest'
import { readHeader, startsTitle } from '../../../src/main/importer/parse/header'
import { pickIssuers } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'

describe('titles that start with the issuer and 对 or 转发 (city-2col-flow.txt 3011–3012)', () => {
  it('start a title, so a body line above the title is not taken into it', () => {
    expect(startsTitle('国务院办公厅对十届全国人大四次会议第')).toBe(true)
    expect(startsTitle('国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和')).toBe(true)
    expect(startsTitle('有关负责同志担任，办公室工作人员从成员单位司局级')).toBe(false)
    expect(startsTitle('各地区、各部门对照本意见要求')).toBe(false)
  })

  it('give the issuer and the title without it', () => {
    expect(readHeader(['国务院办公厅对十届全国人大四次会议第', '2996 号建议的答复'])).toEqual({
      issuers: ['国务院办公厅'],
      title: '对十届全国人大四次会议第2996号建议的答复',
    })
  })

  it("keep a title's first line that ends in a unit's name ('…领导小组') in the title (county-lo-stairs)", () => {
    expect(readHeader(['兴县人民政府办公室关于调整兴县小水网工程建设领导小组', '的通知'])).toEqual({
      issuers: ['兴县人民政府办公室'],
      title: '关于调整兴县小水网工程建设领导小组的通知',
    })
  })
})

describe('a forwarding notice whose title sets the forwarded unit apart by a space (兴县 2022-2, seq 32 set as 转发)', () => {
  it('has one issuer, the unit before 转发; the forwarded unit stays in the title', () => {
    expect(readHeader(['兴县人民政府办公室 转发县农业农村局关于兴县农村“厕所革命”实施方案的通知'])).toEqual({
      issuers: ['兴县人民政府办公室'],
      title: '转发县农业农村局关于兴县农村“厕所革命”实施方案的通知',
    })
    expect(readHeader(['国务院办公厅转发民政部关于', '清理整顿社会团体意见的通知'])).toEqual({
      issuers: ['国务院办公厅'],
      title: '转发民政部关于清理整顿社会团体意见的通知',
    })
  })

  it('keeps 关于转发 titles and joint titles as they were', () => {
    expect(readHeader(['兴县人民政府关于转发吕梁市人民政府文件的通知'])).toEqual({ issuers: ['兴县人民政府'], title: '关于转发吕梁市人民政府文件的通知' })
    expect(readHeader(['兴县财政局 兴县发展和改革局关于调整收费标准的通知']).issuers).toEqual(['兴县财政局', '兴县发展和改革局'])
  })
})

describe('joint issuers over a title wrapped between 关 and 于 in plain text (city-lo-fang.txt 788–791)', () => {
  it('give the title from 关于 on, the issuers apart', () => {
    const header = readHeader(['兴县人力资源和社会保障局 兴', '县发展和改革局 兴县财政局关', '于调整兴县小水网工程建设领', '导小组的通知'], true)
    expect(header.title).toBe('关于调整兴县小水网工程建设领导小组的通知')
  })
})

describe('a unit’s own office over a title the unit signs (city-2col-flow.txt 2702–2708)', () => {
  it('is the previous document’s signature, not a joint issuer', () => {
    expect(pickIssuers(['国务院办公厅', '国务院'], ['国务院'])).toEqual(['国务院'])
  })

  it('stays when the office signs too, or nothing is signed', () => {
    expect(pickIssuers(['国务院办公厅', '国务院'], [])).toEqual(['国务院办公厅', '国务院'])
    expect(pickIssuers(['兴县财政局', '兴县人民政府'], ['兴县人民政府'])).toEqual(['兴县财政局', '兴县人民政府'])
  })
})

// city-docx-sw-s0 page 9 as read: the 46号's signature '兴县人民政府' ends its column right over the
// 50号's title '兴县人民政府关于兴县经济技' / '术开发区控制性详细规划' / '（2021-2035）的批复'.
describe('one unit named twice over a title (city-docx-sw-s0.txt 1024–1038)', () => {
  it('is one issuer: the line over the title is the document before’s signature', () => {
    expect(pickIssuers(['兴县人民政府', '兴县人民政府'], ['兴县人民政府'])).toEqual(['兴县人民政府'])
    expect(pickIssuers(['兴县人民政府', '兴县人民政府'], [])).toEqual(['兴县人民政府'])
  })
})

describe('a 文号 cited under a quoted title in a reply’s first sentence (prov-1col-pages.txt 561–572)', () => {
  // pdftotext cut the typeset line '你省《…的请示》（鄂政文〔2004〕15 号）' at the tucked marks.
  const text = [
    '国办函〔2004〕80 号',
    '',
    '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函',
    '湖北省人民政府：',
    '你省《关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示》',
    '（鄂政文〔2004〕15 号）',
    '收悉。根据国务院领导同志批示，2004 年 4 月和 9 月，国土资源部两次组成专家组赴你省巴东县',
    '官渡口镇马鬃山村地质险情现场进行了调查。经国务院领导同志同意，现将国土资源部及专家组的',
    '有关意见转复你省。',
  ].join('\n')

  it('starts no document: the reply is one document', () => {
    const spans = splitDocuments(splitLines(text), 0, [])
    expect(spans.map((s) => s.docNumber)).toEqual(['国办函〔2004〕80号'])
  })
})

describe('a title under its 文号 whose first line ends in a word naming a 文种 (city-lo-redline.txt 488–494)', () => {
  it('takes the line under it that still ends the title in its 文种', () => {
    const text = [
      '兴政函〔2022〕50 号',
      '',
      '兴县人民政府关于兴县经济技术开发区控制性详细规划',
      '（2021-2035）的批复',
      '县经济技术开发区管理委员会：',
      '你单位上报的《关于申请批复兴县经济技术开发区控制性详细规划（2021-2035）的',
      '请示》（兴经开管发〔2022〕19 号）已收悉。经审定，现批复如下：',
    ].join('\n')
    const [span] = splitDocuments(splitLines(text), 0, [])
    expect(span.header).toEqual([2, 3])
    expect(span.bodyStart).toBe(4)
  })
})
