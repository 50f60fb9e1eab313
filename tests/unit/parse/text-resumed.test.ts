// pdftotext text of county-lo-tabletoc (tests/fixtures/typeset/tuning, arranged from real
// documents): documents begin mid-column, so the text above each is cut off mid-sentence and goes
// on at the head of the next column, its closing under it. Written column by column, each rest
// came after the next document's first lines (54号's under 康政发9号's start, 康政发9号's under
// 43号's closing, 瓦政发11号's under 兴人社发9号's 工作方案), each in the wrong document.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { returnResumedText } from '../../../src/main/importer/parse/text-resumed'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

const compactOf = (s: string): string => s.replace(/\s+/g, '')

describe('a document’s rest read after the next document’s start', () => {
  const issue = parseIssueTraced(tuning('county-lo-tabletoc'))
  const docs = issue.documents.map((d) => d.doc)
  const doc = (num: string) => docs.find((d) => d.docNumber === num)!
  const texts = (num: string): string[] => doc(num).blocks.map((b) => compactOf(b.text))

  it('goes back under the document cut off mid-sentence whose issuer signs its closing', () => {
    // 54号 (兴县人民政府) broke off at '为满足项目建'; its rest and closing stood under 康政发9号's start.
    expect(texts('兴政函〔2022〕54号').some((t) => t.includes('为满足项目建设资金需求'))).toBe(true)
    expect(doc('兴政函〔2022〕54号').date).toBe('2022-06-09')
    // 康政发9号 (康宁镇人民政府) broke off at '（兴政发〔2022〕10'; its rest stood after 43号's closing.
    expect(texts('康政发〔2022〕9号').some((t) => t.includes('（兴政发〔2022〕10号），为增强我县'))).toBe(true)
    expect(texts('康政发〔2022〕9号').some((t) => t.includes('银保监'))).toBe(false)
    expect(texts('兴政函〔2022〕43号').some((t) => t.includes('为增强我县'))).toBe(false)
    // 瓦政发11号 (瓦塘镇人民政府) broke off at '容积率大于'; its rest stood after 兴人社发9号's 工作方案.
    expect(texts('瓦政发〔2022〕11号').some((t) => t.includes('容积率大于等于1'))).toBe(true)
    expect(doc('瓦政发〔2022〕11号').date).toBe('2022-06-17')
    expect(texts('兴人社发〔2022〕9号').some((t) => t.includes('容积率'))).toBe(false)
  })

  it('goes back under a jointly issued document whose issuers each sign a line of the closing', () => {
    // 兴人社发12号's name list broke off under the 公告 (更新行政执法主体) begun mid-column; its rest
    // and the three issuers' closing stood in the next column, amid the 公告's list.
    expect(texts('兴人社发〔2022〕12号')).toContain('张建平县财政局局长')
    expect(doc('兴人社发〔2022〕12号').date).toBe('2022-04-21')
    const notice = docs.find((d) => d.title.includes('更新行政执法主体'))!
    expect(notice.blocks.some((b) => compactOf(b.text).includes('张建平'))).toBe(false)
    expect(notice.blocks.some((b) => compactOf(b.text).includes('9.罗峪口镇人民政府'))).toBe(true)
  })

  it('goes back under a document of the same issuer when the one it stands in is closed twice running', () => {
    // The 公告 (更新行政执法主体, 兴县人民政府办公室) broke off after its list under the 人事任免
    // banner; its last paragraph and closing head the next column, right over the closing of
    // 兴政办函16号 (also 兴县人民政府办公室), whose columns LibreOffice set under the 公告's.
    const notice = docs.find((d) => d.title.includes('更新行政执法主体'))!
    expect(notice.blocks.some((b) => compactOf(b.text).startsWith('上述公布的县级行政执法主体'))).toBe(true)
    expect(notice.date).toBe('2022-05-11')
    const farm = texts('兴政办函〔2022〕16号')
    expect(farm.some((t) => t.startsWith('上述公布的'))).toBe(false)
    expect(farm.filter((t) => /^二〇二二年/.test(t))).toEqual(['二〇二二年六月九日'])
  })

  it('leaves a closing signed by another issuer alone when that issuer’s document is closed', () => {
    // The second document's closing names the first's issuer, but the first has its own closing.
    const page = [
      '兴县人民政府关于甲事项的批复',
      '兴政函〔2022〕1 号',
      '县自然资源局：',
      '同意。',
      '兴县人民政府',
      '二〇二二年六月一日',
      '（此件公开发布）',
      '',
      '康宁镇人民政府关于乙事项的通知',
      '康政发〔2022〕2 号',
      '各村：',
      '现通知如下。',
      '',
      '特此通知。',
      '兴县人民政府',
      '二〇二二年六月二日',
    ].join('\n')
    const lines = splitLines(page)
    expect(returnResumedText(lines, 0, []).map((l) => l.text)).toEqual(lines.map((l) => l.text))
  })
})
