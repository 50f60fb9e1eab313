// The repair step after OCR, on misreads PP-OCRv4 made of the typeset tuning gazettes' scans and
// those the issue lists for every engine: each is fixed, reported, and keeps its confidences.
import { describe, expect, it } from 'vitest'
import { repairLine } from '../../../src/main/importer/ocr/repair'

const sure = (t: string): number[] => [...t].map(() => 0.99)

describe('文号 brackets', () => {
  it.each([
    ['兴政发[2022]8号', '兴政发〔2022〕8号'], // the title block of county-1col-heads, read at 200 dpi
    ['（晋政办发［2021）44号）相关规定', '（晋政办发〔2021〕44号）相关规定'], // same page, the cited 文号
    ['兴政发〔2022】8号', '兴政发〔2022〕8号'],
    ['兴政函(2022]40 号', '兴政函〔2022〕40号'],
    ['兴政办发（2022）11号', '兴政办发〔2022〕11号'],
    ['晋政办发〔2O21〕6O号', '晋政办发〔2021〕60号'],
    ['兴政发 2022〕8号', '兴政发〔2022〕8号'],
    ['兴政发〔2022 8号', '兴政发〔2022〕8号'],
  ])('%s → %s', (read, truth) => {
    const r = repairLine(read, sure(read))
    expect(r.text).toBe(truth)
    expect(r.repairs.map((x) => x.rule)).toEqual(['DOC_NUMBER'])
    expect(r.scores).toHaveLength(r.text.length)
  })

  it('leaves a correct 文号, a year range and bracketed numbers that are no 文号 alone', () => {
    for (const t of ['国发〔2021〕11号', '《兴县全民健身实施计划 (2021—2025 年)》', '共[2022]人参加', '（国务院令第724号）', '第（3）号文件']) {
      const r = repairLine(t, sure(t))
      expect(r.text).toBe(t)
      expect(r.repairs).toEqual([])
    }
  })

  it('keeps each character its confidence, and the repaired bracket the misread one’s', () => {
    const read = '兴政发[2022]8号'
    const scores = [0.99, 0.99, 0.99, 0.41, 0.98, 0.98, 0.98, 0.98, 0.52, 0.97, 0.99]
    const r = repairLine(read, scores)
    expect(r.scores).toEqual(scores)
    expect(r.repairs[0]).toMatchObject({ at: 3, from: '[2022]8', to: '〔2022〕8' })
  })
})

describe('dates', () => {
  it.each([
    ['2022年5月l2曰', '2022年5月12日'],
    ['2022 年 9 月 1 日出版', '2022年9月1日出版'],
    ['二O二二年五月十二日', '二〇二二年五月十二日'],
    ['二0二二年', '二〇二二年'],
    // The first 二 of the year outside the line's box (a scanned issue's signature date).
    ['0二二年六月九日', '二〇二二年六月九日'],
    ['兴县人民政府 O二二年六月九日', '兴县人民政府 二〇二二年六月九日'],
  ])('%s → %s', (read, truth) => {
    const r = repairLine(read, sure(read))
    expect(r.text).toBe(truth)
    expect(r.repairs.every((x) => x.rule === 'DATE')).toBe(true)
    expect(r.repairs.length).toBeGreaterThan(0)
  })

  it('leaves impossible dates and ordinary counts alone', () => {
    for (const t of ['2022年13月40日', '1000年', '共20人', '2022年5月12日', '二〇二二年六月九日', '〇二二年', '10二二年六月九日']) expect(repairLine(t, sure(t)).text).toBe(t)
  })
})

it('reads the radical 丶 as the 顿号 、 without calling it a field repair', () => {
  const r = repairLine('姓名丶性别丶公民身份号码', sure('姓名丶性别丶公民身份号码'))
  expect(r.text).toBe('姓名、性别、公民身份号码')
  expect(r.repairs.map((x) => x.rule)).toEqual(['PUNCT', 'PUNCT'])
})

it('reads a full stop misread as · or ° where a sentence ends, and keeps a name’s middle dot', () => {
  for (const [read, truth] of [
    ['面劳动合同·严禁发生', '面劳动合同·严禁发生'],
    ['生活费等现象·（五）', '生活费等现象。（五）'],
    ['可中进行限制°（二）总', '可中进行限制。（二）总'],
    ['承担监管责任·', '承担监管责任。'],
    ['卡尔·马克思', '卡尔·马克思'],
  ]) {
    expect(repairLine(read, sure(read)).text).toBe(truth)
  }
})

it('reads the dash of a year range and the e of 乡村e镇 as printed (the 目录 of county-1col-heads)', () => {
  const read = '兴县人民政府关于印发《兴县全民健身实施计划(2021一2025年)》通知'
  expect(repairLine(read, sure(read)).text).toBe('兴县人民政府关于印发《兴县全民健身实施计划(2021—2025年)》通知')
  expect(repairLine('(2021一2025 年)', sure('(2021一2025 年)')).text).toBe('(2021—2025 年)')
  expect(repairLine('关于申请培育乡村é镇工作的报告', sure('关于申请培育乡村é镇工作的报告')).text).toBe('关于申请培育乡村e镇工作的报告')
  expect(repairLine('一二三', sure('一二三')).text).toBe('一二三')
})

it('reads a page number’s dashes alike on every page, so the footer repeats and is taken out', () => {
  for (const read of ['—1一', '一 12 —', '－3－', '~ 4 _']) {
    const r = repairLine(read, sure(read))
    expect(r.text.replace(/\s+/g, '')).toMatch(/^—\d+—$/)
    expect(r.repairs.every((x) => x.rule === 'PUNCT')).toBe(true)
  }
  // Only a line that is a page number alone: a list's dash and the 一 of a sentence stay.
  for (const read of ['一、全面落实劳动用工实名管理制度', '2021一2025', '—1一2—3']) expect(repairLine(read, sure(read)).text).toBe(read)
})
