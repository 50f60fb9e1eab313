// The 待核对 list and review screen say which staged issues were read from a scan (OCR badge):
// listStagedIssues finds the reason OCR in the stored issue, getStagedIssue in its documents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertStaged } from '../../../src/main/db/staged-issues'
import { withOcrDoubts } from '../../../src/main/importer/ocr/doubts'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { linesFromText } from '../../../src/main/importer/layout/text-lines'
import { SAMPLE_TEXT, tempArchive, type TempArchive } from '../archive-work/helpers'

let t: TempArchive
beforeEach(() => {
  t = tempArchive('staged-ocr-')
})
afterEach(() => t.close())

function stage(ocr: boolean, issueNo: number): number {
  const lines = linesFromText(SAMPLE_TEXT)
  // As if read by OCR: one line the engine was unsure of (what readScan's marks look like).
  if (ocr) lines[0].ocr = { confidence: 0.62, low: [0], repaired: [] }
  const issue = withOcrDoubts(parseIssue({ text: SAMPLE_TEXT, lines }), lines)
  issue.meta.issueNo = issueNo
  return insertStaged(t.api.archive.db, {
    file: `${issueNo}.pdf`, sha256: String(issueNo).repeat(64).slice(0, 64), originalName: `${issueNo}.pdf`, storedPath: `x/${issueNo}.pdf`,
    size: 1, mediaType: 'application/pdf', stagedAt: '2026-12-02T00:00:00Z', replace: false, issue, readWarnings: [], sourceText: SAMPLE_TEXT,
  })
}

describe('the OCR flag of a staged issue', () => {
  it('is set for an issue read by OCR and not for one read from text', async () => {
    const scanned = stage(true, 7)
    const typed = stage(false, 8)
    const list = await t.api.listStagedIssues({})
    expect(list.map((s) => [s.id, s.ocr])).toEqual([[scanned, true], [typed, false]])
    expect((await t.api.getStagedIssue({ id: scanned })).ocr).toBe(true)
    expect((await t.api.getStagedIssue({ id: typed })).ocr).toBe(false)
  })
})
