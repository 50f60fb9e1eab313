// A plain text whose column pages pdftotext wrote line by line across the columns has its body
// rebuilt from its words: the import says so, as a doubt of its own. The same issue written
// column by column (pdftotext -layout), and the sample's text, are read as written: no warning.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { warningKind } from '../../../src/shared/warning-kind'
import { allConfident } from '../../../src/main/importer/staging'

const TUNING = join(__dirname, '../../fixtures/typeset/tuning')

async function issueOf(path: string): Promise<ReturnType<typeof parseIssue>> {
  const name = path.split('/').pop() as string
  const read = await readSource(new Uint8Array(readFileSync(path)), name)
  return parseIssue({ text: read.text, lines: read.lines, rebuilt: read.rebuilt })
}

const warningsOf = async (path: string): Promise<ReturnType<typeof parseIssue>['warnings']> => (await issueOf(path)).warnings

const rebuilt = (ws: Awaited<ReturnType<typeof warningsOf>>): number | null => {
  const w = ws.find((x) => x.code === 'COLUMNS_REBUILT')
  return w ? Number(/约 (\d+)% 的正文行/.exec(w.message)?.[1]) : null
}

describe('a body rebuilt from columns written out of order', () => {
  it('warns on the plain text of a two-column Word issue, as a doubt staff should check', async () => {
    const ws = await warningsOf(join(TUNING, 'city-docx-sw-s0', 'city-docx-sw-s0.txt'))
    const share = rebuilt(ws)
    expect(share).toBeGreaterThan(60)
    const w = ws.find((x) => x.code === 'COLUMNS_REBUILT')
    expect(warningKind(w as { code: 'COLUMNS_REBUILT' })).toBe('uncertain')
    expect(w?.message).toContain('导入 PDF 更准确')
  })

  it('warns on the plain text of a three-column web page, which then waits for staff however sure its documents', async () => {
    const issue = await issueOf(join(TUNING, 'city-web-3col-c', 'city-web-3col-c.txt'))
    expect(rebuilt(issue.warnings)).toBeGreaterThan(60)
    expect(allConfident(issue)).toBe(false)
    const sure = { ...issue, documents: issue.documents.map((d) => ({ ...d, confidence: 1 })) }
    expect(allConfident(sure)).toBe(false)
    expect(allConfident({ ...sure, warnings: sure.warnings.filter((w) => w.code !== 'COLUMNS_REBUILT') })).toBe(true)
  })

  it('counts the lines the text reader cut out of rows joining three columns\' lines (web3-sw-noto9)', async () => {
    // pdftotext joined this issue's columns on shared rows, one space apart; the reader cuts them
    // before the parser runs, so the parser's own count of rewritten lines saw too few to warn.
    const path = join(TUNING, 'web3-sw-noto9', 'web3-sw-noto9.txt')
    const read = await readSource(new Uint8Array(readFileSync(path)), 'web3-sw-noto9.txt')
    expect(read.rebuilt).toBeGreaterThan(0.4)
    expect(rebuilt(await warningsOf(path))).toBeGreaterThanOrEqual(40)
    // The same issue's -layout text is read by its columns' places: nothing cut from joined rows.
    const layout = await readSource(new Uint8Array(readFileSync(join(TUNING, 'web3-sw-noto9', 'web3-sw-noto9.layout.txt'))), 'a.txt')
    expect(layout.rebuilt).toBeLessThan(0.05)
  })

  it('says nothing of the same issue written column by column, nor of the sample', async () => {
    expect(rebuilt(await warningsOf(join(TUNING, 'city-docx-sw-s0', 'city-docx-sw-s0.layout.txt')))).toBeNull()
    expect(rebuilt(await warningsOf(join(__dirname, '../../../resources/samples/xingxian-2022-02.txt')))).toBeNull()
  })
})
