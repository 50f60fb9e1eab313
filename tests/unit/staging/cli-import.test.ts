// The CLI keeps saving directly (scripts rely on it) and says which documents are doubtful: in
// words, never as a plain 导入完成, and under --json with their confidence and reasons.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../src/shared/domain'
import { cli, json } from '../cli/run-cli'
import { DOUBTFUL_DOC_NUMBER, MISREAD_TITLE, doubtfulSampleText } from '../../support/doubtful-sample'

let dir: string
let file: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-staging-'))
  file = join(dir, '兴县2022-02.txt')
  writeFileSync(file, doubtfulSampleText())
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('import from the terminal', () => {
  it('saves at once and prints the doubtful document with its reason', () => {
    const r = cli('import', file, '--db', join(dir, 'a.db'))
    expect(r.code).toBe(0)
    const first = r.stdout.split('\n')[0]
    expect(first).toMatch(/^导入结束，但有文件存疑：新增 1 期/)
    expect(first).toContain('其中 1 份文件存疑')
    expect(r.stdout).toContain(`待核对：第3份 ${DOUBTFUL_DOC_NUMBER}（置信度 0.65：标题与目录不一致）`)
    const docs = json<{ docNumber: string; title: string }[]>(cli('docs', '--db', join(dir, 'a.db'), '--json'))
    expect(docs.find((d) => d.docNumber === DOUBTFUL_DOC_NUMBER)?.title).toBe(MISREAD_TITLE)
  }, 120_000) // two CLI processes; slow on a shared 2-core machine

  it('--json lists them with confidence and reasons; documents stays a count', () => {
    const report = json<ImportReport>(cli('import', file, '--db', join(dir, 'b.db'), '--json'))
    expect(report.imported[0].documents).toBe(45)
    expect(report.imported[0].doubtful).toEqual([
      { seq: 3, docNumber: DOUBTFUL_DOC_NUMBER, title: MISREAD_TITLE, confidence: 0.65, reasons: [{ code: 'TITLE_DIFFERS_FROM_TOC', message: '标题与目录不一致' }] },
    ])
    expect(report.staged).toBeUndefined()
  }, 120_000)
})
