// The progress panel and the report count an import the same way: from the real report of a run
// with one issue saved, one file skipped and one failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../src/shared/domain'
import { fileOutcome, tallyReport, tallyText } from '../../../src/renderer/src/import-tally'
import { SAMPLE_TEXT, tempArchive, upload, type TempArchive } from '../archive-work/helpers'

let t: TempArchive
let report: ImportReport

beforeAll(async () => {
  t = tempArchive('tally-')
  report = await t.api.importFiles({
    sources: [upload('a.txt', SAMPLE_TEXT), upload('b.txt', SAMPLE_TEXT), upload('c.txt', '这不是公报。')],
  })
})
afterAll(() => t.close())

describe('import tally', () => {
  it('counts files, issues, documents, skipped and failed as the report holds them', () => {
    const tally = tallyReport(report)
    expect(tally).toEqual({ files: 3, issues: 1, documents: 45, staged: 0, kept: 0, skipped: 1, failed: 1, doubtful: report.imported[0].doubtful?.length ?? 0 })
    expect(tallyText(tally)).toMatch(/^新增 1 期、45 件文件，跳过 1 个，失败 1 个/)
  })

  it('gives each file its final state from its report entry', () => {
    expect(fileOutcome(report, 'a.txt')?.label).toMatch(/^已导入：45 件文件/)
    expect(fileOutcome(report, 'b.txt')?.label).toBe(`已跳过：${report.skipped[0].reason}`)
    expect(fileOutcome(report, 'c.txt')).toMatchObject({ color: 'red', label: `失败：${report.failed[0].error}` })
    expect(fileOutcome(report, 'd.txt')).toBeNull()
  })
})
