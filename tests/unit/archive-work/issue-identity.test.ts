// 更正本期信息: staff set an archived issue's gazette, year, 期, 总期号 and date (a correction in the
// issue's history, with 撤销), checked in Chinese; a 期 another issue holds is refused naming it.
// On the real sample (兴县 2022年第2期) and a tuning fixture's issue with its name and 期 label taken
// out (（未写明公报名称）「无头.txt」（年份未写明）（期号未写明））.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, SAMPLE_TXT } from '../../support/sample'
import { pdfText, tempArchive, upload } from './helpers'

const LAYOUT = 'city-xe-one2-spaced'
const TXT = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT, `${LAYOUT}.txt`)
/** The fixture with its running heads' gazette name and its 期 label lines taken out. */
const BARE = readFileSync(TXT, 'utf8')
  .split('\n')
  .map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, ''))
  .filter((l) => !/^\s*2022 年第 6 期/.test(l))
  .join('\n')
const NAMELESS = '（未写明公报名称）「无头.txt」'
const XINGXIAN = '兴县人民政府公报'

const t = tempArchive('issue-identity-')
let bareId = 0
let sampleId = 0
beforeAll(async () => {
  await t.api.importFiles({ sources: [{ kind: 'path', path: SAMPLE_TXT }] })
  await t.api.importFiles({ sources: [upload('无头.txt', BARE)] })
  const issues = await t.api.listIssues({})
  bareId = issues.find((i) => i.gazette === NAMELESS)?.id ?? 0
  sampleId = issues.find((i) => i.gazette === XINGXIAN)?.id ?? 0
}, 120_000)
afterAll(() => t.close())

const correct = (changes: Parameters<typeof t.api.correctIssue>[0]['changes']) => t.api.correctIssue({ issueId: bareId, changes, editor: '王档案' })

