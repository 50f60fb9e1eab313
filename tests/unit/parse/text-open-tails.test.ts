// pdftotext text of county-xe-kai-inner (tests/fixtures/typeset/tuning, arranged from real
// documents): 兴政办函〔2022〕6号 starts at the foot of a page's right column, under the rest of
// 兴政办发〔2022〕15号's 方案, whose left column breaks off mid-sentence ('…全会精神 and 省第'). The
// text writes the new title right after that open line, then the sentence's rest ('十二次党代会
// 精神…') and the 方案's （二） and （三）: read so, they were the notice's first paragraphs.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { returnOpenTails } from '../../../src/main/importer/parse/text-open-tails'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

const compactOf = (s: string): string => s.replace(/\s+/g, '')

describe('an earlier document’s open sentence read under a later title', () => {
  const issue = parseIssueTraced(tuning('county-xe-kai-inner'))
  const docs = issue.documents.map((d) => d.doc)
  const texts = (num: string): string[] => docs.find((d) => d.docNumber === num)!.blocks.map((b) => compactOf(b.text))

  it('goes back under the document whose sentence it finishes, with the paragraphs numbered on', () => {
    const plan = texts('兴政办发〔2022〕15号')
    // The paragraph cut at the title is whole again.
    expect(plan.some((t) => t.includes('全会精神and省第十二次党代会精神') && t.endsWith('努力做到防患于未然。'))).toBe(true)
    expect(plan).toContain('(二)加强协调联动')
    expect(plan).toContain('(三)保障经费投入')
    const notice = texts('兴政办函〔2022〕6号')
    expect(notice.some((t) => t.includes('十二次党代会精神') || t.includes('保障经费投入'))).toBe(false)
    // The notice's own body follows its addressees.
    expect(notice.findIndex((t) => t.startsWith('根据《吕梁市人民政府办公室'))).toBeGreaterThan(notice.findIndex((t) => t.startsWith('各乡镇人民政府')))
  })

  // Two documents on a page of hard-wrapped lines 24 characters wide: the first breaks off at the
  // column's edge, the second's title and addressees follow, then the text under them.
  const page = (under: string[]): string[] => [
    '兴县人民政府关于印发甲事项工作方案的通知',
    '兴政发〔2022〕1 号',
    '各乡（镇）人民政府：',
    '一、工作措施',
    '（一）加强组织领导。各乡镇要把甲事项工作列入重要',
    '议事日程，主要负责同志亲自抓，分管负责同志具体抓',
    '，层层落实责任，确保各项工作任务按时保质完成，切',
    '',
    '兴县人民政府关于乙事项的通知',
    '兴政发〔2022〕2 号',
    '各乡（镇）人民政府：',
    ...under,
  ]
  const reads = (text: string[]): string[] => returnOpenTails(splitLines(text.join('\n')), 0, []).map((l) => l.text)

  it('moves the rest and the numbers that go on back above the later title', () => {
    const text = page([
      '实把甲事项工作做细做实做好，为全县发展提供坚强保障',
      '。',
      '（二）强化督促检查。县政府督查室要加强对甲事项工作',
      '的督促检查，定期通报工作进展情况。',
      '为做好乙事项工作，进一步明确各乡镇的工作任务和工作',
      '要求，经县人民政府同意，现将有关事项通知如下，请各',
      '乡镇结合本地实际认真贯彻执行，确保乙事项工作顺利推',
      '进，按期完成各项目标任务，切实维护人民群众合法权益',
      '。',
    ])
    const out = reads(text)
    expect(out.indexOf('（二）强化督促检查。县政府督查室要加强对甲事项工作')).toBeLessThan(out.indexOf('兴县人民政府关于乙事项的通知'))
    expect(out.indexOf('实把甲事项工作做细做实做好，为全县发展提供坚强保障')).toBe(out.indexOf('，层层落实责任，确保各项工作任务按时保质完成，切') + 1)
    expect(out.indexOf('为做好乙事项工作，进一步明确各乡镇的工作任务和工作')).toBe(out.indexOf('各乡（镇）人民政府：', 4) + 1)
  })

  it('leaves a later document alone whose own numbering starts at one', () => {
    // The same open line, but the text under the next title numbers its own paragraphs from one.
    const text = page([
      '为做好乙事项工作，进一步明确各乡镇的工作任务和工作',
      '要求，经县人民政府同意，现将有关事项通知如下。',
      '（一）明确目标任务。各乡镇要对照年度目标，细化工作',
      '措施，落实工作责任，确保乙事项各项工作任务落到实处',
      '。',
      '（二）强化督促检查。县政府将适时开展督查，通报进展',
      '。',
    ])
    expect(reads(text)).toEqual(text)
  })

  it('leaves the text alone where the earlier document closed and a section began above the open line', () => {
    // The same open line, but the earlier document is dated and a section's name stands under
    // the date: a document closes once and sections stand between documents, so the open line
    // is the next section's, not the earlier document's.
    const text = page([
      '实把甲事项工作做细做实做好，为全县发展提供坚强保障',
      '。',
      '（二）强化督促检查。县政府督查室要加强对甲事项工作',
      '的督促检查，定期通报工作进展情况。',
      '为做好乙事项工作，进一步明确各乡镇的工作任务和工作',
      '要求，经县人民政府同意，现将有关事项通知如下，请各',
      '乡镇结合本地实际认真贯彻执行，确保乙事项工作顺利推',
      '进，按期完成各项目标任务，切实维护人民群众合法权益',
      '。',
    ])
    const closed = [...text.slice(0, 6), '2022年3月1日', '三、县政府文件', ...text.slice(6)]
    expect(reads(closed)).toEqual(closed)
    // Dated only (a notice's 方案 goes on under its closing): the rest still goes back.
    const dated = [...text.slice(0, 6), '2022年3月1日', ...text.slice(6)]
    expect(reads(dated)).not.toEqual(dated)
  })
})

// pdftotext text of county-web-3col (three columns, read in line by line): 国发〔2018〕39号 is
// dated ('2018年11月16日') and its page's columns read in the next document's body, then a middle
// column's line cut mid-sentence ('持等。城乡绿色低碳建设运营商享') right over 兴政发〔2022〕10号's
// title. That line is not the dated document's open sentence: the notice's body stays its own.
describe('an open line after the earlier document closed', () => {
  const issue = parseIssueTraced(tuning('county-web-3col'))
  const docs = issue.documents.map((d) => d.doc)
  const texts = (num: string): string[] => docs.find((d) => d.docNumber === num)!.blocks.map((b) => compactOf(b.text))

  it('leaves the later document its own body', () => {
    const notice = texts('兴政发〔2022〕10号')
    expect(notice.some((t) => t.startsWith('城乡绿色低碳建设运营商是指在政府主导下') && t.endsWith('高市场投融资能力。'))).toBe(true)
    expect(notice.some((t) => t.startsWith('1.城乡绿色低碳建设运营商在经营过程中'))).toBe(true)
    const opinion = texts('国发〔2018〕39号')
    expect(opinion.some((t) => t.includes('城乡绿色低碳建设运营商是指') || t.includes('城乡绿色低碳建设运营商在经营过程中'))).toBe(false)
  })
})
