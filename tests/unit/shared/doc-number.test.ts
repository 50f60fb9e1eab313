// 文号 spellings: every way a clerk or a PDF writes a number maps to one canonical form.
import { describe, expect, it } from 'vitest'
import {
  docNumberSortKey,
  findDocNumbers,
  normalizeDocNumber,
  parseDocNumber,
  toHalfWidth,
} from '../../../src/shared/doc-number'

describe('toHalfWidth', () => {
  it.each([
    ['兴政发〔２０２２〕８号', '兴政发〔2022〕8号'],
    ['（此件公开发布）', '(此件公开发布)'],
    ['第　3　页', '第 3 页'],
    ['兴县人民政府', '兴县人民政府'],
    ['', ''],
    ['ＡＢ，ｃ！～', 'AB,c!~'],
  ])('%s → %s', (raw, half) => expect(toHalfWidth(raw)).toBe(half))
})

describe('normalizeDocNumber', () => {
  it.each([
    ['兴政发〔2022〕8号', '兴政发〔2022〕8号'],
    ['兴政函〔2022〕28 号', '兴政函〔2022〕28号'],
    ['兴政函（2022）40 号', '兴政函〔2022〕40号'],
    ['兴政函(2022)44号', '兴政函〔2022〕44号'],
    ['兴政函[2022]28号', '兴政函〔2022〕28号'],
    ['兴政函【2022】28号', '兴政函〔2022〕28号'],
    ['兴政函2022年28号', '兴政函〔2022〕28号'],
    ['兴政函2022年第28号', '兴政函〔2022〕28号'],
    ['兴政函〔2022〕28', '兴政函〔2022〕28号'],
    ['兴政函【２０２２】２８号', '兴政函〔2022〕28号'],
    ['兴政办发 〔2022〕 10 号', '兴政办发〔2022〕10号'],
    ['兴政函〔2022〕028号', '兴政函〔2022〕28号'],
    ['晋政办发〔2021〕45号', '晋政办发〔2021〕45号'],
    ['国办发﹝2019﹞5号', '国办发〔2019〕5号'], // small forms, as some input methods type them
    ['黔府办发〖2019〗12号', '黔府办发〔2019〕12号'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDocNumber(input)).toBe(expected)
  })

  it.each(['关于印发方案的通知', '2022年5月12日', '兴政函〔2022〕0号', '', '（此件公开发布）'])(
    'rejects %s',
    (input) => {
      expect(normalizeDocNumber(input)).toBeNull()
    },
  )

  it('splits the parts', () => {
    expect(parseDocNumber('兴政办函（2022）17号')).toEqual({ agency: '兴政办函', year: 2022, serial: 17 })
  })
})

describe('findDocNumbers', () => {
  it('finds citations in running text and strips the prose before the agency code', () => {
    const text =
      '根据《关于吕梁市全民健身的报告》（吕发改社会字〔2020〕258 号）精神和兴政发〔2022〕10号，' +
      '按照(自然资发〔2020〕183号)要求'
    expect(findDocNumbers(text).map((m) => m.docNumber)).toEqual([
      '吕发改社会字〔2020〕258号',
      '兴政发〔2022〕10号',
      '自然资发〔2020〕183号',
    ])
  })

  it('reports where each number starts in the original text', () => {
    const text = '见兴政发（2022）9号。'
    const [m] = findDocNumbers(text)
    expect(text.slice(m.index, m.index + m.raw.length)).toBe('兴政发（2022）9号')
  })
})

describe('docNumberSortKey', () => {
  it('sorts serials naturally: 9号 before 10号', () => {
    const list = ['兴政发〔2022〕10号', '兴政发〔2022〕9号', '兴政发〔2021〕11号']
    const sorted = [...list].sort((a, b) => docNumberSortKey(a).localeCompare(docNumberSortKey(b)))
    expect(sorted).toEqual(['兴政发〔2021〕11号', '兴政发〔2022〕9号', '兴政发〔2022〕10号'])
  })
})

describe('findDocNumbers after several connectives', () => {
  it('takes the agency after the last connective word', () => {
    const text = '市规划和自然资源局以吕自然资函〔2020〕316号文件批复'
    expect(findDocNumbers(text).map((m) => m.docNumber)).toEqual(['吕自然资函〔2020〕316号'])
  })
})
