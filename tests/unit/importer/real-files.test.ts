// The real reader and parser (loaded dynamically, as they land in parallel) over the sample and fixtures.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ParsedIssue } from '../../../src/shared/domain'
import { openArchive, type Archive } from '../../../src/main/archive/open-archive'
import { listDocuments } from '../../../src/main/db/documents'
import { importFiles } from '../../../src/main/importer/import-files'
import { SAMPLE_TXT } from '../../support/sample'

const SAMPLE = SAMPLE_TXT
const FIXTURES = resolve(process.cwd(), 'tests/fixtures/files')

let dir: string
let archive: Archive
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'real-import-'))
  archive = openArchive(join(dir, 'archive.db'), { create: true })
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('importing with the real parser', () => {
  it('parseIssue output saves and lists 45 documents', async () => {
    const { parseIssue } = (await import('../../../src/main/importer/parse/parse-issue')) as {
      parseIssue(text: string): ParsedIssue
    }
    const parsed = parseIssue(readFileSync(SAMPLE, 'utf8'))
    const r = await importFiles(archive, [SAMPLE])
    expect(r.imported).toEqual([
      {
        file: SAMPLE, issue: '兴县人民政府公报 2022年第2期', documents: parsed.documents.length, warnings: expect.any(Array), findings: expect.any(Array), doubtful: [],
        code: 'IMPORTED', sourceIndex: 0, warningCodes: expect.any(Array),
      },
    ])
    expect(listDocuments(archive.db).total).toBe(45)
  })

  it('a folder holding one issue as txt (several encodings), PDF and Word imports it once, keeping the PDF and Word beside it', async () => {
    const r = await importFiles(archive, [FIXTURES])
    expect(r.imported.map((i) => [basename(i.file), i.documents])).toEqual([['xingxian-2022-02.bom.txt', 45]])
    // The same issue as Word and as PDF reads to the same 45 documents: each is kept as a further
    // original (issue 17); the other text files are skipped as taken already in this run.
    const issueFiles = readdirSync(FIXTURES).filter((n) => n.startsWith('xingxian-2022-02.')).map((n) => join(FIXTURES, n))
    expect([...r.imported, ...(r.kept ?? []), ...r.skipped].map((e) => e.file).sort()).toEqual(issueFiles.sort())
    expect(r.kept?.map((k) => [basename(k.file), k.format, k.ordinal, k.documents])).toEqual([
      ['xingxian-2022-02.docx', 'Word', 2, 45],
      ['xingxian-2022-02.pdf', 'PDF', 3, 45],
    ])
    expect(listDocuments(archive.db).total).toBe(45)
    expect(r.skipped.map((s) => [s.code, s.sourceIndex])).toEqual(r.skipped.map(() => ['ISSUE_IN_RUN', 0]))
    for (const s of r.skipped) expect(s.reason).toMatch(/^档案中已有兴县人民政府公报 2022年第2期（来自 .+）$/)
    expect(r.skipped.every((s) => s.file.endsWith('.txt'))).toBe(true)
    // Every refusal is a Chinese sentence, never a stack or an English library message.
    for (const f of r.failed) expect(f.error).toMatch(/[\u4e00-\u9fff]/)
    expect(r.failed.map((f) => f.file.replace(`${FIXTURES}/bad/`, '')).sort()).toEqual(
      expect.arrayContaining(['empty.txt', 'not-a-gazette.txt', 'scanned.pdf']),
    )
    // bad/scanned.pdf is OCR'd now (and found to be no gazette): a page of OCR on top of the rest.
  }, 150_000)
})
