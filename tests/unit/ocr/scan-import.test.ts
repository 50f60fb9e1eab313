// A scanned issue end to end through the CLI: an image-only PDF (cover and the first document's
// first page of a typeset gazette, 0.7° askew, JPEG) is OCR'd in the import worker, split by the
// same parser as a text layer, and its document is listed as doubtful with reason OCR.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../cli/run-cli'

const SCAN = join(ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf')

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  // OCR of two pages takes seconds on a quiet machine, a minute on a loaded one.
  const r = spawnSync('npx', ['tsx', 'src/main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 400_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Doubtful { docNumber: string; title: string; confidence: number; reasons: { code: string; message: string }[] }

describe('a scanned PDF imported by the CLI', () => {
  let dir: string
  let db: string
  let stderr: string
  let report: { imported: { issue: string; documents: number; doubtful: Doubtful[] }[]; failed: unknown[] }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ocr-import-'))
    db = join(dir, 'archive.db')
    const r = cli('import', SCAN, '--db', db, '--json')
    expect(r.code, r.stderr).toBe(0)
    report = JSON.parse(r.stdout)
    stderr = r.stderr
  }, 420_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads the issue from the cover and the document’s 文号 and title from the page', () => {
    expect(report.failed).toEqual([])
    expect(report.imported[0].issue).toBe('兴县人民政府公报 2022年第3期')
    const docs = JSON.parse(cli('docs', '--db', db, '--json').stdout) as Record<string, unknown>[]
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      docNumber: '兴政发〔2022〕8号', // printed 〔2022〕, read as [2022] and repaired
      title: '关于印发全面落实保障农民工工资支付相关制度的通知',
      category: '县政府文件',
      issuer: '兴县人民政府',
    })
  })

  it('says on stderr which page OCR is reading', () => {
    expect(stderr).toContain('文字识别（OCR）第 1/2 页')
    expect(stderr).toContain('文字识别（OCR）第 2/2 页')
  })

  it('lists the document as doubtful, saying it was OCR’d and which 文号 was repaired', () => {
    const [doc] = report.imported[0].doubtful
    expect(doc.confidence).toBeLessThan(0.7)
    const codes = doc.reasons.map((r) => r.code)
    expect(codes[0]).toBe('OCR')
    expect(doc.reasons.find((r) => r.code === 'OCR_REPAIRED')?.message).toContain('兴政发〔2022〕8号')
  })

  it('makes the OCR’d body searchable', () => {
    const r = JSON.parse(cli('search', '劳务分包单位', '--db', db, '--json').stdout) as { total: number }
    expect(r.total).toBe(1)
  })
})
