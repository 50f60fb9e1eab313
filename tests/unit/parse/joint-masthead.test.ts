// A joint document's masthead: the units stacked, one '文件' set once beside them. pdftotext writes
// the units, the 文号, then the '文件' alone, then the title (county-web-masthead-t.txt, seq 6).
// Read as the title's first line, '文件' ran into the issuers ('文件兴县水务管理中心兴县…'), so
// the three units were lost.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'

const text = [
  '1.5亿元。特此通知。',
  '兴县人民政府',
  '二〇二二年六月九日',
  '（此件公开发布）',
  '',
  '兴县水务管理中心',
  '兴县生态环境局',
  '兴县城市管理局',
  '兴水务发〔2022〕20号',
  '',
  '文件',
  '',
  '兴县水务管理中心 兴县生态环境局 兴县城市管理局关',
  '于印发兴县依法关闭自备水井专项整治行动实施方案的',
  '通知',
  '',
  '各乡（镇）人民政府、县直各有关单位：',
].join('\n')

describe('a joint masthead whose 文件 pdftotext writes after the 文号', () => {
  it('keeps the masthead word out of the title: its units open the title and are its issuers', () => {
    const lines = splitLines(text)
    const [span] = splitDocuments(lines, 0, [])
    expect(span.docNumber).toBe('兴水务发〔2022〕20号')
    expect(span.header.map((i) => lines[i].text)).toEqual([
      '兴县水务管理中心 兴县生态环境局 兴县城市管理局关',
      '于印发兴县依法关闭自备水井专项整治行动实施方案的',
      '通知',
    ])
  })
})
