// Word's automatic numbering written back as text: the labels a Word file draws from numbering.xml.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { chineseCounting, formatNumber, labelNumberedParagraphs, readNumbering, readStyleNumbering } from '../../../src/main/importer/read/docx-numbering'
import { readSource } from '../../../src/main/importer/read/read-source'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const NUMBERING = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="tab"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>
</w:numbering>`

function p(text: string, numId?: number, ilvl = 0, style?: string): string {
  const numPr = numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : ''
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
}

const texts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))

describe('Word list numbering as text', () => {
  it('formats counters as Word does for Chinese documents', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105].map(chineseCounting)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九', '一百', '一百〇五'])
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③')
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙')
    expect(formatNumber(4, 'upperRoman')).toBe('IV')
  })

  it('counts per list and level, restarts deeper levels, honours start overrides, leaves bullets', () => {
    const doc = `<w:document ${W}><w:body>${[
      p('总体要求', 1), p('指导思想', 1, 1), p('基本原则', 1, 1), p('具体一项', 1, 2),
      p('主要任务', 1), p('重点工作', 1, 1), p('正文段落。'), p('保障措施', 2), p('要点', 3),
    ].join('')}</w:body></w:document>`
    const out = labelNumberedParagraphs(doc, readNumbering(NUMBERING))
    expect(texts(out)).toEqual(['一、总体要求', '（一）指导思想', '（二）基本原则', '1.具体一项', '二、主要任务', '（一）重点工作', '正文段落。', '四、保障措施', '要点'])
    expect(out.match(/<w:numPr>/g)?.length).toBe(1) // only the bullet keeps its list
  })

  it('numbers paragraphs whose style carries the list (heading styles linked to a list)', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`
    const doc = `<w:document ${W}><w:body>${p('总体要求', undefined, 0, 'H1')}${p('主要任务', undefined, 0, 'H1b')}${p('正文。')}</w:body></w:document>`
    expect(texts(labelNumberedParagraphs(doc, readNumbering(NUMBERING), readStyleNumbering(styles)))).toEqual(['一、总体要求', '二、主要任务', '正文。'])
  })

  it('reaches the text a .docx is read into', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
    zip.file('word/document.xml', `<w:document ${W}><w:body>${p('总体要求', 1)}${p('坚持以人民为中心，推进各项工作。')}${p('主要任务', 1)}</w:body></w:document>`)
    zip.file('word/numbering.xml', NUMBERING)
    zip.file('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
    const r = await readSource(bytes, 'in/n.docx', {})
    expect(r.text.split('\n').filter(Boolean)).toEqual(['一、总体要求', '坚持以人民为中心，推进各项工作。', '二、主要任务'])
  })
})

describe('Word list numbering from a hostile file', () => {
  it('writes a huge or broken counter in digits, never spelled out at length', () => {
    expect(formatNumber(1_000_000_000, 'lowerLetter')).toBe('1000000000')
    expect(formatNumber(50_000, 'upperRoman')).toBe('50000')
    expect(formatNumber(Number.NaN, 'chineseCounting')).toBe('NaN')
    const huge = NUMBERING.replace('<w:startOverride w:val="4"/>', '<w:startOverride w:val="999999999"/>').replace('w:val="chineseCounting"/><w:suff', 'w:val="lowerLetter"/><w:suff')
    const doc = `<w:document ${W}><w:body>${p('保障措施', 2)}</w:body></w:document>`
    expect(texts(labelNumberedParagraphs(doc, readNumbering(huge)))).toEqual(['999999999、保障措施'])
  })

  it('leaves a paragraph at a level Word does not have as it is (no counter loop to that level)', () => {
    const deep = NUMBERING.replace('<w:lvl w:ilvl="2">', '<w:lvl w:ilvl="999999999">')
    const doc = `<w:document ${W}><w:body>${p('总体要求', 1)}${p('深层', 1, 999_999_999)}</w:body></w:document>`
    expect(texts(labelNumberedParagraphs(doc, readNumbering(deep)))).toEqual(['一、总体要求', '深层'])
  })

  it('reads openings without closings in one pass (a quadratic scan would not finish)', { timeout: 30_000 }, () => {
    const n = 200_000
    const doc = `<w:document ${W}><w:body>${p('总体要求', 1)}${'<w:pPr><w:pPrChange>'.repeat(n)}</w:body></w:document>`
    const out = labelNumberedParagraphs(doc, readNumbering(NUMBERING + '<w:lvl w:ilvl="0">'.repeat(n) + '<w:abstractNum>'.repeat(n)))
    expect(texts(out)[0]).toBe('一、总体要求')
  })
})