describe('更正本期信息 on an archived issue', () => {
  it('the bare issue is held without name, year or 期', async () => {
    expect((await t.api.getIssueToc({ issueId: bareId })).issue).toMatchObject({ gazette: NAMELESS, year: 0, issueNo: 0 })
  })

  it('refuses what cannot be an issue\'s year, 期, 总期号 or date, saying why in Chinese', async () => {
    await expect(correct({ year: 1900 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('年份须为 1949–2100 之间的整数（填的是“1900”）') })
    await expect(correct({ year: 2101 })).rejects.toThrow(/年份须为 1949–2100/)
    await expect(correct({ issueNo: 0 })).rejects.toThrow(/期号须为正整数/)
    await expect(correct({ issueNo: 2.5 })).rejects.toThrow(/期号须为正整数（1–1000，填的是“2.5”）/)
    await expect(correct({ totalNo: -1 })).rejects.toThrow(/总期号须为正整数/)
    await expect(correct({ publishedOn: '2022-02-30' })).rejects.toThrow(/出版日期须为 1949–2100 年间的有效日期/)
    await expect(correct({ gazette: '  ' })).rejects.toThrow(/公报名称不能为空/)
    await expect(correct({ gazette: '（未写明公报名称）「x」' })).rejects.toThrow(/请填写真正的公报名称/)
    // Nothing was written.
    expect(await t.api.getIssueHistory({ issueId: bareId })).toEqual([])
  })

  it('refuses the 期 another issue of that gazette holds, naming it', async () => {
    const n = (await t.api.getIssueToc({ issueId: sampleId })).issue.documentCount
    const err = correct({ gazette: XINGXIAN, year: 2022, issueNo: 2 })
    await expect(err).rejects.toMatchObject({ code: 'ISSUE_EXISTS' })
    await expect(err).rejects.toThrow(new RegExp(`档案中已有${XINGXIAN} 2022年第2期（编号 ${sampleId}，${n} 件文件，\\d{4}-\\d{2}-\\d{2} 导入），两期不能是同一期。若两者确是同一期，请先核对后删除多余的一期；否则请改正期号$`))
    expect((await t.api.getIssueToc({ issueId: bareId })).issue).toMatchObject({ gazette: NAMELESS, year: 0, issueNo: 0 })
  })

  it('sets name, year, 期, 总期号 and date: navigation, filters, catalogue and the PDF\'s 来源 follow at once', async () => {
    const issue = await t.api.correctIssue({
      issueId: bareId,
      changes: { gazette: ' 邛州市人民政府公报 ', year: 2022, issueNo: 6, totalNo: 161, publishedOn: '2022-06-30' },
      editor: '王档案',
      note: '据纸本封面',
    })
    expect(issue).toMatchObject({ id: bareId, gazette: '邛州市人民政府公报', year: 2022, issueNo: 6, totalNo: 161, publishedOn: '2022-06-30' })
    const [h] = await t.api.getIssueHistory({ issueId: bareId })
    expect(h).toMatchObject({ editor: '王档案', note: '据纸本封面', undoes: null, undoneAt: null })
    expect(h.summary).toBe(`公报名称：${NAMELESS} → 「邛州市人民政府公报」；年份：（年份未写明） → 2022年；期号：（期号未写明） → 第6期；总期号：（空） → 总第161期；出版日期：（空） → 2022-06-30`)
    // Navigation and filters.
    const facets = await t.api.getFacets({})
    expect(facets.gazettes.map((g) => g.gazette)).toEqual(expect.arrayContaining(['邛州市人民政府公报', XINGXIAN]))
    expect(facets.gazettes.map((g) => g.gazette)).not.toContain(NAMELESS)
    const docs = await t.api.listDocuments({ gazette: '邛州市人民政府公报', year: 2022, offset: 0, limit: 50 })
    expect(docs.total).toBe((await t.api.getIssueToc({ issueId: bareId })).issue.documentCount)
    expect(new Set(docs.items.map((d) => `${d.gazette} ${d.year} ${d.issueNo} ${d.issueId}`))).toEqual(new Set([`邛州市人民政府公报 2022 6 ${bareId}`]))
    expect((await t.api.listSeries({})).map((s) => s.gazette).sort()).toEqual(['邛州市人民政府公报', XINGXIAN].sort())
    const hits = await t.api.searchDocuments({ query: '国务院', gazette: '邛州市人民政府公报', year: 2022, limit: 50 })
    expect(hits.hits.length).toBeGreaterThan(0)
    expect(new Set(hits.hits.map((x) => `${x.gazette} ${x.issueNo}`))).toEqual(new Set(['邛州市人民政府公报 6']))
    // The catalogue and the printed PDF.
    const csv = Buffer.from((await t.api.exportCatalogue({ scope: { issueId: bareId }, format: 'csv' })).bytesBase64, 'base64').toString('utf8')
    expect(csv).toContain('邛州市人民政府公报2022年第6期')
    expect(csv).not.toContain('未写明')
    const pdf = await t.api.exportPdf({ documentIds: [docs.items[0].id], sourceLine: true })
    expect(pdf.fileName.startsWith('邛州市人民政府公报_2022年第6期_')).toBe(true)
    expect(await pdfText(pdf.bytesBase64)).toContain('来源：邛州市人民政府公报2022年第6期'.normalize('NFKC'))
  }, 60_000)

  it('a document correction made after it stays with the issue (kept by the new 期 for a re-import)', async () => {
    const [first] = (await t.api.listDocuments({ issueId: bareId, offset: 0, limit: 1 })).items
    await t.api.correctDocument({ id: first.id, changes: { title: '更正后的标题' }, editor: '王档案' })
    const rows = t.api.archive.db.prepare('SELECT gazette, year, issue_no FROM corrections').all()
    expect(rows).toEqual([{ gazette: '邛州市人民政府公报', year: 2022, issue_no: 6 }])
  })

  it('撤销 is refused while a later correction builds on it, then puts the old values back', async () => {
    await correct({ issueNo: 7 })
    const [first, second] = await t.api.getIssueHistory({ issueId: bareId })
    await expect(t.api.undoIssueCorrection({ id: first.id, editor: '李档案' })).rejects.toThrow(/无法撤销：此后又有更正（.* 王档案：期号：第6期 → 第7期），请先撤销那次较新的更正/)
    expect((await t.api.undoIssueCorrection({ id: second.id, editor: '李档案' })).issueNo).toBe(6)
    const back = await t.api.undoIssueCorrection({ id: first.id, editor: '李档案' })
    expect(back).toMatchObject({ gazette: NAMELESS, year: 0, issueNo: 0, totalNo: null, publishedOn: null })
    const history = await t.api.getIssueHistory({ issueId: bareId })
    expect(history.map((x) => [x.undoes, x.undoneBy, x.editor])).toEqual([
      [null, '李档案', '王档案'],
      [null, '李档案', '王档案'],
      [second.id, null, '李档案'],
      [first.id, null, '李档案'],
    ])
    expect(history[3].summary).toMatch(/^撤销：公报名称：「邛州市人民政府公报」 → （未写明公报名称）「无头.txt」；年份：2022年 → （年份未写明）/)
    await expect(t.api.undoIssueCorrection({ id: first.id, editor: '李档案' })).rejects.toThrow(/这次更正已于 .* 由李档案撤销/)
    await expect(t.api.undoIssueCorrection({ id: history[3].id, editor: '李档案' })).rejects.toThrow(/这是一次撤销，不能再撤销/)
    // The correction of its document came back with it to the old key.
    expect(t.api.archive.db.prepare('SELECT gazette, year, issue_no FROM corrections').all()).toEqual([{ gazette: NAMELESS, year: 0, issue_no: 0 }])
    expect((await t.api.getFacets({})).gazettes.map((g) => g.gazette)).toContain(NAMELESS)
  })

  it('refuses an edit that changes nothing, and an issue not held', async () => {
    await expect(t.api.correctIssue({ issueId: sampleId, changes: { year: 2022, issueNo: 2 }, editor: '王档案' })).rejects.toThrow(/没有改动/)
    await expect(t.api.correctIssue({ issueId: 9999, changes: { year: 2022 }, editor: '王档案' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
