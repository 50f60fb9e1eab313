// The real sample through the CLI: import, docs --json against the hand-checked truth, show, re-import.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, json } from './run-cli'
import { SAMPLE_TRUTH, SAMPLE_TXT } from '../../support/sample'

const SAMPLE = SAMPLE_TXT
const TRUTH = SAMPLE_TRUTH
const FIELDS = ['docNumber', 'title', 'category', 'issuer', 'date', 'public', 'tocPage', 'consult'] as const

interface Truth {
  documents: Record<string, unknown>[]
}

let dir: string
let db: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-sample-'))
  db = join(dir, 'archive.db')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('sample issue through the CLI', () => {
  it('imports the sample with --json and exits 0', () => {
    const r = cli('import', SAMPLE, '--db', db, '--json')
    expect(r.code).toBe(0)
    expect(json(r)).toEqual({
      imported: [{
        file: SAMPLE, issue: '兴县人民政府公报 2022年第2期', documents: 45, warnings: expect.any(Array), doubtful: [],
        code: 'IMPORTED', sourceIndex: 0, warningCodes: expect.any(Array),
        // The gazette's own gap, told apart from the importer's doubts by its code (issue 14).
        findings: [{ code: 'TOC_ENTRY_WITHOUT_BODY', message: '目录列出但正文未收录：兴政办函〔2022〕17号' }],
      }],
      skipped: [],
      failed: [],
    })
    const [issue] = json<{ imported: { warnings: string[]; warningCodes: string[] }[] }>(r).imported
    expect(issue.warningCodes).toHaveLength(issue.warnings.length) // one code per warning
  })

  it('docs --json gives the 45 documents of the truth file', () => {
    const r = cli('docs', '--db', db, '--json')
    expect(r.code).toBe(0)
    const docs = json<Record<string, unknown>[]>(r)
    const truth = (JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth).documents
    expect(docs).toHaveLength(45)
    docs.forEach((d, i) => {
      for (const f of FIELDS) expect({ seq: i + 1, [f]: d[f] }).toEqual({ seq: i + 1, [f]: truth[i][f] })
      expect(d).toMatchObject({ gazette: '兴县人民政府公报', year: 2022, issueNo: 2, totalNo: 4 })
    })
  })

  it('show --json 兴政函(2022)28 gives the body as paragraphs', () => {
    const r = cli('show', '--json', '兴政函(2022)28', '--db', db)
    expect(r.code).toBe(0)
    const doc = json<{ docNumber: string; paragraphs: string[] }>(r)
    expect(doc.docNumber).toBe('兴政函〔2022〕28号')
    expect(doc.paragraphs.length).toBeGreaterThan(3)
    expect(doc.paragraphs.every((p) => typeof p === 'string' && p.length > 0)).toBe(true)
  })

  it('show --json gives each block’s source lines in the file, beside the blocks', () => {
    const doc = json<{ blocks: { text: string }[]; sources: { lineFrom: number; lineTo: number; boxes?: unknown }[] }>(
      cli('show', '--json', '兴政函(2022)28', '--db', db),
    )
    expect(doc.sources).toHaveLength(doc.blocks.length)
    const file = readFileSync(SAMPLE, 'utf8').split(/\r?\n/)
    doc.blocks.forEach((b, i) => {
      const { lineFrom, lineTo, boxes } = doc.sources[i]
      expect(boxes).toBeUndefined()
      const printed = file.slice(lineFrom - 1, lineTo).join('').replace(/\s+/g, '')
      expect(printed).toContain(b.text.replace(/\s+/g, '').slice(0, 6))
    })
  })

  it('importing the same file again skips it and verify still passes', () => {
    const r = cli('import', SAMPLE, '--db', db, '--json')
    expect(r.code).toBe(0)
    expect(json(r)).toEqual({ imported: [], skipped: [{ file: SAMPLE, reason: '已导入过相同文件（SHA-256 相同）', code: 'SAME_FILE', sourceIndex: 0 }], failed: [] })
    expect(cli('verify', '--db', db).code).toBe(0)
  })
})
