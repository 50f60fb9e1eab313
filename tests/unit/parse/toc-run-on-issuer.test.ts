// county-web-3col.txt (tests/fixtures/typeset/tuning) 1373–1380: pdftotext wrote a body line of the
// column beside ('受县域招商引资、产业发展等相关') between 兴政发〔2022〕10号 and its title's first
// line, and the title read ran on from it: its issuers read '受县域…相关兴县人民政府'. The 目录 lists
// the document under its 文号 as '兴县人民政府关于打造…的通知' (lines 36–39): its unit is the issuer.
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, TocEntry } from '../../../src/shared/domain'
import { readHeader } from '../../../src/main/importer/parse/header'
import { titlesFromToc } from '../../../src/main/importer/parse/toc-titles'

const entry: TocEntry = { category: '县政府文件', title: '兴县人民政府关于打造城乡绿色低碳建设运营商有关事项的通知', docNumber: '兴政发〔2022〕10号', page: 6 }
const doc = (lines: string[]): ParsedDocument => {
  const { issuers, title } = readHeader(lines, true)
  return { title, docNumber: '兴政发〔2022〕10号', issuers, issuer: issuers.join('、'), docType: '通知' } as unknown as ParsedDocument
}

describe('issuers read with a body line run on before them', () => {
  it('takes the 目录\'s unit', () => {
    const d = doc(['受县域招商引资、产业发展等相关', '兴县人民政府关于打造城乡绿', '色低碳建设运营商有关事项的', '通知'])
    expect(d.issuers).not.toEqual(['兴县人民政府'])
    titlesFromToc([d], [entry])
    expect(d.issuers).toEqual(['兴县人民政府'])
    expect(d.issuer).toBe('兴县人民政府')
  })

  it('keeps units read before the 目录\'s one (a joint document the 目录 names by its last unit)', () => {
    const d = { title: '关于印发兴县依法关闭自备水井专项整治行动实施方案的通知', docNumber: '兴政发〔2022〕10号', issuers: ['兴县人力资源和社会保障局', '兴县人民政府'], issuer: '兴县人力资源和社会保障局、兴县人民政府', docType: '通知' } as unknown as ParsedDocument
    titlesFromToc([d], [{ ...entry, title: '兴县人民政府关于印发兴县依法关闭自备水井专项整治行动实施方案的通知' }])
    expect(d.issuers).toEqual(['兴县人力资源和社会保障局', '兴县人民政府'])
  })
})
