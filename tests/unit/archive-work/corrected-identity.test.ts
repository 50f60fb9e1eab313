// An issue staff re-identified (更正本期信息) is still known by the identity it was read as: another
// file of it read the same way joins it, as a further original or a replace offered, instead of
// being saved as a second issue under the identity staff corrected away. On a tuning fixture's text
// (imported first, then corrected), its Word file and its text again with a line added.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../support/sample'
import { tempArchive, upload } from './helpers'

const LAYOUT = 'county-docx-joint'
const file = (ext: string): string => join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT, `${LAYOUT}.${ext}`)

const t = tempArchive('corrected-identity-')
let issueId = 0
let read = { gazette: '', year: 0, issueNo: 0 }
beforeAll(async () => {
  await t.api.importFiles({ sources: [{ kind: 'path', path: file('txt') }] })
  const [issue] = await t.api.listIssues({})
  issueId = issue.id
  read = { gazette: issue.gazette, year: issue.year, issueNo: issue.issueNo }
  // As if the importer had read the 期 wrong and staff set it right.
  await t.api.correctIssue({ issueId, changes: { issueNo: read.issueNo + 10 }, editor: '王档案' })
}, 120_000)
afterAll(() => t.close())

describe('a file read as an identity staff corrected away', () => {
  it('its Word file is kept as a further original of the corrected issue, not saved as a second one', async () => {
    const r = await t.api.importFiles({ sources: [{ kind: 'path', path: file('docx') }] })
    expect(r.imported).toEqual([])
    const handled = [...(r.kept ?? []).map((k) => k.issueId), ...r.skipped.map((s) => s.code)]
    expect(handled).toEqual([issueId])
    expect(await t.api.listIssues({})).toHaveLength(1)
    expect((await t.api.getIssueToc({ issueId })).issue.issueNo).toBe(read.issueNo + 10)
  })

  it('another text of it is skipped as held, naming the corrected issue, with a replace offered that keeps its 期', async () => {
    const text = `${readFileSync(file('txt'), 'utf8')}\n`
    const r = await t.api.importFiles({ sources: [upload('重印.txt', text)] })
    expect(r.imported).toEqual([])
    expect(r.skipped).toHaveLength(1)
    // The report links the issue that holds it.
    expect(r.skipped[0]).toMatchObject({ code: 'ISSUE_HELD', reason: expect.stringContaining(`第${read.issueNo + 10}期`), issueId })
    const preview = await t.api.previewReplace({ token: r.skipped[0].replaceToken as string })
    expect(preview.token).toBe(r.skipped[0].replaceToken)
    expect(await t.api.listIssues({})).toHaveLength(1)
  })

  it('once the correction is undone, nothing is re-identified: the file is the issue it reads as', async () => {
    const [c] = await t.api.getIssueHistory({ issueId })
    await t.api.undoIssueCorrection({ id: c.id, editor: '王档案' })
    const text = `${readFileSync(file('txt'), 'utf8')}\n\n`
    const r = await t.api.importFiles({ sources: [upload('再印.txt', text)] })
    expect(r.skipped[0]).toMatchObject({ code: 'ISSUE_HELD', reason: expect.stringContaining(`第${read.issueNo}期`) })
  })
})
