// Doubts and genre cases found on the pdf12 tuning layouts (county-xe-kai-inner, city-lo-decree:
// real texts, see tests/fixtures/typeset/README.md): text running on after the date taken, a
// second 主送机关 line, a 目录 page label broken over two lines, joint issuers from the signature
// stack when the wrapped title lost a character.
import { describe, expect, it } from 'vitest'
import type { Block, ParsedDocument } from '../../../src/shared/domain'
import { recipientsInBody, textAfterDate } from '../../../src/main/importer/parse/doubt-signals'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const p = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text })
const doc = (blocks: Block[], docType: string | null = '通知'): ParsedDocument => ({ title: '关于某事的通知', blocks, docType }) as unknown as ParsedDocument

// county-xe-kai-inner.txt: 兴政办函〔2022〕16号 took the date of the document read before it.
const SIGNED = [p('兴县人民政府办公室', 'signature'), p('二〇二二年五月十一日', 'date'), p('（此件公开发布）', 'note')]

describe('doubts after the date', () => {
  it('sees ordinary text running on after the date taken', () => {
    const blocks = [p('各乡（镇）人民政府、县直各有关单位：'), p('上述公布的县级行政执法主体应当严格履行执法职责。'), ...SIGNED,
      p('于技，确保粮食安全的重要措施，也是现代农业提质增效的基础。'), p('领导组下设办公室和技术指导组，具体负责项目日常工作和技术指导。')]
    // No second closing: only the order of the text is in doubt (a light doubt)…
    expect(textAfterDate(doc(blocks))).toBe('order')
    // …with the document's own signed date after it, the date taken closes another document's text.
    expect(textAfterDate(doc([...blocks, p('兴县人民政府办公室', 'signature'), p('二〇二二年六月九日', 'date')]))).toBe('closing')
  })

  it('sees a date read into a sentence, broken off over it and under it (prov-xe-toc2col.txt 2197–2205)', () => {
    // 国办发明电〔2018〕15号 read on into the next document's last paragraph and its closing.
    const blocks = [p('经国务院批准，现将2019年元旦、春节放假调休日期的具体安排通知如下。'), p('生态环境部副部长赵英民兼任。领导小组成员因工作'), p('2018年11月5日', 'date'),
      p('变动等需要调整的，由所在单位向领导小组办公室提'), p('（此件公开发布）', 'note')]
    expect(textAfterDate(doc(blocks))).toBe('closing')
    // A finished paragraph over the date, or a finished one under it, is no sentence the date broke.
    expect(textAfterDate(doc([blocks[0], p('生态环境部副部长赵英民兼任。'), ...blocks.slice(2)]))).toBeNull()
    expect(textAfterDate(doc([...blocks.slice(0, 3), p('变动等需要调整的，由所在单位提出。'), blocks[4]]))).toBeNull()
  })

  it('leaves attachments, attached plans and decrees alone', () => {
    const body = [p('各乡（镇）人民政府：'), p('现将方案印发给你们，请认真贯彻落实。'), ...SIGNED]
    expect(textAfterDate(doc([...body, p('兴县农村“厕所革命”实施方案', 'title'), p('为改善农村人居环境，制定本方案。'), p('一、总体要求', 'heading1')]))).toBeNull()
    expect(textAfterDate(doc([...body, p('附件', 'attachmentHeading'), p('名单如下。'), p('张三 县长')]))).toBeNull()
    expect(textAfterDate(doc([...body]))).toBeNull()
    const decree = [p('《专利代理条例》已经修订通过，现予公布。'), p('市长　周文华', 'signature'), p('二〇一八年十一月六日', 'date'), p('第一条　为了规范专利代理行为，制定本条例。'), p('第二条　本条例所称专利代理…')]
    expect(textAfterDate(doc(decree, '令'))).toBeNull()
  })

  it('sees a second 主送机关 line with no title over it', () => {
    const blocks = [p('各乡（镇）人民政府、县直各有关单位：'), p('领导组下设办公室，具体负责日常工作。'), p('各乡（镇）人民政府、县直各单位：'), p('根据工作需要，现对兴县禁毒委员会成员单位进行调整。')]
    expect(recipientsInBody(doc(blocks))).toBe(true)
    // A forwarded document or an attachment has its own title over its 主送机关.
    const forwarded = [blocks[0], blocks[1], p('关于加强某项工作的意见', 'title'), blocks[2], blocks[3]]
    expect(recipientsInBody(doc(forwarded))).toBe(false)
    expect(recipientsInBody(doc([blocks[0], blocks[1]]))).toBe(false)
  })
})

describe('目录 page labels broken over two lines', () => {
  it('takes “… 第” / “5页” as page 5 of the entry, its 文号 kept', () => {
    // county-xe-kai-inner.txt: the label wrapped after 第.
    const text = ['目', '', '录', '', '三、县政府办公室文件',
      '兴县人民政府办公室关于印发兴县 2022 年度地质灾害防治方案的通知（兴政办发〔2022〕15 号） . 第', '5页',
      '兴县人民政府办公室关于更新行政执法主体的通知（兴政办函〔2022〕6 号） . . . . . . . . 第 7页'].join('\n')
    const toc = parseToc(splitLines(text))
    expect(toc.entries.map((e) => [e.docNumber, e.page, e.category])).toEqual([
      ['兴政办发〔2022〕15号', 5, '县政府办公室文件'],
      ['兴政办函〔2022〕6号', 7, '县政府办公室文件'],
    ])
    expect(toc.entries[0].title).toBe('兴县人民政府办公室关于印发兴县2022年度地质灾害防治方案的通知')
  })
})

describe('joint issuers', () => {
  it('takes every stacked signature when the wrapped title lost a character and glued two units', () => {
    // city-lo-decree.pdf: '…兴县财政局 兴' at a line's end lost its '兴'.
    const units = ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局']
    const issue = parseIssue([
      '兴县人民政府公报', '2022年第9期', '',
      '兴人社发〔2022〕30号', '',
      '兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局县住房和城乡建设管理局关于成立兴县培育乡村e镇工作领导小组的通知', '',
      '各乡（镇）人民政府，县直有关单位：', '现将有关事项通知如下，请认真贯彻落实。', '',
      ...units, '二〇二二年五月六日', '（此件公开发布）',
    ].join('\n'))
    expect(issue.documents[0].issuers).toEqual(units)
  })
})
