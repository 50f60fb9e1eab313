// Word files as real offices leave them (see scripts/typeset/docx_realworld.py): the reader gives
// the lines a person sees on the page, whatever Word keeps around them.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { dropHiddenRuns, unfoldSignatureTables } from '../../../src/main/importer/read/docx-shown'
import { htmlToParagraphs } from '../../../src/main/importer/read/html-lines'
import { readSource } from '../../../src/main/importer/read/read-source'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const NS = `${W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"
  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const r = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const p = (...runs: string[]): string => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.join('')}</w:p>`
const tc = (...paras: string[]): string => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paras.length ? paras.join('') : '<w:p/>'}</w:tc>`
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`
const tbl = (tblPr: string, ...rows: string[]): string => `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${rows.join('')}</w:tbl>`
const STYLES = `<w:styles ${W}><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>
<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>`

/** A .docx of these body paragraphs (and footnotes, when given), read as an import reads it. */
async function lines(body: string, footnotes?: string): Promise<string[]> {
  const zip = new JSZip()
  const notes = footnotes === undefined ? '' : `<Relationship Id="rId9" Type="${REL}/footnotes" Target="footnotes.xml"/>`
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
  zip.file('word/document.xml', `<w:document ${NS}><w:body>${body}<w:sectPr/></w:body></w:document>`)
  zip.file('word/styles.xml', STYLES)
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${notes}</Relationships>`)
  if (footnotes !== undefined) zip.file('word/footnotes.xml', `<w:footnotes ${W}>${footnotes}</w:footnotes>`)
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  const read = await readSource(bytes, 'in/real.docx', {})
  return read.text.split('\n').filter(Boolean)
}

describe('Word files as offices leave them', () => {
  it('shows no hidden text, no deleted text, and the results of fields', async () => {
    const out = await lines([
      p(r('县直各有关单位：')),
      p(r('经研究，'), r('【备注：待核】', '<w:vanish/>'), r('同意该方案。'), r('也显示', '<w:vanish w:val="false"/>')),
      `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${r('（审核意见：同意）', '<w:vanish/>')}</w:p>`,
      p(r('请'), '<w:ins w:id="1" w:author="a"><w:r><w:t>认真</w:t></w:r></w:ins>', '<w:del w:id="2" w:author="a"><w:r><w:delText>尽快</w:delText></w:r></w:del>', r('贯彻执行。')),
      p(r('兴县人民政府')),
      p('<w:fldSimple w:instr=" DATE \\@ &quot;EEEE年O月A日&quot; "><w:r><w:t>二〇二二年五月十二日</w:t></w:r></w:fldSimple>'),
      p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('2022年5月13日'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    ].join(''))
    expect(out).toEqual(['县直各有关单位：', '经研究，同意该方案。也显示', '请认真贯彻执行。', '兴县人民政府', '二〇二二年五月十二日', '2022年5月13日'])
  })

  it('reads a borderless signature table as the signature stack, and leaves ruled or dateless tables as rows', async () => {
    const none = '<w:tblBorders><w:top w:val="none"/><w:insideV w:val="nil"/></w:tblBorders>'
    const out = await lines([
      tbl('', tr(tc(p(r('兴县人力资源和社会保障局'))), tc(p(r('兴县发展和改革局')))), tr(tc(p(r('兴县财政局'))), tc()), tr(tc(), tc(p(r('二〇二二年五月十二日'))))),
      tbl(none, tr(tc(), tc(p(r('兴县人民政府')), p(r('2022年6月7日'))))),
      tbl('<w:tblStyle w:val="TableGrid"/>', tr(tc(p(r('开始日期'))), tc(p(r('2022年6月7日'))))),
      tbl('', tr(tc(p(r('组长：'))), tc(p(r('刘飞　县委常委'))))),
    ].join(''))
    expect(out).toEqual([
      '兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '二〇二二年五月十二日',
      '兴县人民政府', '2022年6月7日',
      '开始日期\t2022年6月7日',
      '组长：\t刘飞　县委常委',
    ])
  })

  it('sets a footnote under the paragraph citing it, without its marker, not after the last document', async () => {
    const note = '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 以县人民政府文件为准。</w:t></w:r></w:p></w:footnote>'
    const out = await lines([
      p(r('根据工作需要，现予调整。'), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', r('特此通知。')),
      p(r('兴县人民政府办公室')),
      p(r('二〇二二年六月九日')),
    ].join(''), `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${note}`)
    expect(out).toEqual(['根据工作需要，现予调整。特此通知。', ' 以县人民政府文件为准。', '兴县人民政府办公室', '二〇二二年六月九日'])
  })

  it('reads a text box in its anchor paragraph\'s place, once, and tabs pushing text right as layout', async () => {
    const box = (text: string): string => `<w:txbxContent><w:p>${r(text)}</w:p></w:txbxContent>`
    const out = await lines([
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('兴县人民政府文件')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      p(r('关于调整兴县禁毒委员会的通知')),
      p('<w:r><w:tab/><w:tab/><w:tab/></w:r>', r('兴县人民政府')),
      // DrawingML only, no VML fallback (as some editors write it): read all the same.
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('二〇二二年六月九日')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>`,
      `<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box('（此件公开发布）')}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
    ].join(''))
    expect(out).toEqual(['兴县人民政府文件', '关于调整兴县禁毒委员会的通知', '兴县人民政府', '二〇二二年六月九日', '（此件公开发布）'])
  })

  it('cuts a paragraph at a page break or carriage return typed inside it, not at a soft break ending it', async () => {
    const out = await lines([
      p(r('特此通知。'), '<w:r><w:br w:type="page"/></w:r>', r('兴县人民政府关于印发方案的通知')),
      p(r('请认真贯彻落实。'), '<w:r><w:br/></w:r>'),
      p(r('兴县人民政府'), '<w:r><w:cr/></w:r>', r('2022年6月9日')),
    ].join(''))
    expect(out).toEqual(['特此通知。', '兴县人民政府关于印发方案的通知', '请认真贯彻落实。', '兴县人民政府', '2022年6月9日'])
  })

  it('reads Word\'s TOC field as the entries it shows', async () => {
    const pageRef = (n: string): string =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(n)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
    const entry = (text: string, n: string, first = ''): string =>
      `<w:p>${first}<w:hyperlink w:anchor="_Toc1" w:history="1">${r(text)}<w:r><w:tab/></w:r>${pageRef(n)}</w:hyperlink></w:p>`
    const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    const out = await lines(
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' +
        entry('第一部分　县人民政府文件', '1', begin) + entry('兴县人民政府关于申请培育乡村e镇工作的报告', '6') +
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>' + `<w:bookmarkStart w:id="1" w:name="_Toc1"/>${p(r('正文。'))}<w:bookmarkEnd w:id="1"/>`,
    )
    expect(out).toEqual(['第一部分　县人民政府文件\t1', '兴县人民政府关于申请培育乡村e镇工作的报告\t6', '正文。'])
  })
})

describe('Word lines from mammoth\'s HTML', () => {
  it('drops endnote markers and back links, and keeps a break between two pieces of text', () => {
    const html = '<p>正文<sup><a href="#endnote-2" id="endnote-ref-2">[1]</a></sup>。</p><p>甲<br />乙</p><ol><li id="endnote-2"><p> 注文 <a href="#endnote-ref-2">↑</a></p></li></ol>'
    expect(htmlToParagraphs(html)).toEqual([
      { text: '正文。', whole: true },
      { text: ' 注文', whole: true },
      { text: '甲', whole: false },
      { text: '乙', whole: false },
    ])
  })
})

describe('Word files from a hostile source', () => {
  it('drops hidden runs in one pass whatever the markup (a quadratic scan would not finish)', { timeout: 30_000 }, () => {
    const n = 200_000
    const xml = `<w:body>${'<w:r><w:rPr><w:vanish/>'.repeat(n)}${r('可见')}${'<w:vanish/>'.repeat(n)}</w:body>`
    expect(dropHiddenRuns(xml)).toContain('可见')
    const nested = `${'<w:r><w:rPr><w:vanish/></w:rPr><w:r>'.repeat(n)}</w:r>`
    expect(dropHiddenRuns(nested)).toBe(nested)
  })

  it('leaves a table of unclosed rows as it is, at once', { timeout: 30_000 }, () => {
    const xml = `<w:tbl><w:tblPr/>${'<w:tr><w:tc><w:p>'.repeat(200_000)}二〇二二年五月十二日</w:tbl>`
    expect(unfoldSignatureTables(xml, new Map())).toBe(xml)
  })
})
