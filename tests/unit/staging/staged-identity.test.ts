// 本期信息 under 待核对: staff set a staged issue's gazette, year, 期, 总期号 and date before 入库.
// A 期 the archive holds is refused naming that issue, unless 替换 is chosen (入库 then replaces it);
// a 期 another staged issue waits under is refused naming its file. On the real sample (兴县
// 2022年第2期, archived) and a tuning fixture's issue with its name and 期 label taken out.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT, SAMPLE_TXT } from '../../support/sample'
import { tempArchive, upload } from '../archive-work/helpers'

const LAYOUT = 'city-xe-one2-spaced'
const TXT = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT, `${LAYOUT}.txt`)
const NAMELESS = readFileSync(TXT, 'utf8').split('\n').map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, '')).join('\n')
const BARE = NAMELESS.split('\n').filter((l) => !/^\s*2022 年第 6 期/.test(l)).join('\n')
const XINGXIAN = '兴县人民政府公报'

const t = tempArchive('staged-identity-')
let bare = 0
let other = 0
beforeAll(async () => {
  await t.api.importFiles({ sources: [{ kind: 'path', path: SAMPLE_TXT }] })
  const a = await t.api.importFiles({ sources: [upload('无头.txt', BARE)], stage: 'files' })
  const b = await t.api.importFiles({ sources: [upload('另一份.txt', NAMELESS)], stage: 'files' })
  bare = a.staged?.[0].stagedId ?? 0
  other = b.staged?.[0].stagedId ?? 0
}, 120_000)
afterAll(() => t.close())

describe('本期信息 of a staged issue', () => {
  it('waits nameless, without year or 期', async () => {
    expect(await t.api.getStagedIssue({ id: bare })).toMatchObject({
      gazette: '（未写明公报名称）「无头.txt」', year: 0, issueNo: 0, label: '（未写明公报名称）「无头.txt」 （期号未写明）', held: false,
    })
  })

  it('refuses a year, 期 or date that cannot be, in Chinese, and changes nothing', async () => {
    await expect(t.api.editStagedIssue({ id: bare, changes: { year: 22, issueNo: -3 } })).rejects.toThrow(
      /^年份须为 1949–2100 之间的整数（填的是“22”）；期号须为正整数（1–1000，填的是“-3”）$/,
    )
    await expect(t.api.editStagedIssue({ id: bare, changes: { publishedOn: '2022/6/30' } })).rejects.toThrow(/写作 2022-02-15/)
    expect(await t.api.getStagedIssue({ id: bare })).toMatchObject({ year: 0, issueNo: 0 })
  })

  it('a 期 the archive holds is refused naming it; with 替换 the issue waits to replace it', async () => {
    const changes = { gazette: XINGXIAN, year: 2022, issueNo: 2 }
    const refused = t.api.editStagedIssue({ id: bare, changes })
    await expect(refused).rejects.toMatchObject({ code: 'ISSUE_EXISTS' })
    await expect(refused).rejects.toThrow(/^档案中已有兴县人民政府公报 2022年第2期（编号 \d+，\d+ 件文件，\d{4}-\d{2}-\d{2} 导入）。如这一份是它的新版本，请选择“替换”/)
    const staged = await t.api.editStagedIssue({ id: bare, changes, replace: true })
    expect(staged).toMatchObject({ label: '兴县人民政府公报 2022年第2期', held: true, replace: true })
    expect(staged.meta).toMatchObject({ gazette: XINGXIAN, year: 2022, issueNo: 2 })
  })

  it('a 期 another staged issue waits under is refused naming its file', async () => {
    await t.api.editStagedIssue({ id: other, changes: { gazette: '邛州市人民政府公报' } })
    await expect(t.api.editStagedIssue({ id: bare, changes: { gazette: '邛州市人民政府公报', year: 2022, issueNo: 6 } })).rejects.toThrow(
      '待核对中已有邛州市人民政府公报 2022年第6期（「另一份.txt」）：请先将那一期入库或放弃，或改正期号',
    )
  })

  it('moved to a free 期 it no longer replaces; 入库 saves it under what staff set', async () => {
    const staged = await t.api.editStagedIssue({ id: bare, changes: { gazette: '邛州市人民政府公报', year: 2022, issueNo: 5, totalNo: 160, publishedOn: '2022-05-31' }, editor: '李核对' })
    expect(staged).toMatchObject({ label: '邛州市人民政府公报 2022年第5期', held: false, replace: false })
    const saved = await t.api.saveStagedIssue({ id: bare })
    expect(saved.label).toBe('邛州市人民政府公报 2022年第5期')
    const issue = (await t.api.getIssueToc({ issueId: saved.issueId })).issue
    expect(issue).toMatchObject({ gazette: '邛州市人民政府公报', year: 2022, issueNo: 5, totalNo: 160, publishedOn: '2022-05-31' })
    // What was set under 待核对 is the issue's first record: from what the importer read, by whom.
    const [first, ...more] = await t.api.getIssueHistory({ issueId: saved.issueId })
    expect(more).toEqual([])
    expect(first).toMatchObject({ origin: 'review', editor: '李核对', note: '核对时填写', undoes: null })
    expect(first.summary).toBe('公报名称：（未写明公报名称）「无头.txt」 → 「邛州市人民政府公报」；年份：（年份未写明） → 2022年；期号：（期号未写明） → 第5期；总期号：（空） → 总第160期；出版日期：（空） → 2022-05-31')
    // The sample it was first set to replace is still held, untouched.
    expect((await t.api.listIssues({})).map((i) => `${i.gazette} ${i.issueNo}`).sort()).toEqual([`${XINGXIAN} 2`, '邛州市人民政府公报 5'])
  }, 60_000)

  it('with 替换, 入库 replaces the held issue as an import would, and 恢复替换前 waits for an identity correction to be undone', async () => {
    const held = (await t.api.listIssues({})).find((i) => i.gazette === XINGXIAN)
    await t.api.editStagedIssue({ id: other, changes: { gazette: XINGXIAN, year: 2022, issueNo: 2 }, replace: true })
    const saved = await t.api.saveStagedIssue({ id: other })
    expect(saved.label).toBe(`${XINGXIAN} 2022年第2期`)
    const now = (await t.api.getIssueToc({ issueId: saved.issueId })).issue
    expect(now.documentCount).toBe(10)
    expect(await t.api.getReplaceUndo({ issueId: saved.issueId })).not.toBeNull()
    // The replacement's 期 corrected since: 恢复替换前 would quietly drop that correction.
    await t.api.correctIssue({ issueId: saved.issueId, changes: { totalNo: 99 }, editor: '王档案' })
    await expect(t.api.undoReplace({ issueId: saved.issueId })).rejects.toThrow(/又经更正，恢复替换前会使更正失效，未恢复/)
    // Its record: what was set under 待核对 (no bar to 恢复替换前), then the correction.
    const [review, c] = await t.api.getIssueHistory({ issueId: saved.issueId })
    expect(review.origin).toBe('review')
    await t.api.undoIssueCorrection({ id: c.id, editor: '王档案' })
    const back = await t.api.undoReplace({ issueId: saved.issueId })
    expect(back.documents).toBe(held?.documentCount)
  }, 60_000)
})
