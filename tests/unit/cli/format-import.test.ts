// The import summary for people names the doubtful documents with their reasons.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatImport } from '../../../src/main/cli/format'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { doubtfulDocuments } from '../../../src/main/importer/parse/confidence'

describe('formatImport', () => {
  it('lists each doubtful document under its issue', () => {
    const text = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/genre/qingxi-2021-02.txt'), 'utf8')
    const issue = parseIssue(text)
    const doubtful = doubtfulDocuments(issue.documents)
    // 5: the title names two units, five signed; 6: a 大事记 has no date, issuer or 文种.
    expect(doubtful.map((d) => d.seq)).toEqual([5, 6])
    const out = formatImport({
      imported: [{ file: 'qingxi.txt', issue: '青溪县人民政府公报 2021年第2期', documents: 6, warnings: [], doubtful, code: 'IMPORTED', sourceIndex: 0, warningCodes: [] }],
      skipped: [],
      failed: [],
    })
    expect(out).toContain('待核对：第5份 青镇发〔2021〕3号（置信度 0.65：落款的发文机关与标题中的不一致）')
    expect(out).toContain('待核对：第6份 青溪县2021年4月至6月大事记（置信度 0.15：未找到成文日期；未找到发文机关；标题不以文种结尾）')
  })

  it('tells the terminal how to replace a held issue, and only for held issues', () => {
    const out = formatImport({
      imported: [],
      skipped: [
        { file: 'b.pdf', reason: '档案中已有兴县人民政府公报 2022年第2期（来自 a.pdf）', code: 'ISSUE_HELD', sourceIndex: 0 },
        { file: 'c.pdf', reason: '已导入过相同文件（SHA-256 相同）', code: 'SAME_FILE', sourceIndex: 1 },
      ],
      failed: [],
    })
    expect(out).toContain('跳过 b.pdf：档案中已有兴县人民政府公报 2022年第2期（来自 a.pdf）；如需替换请使用 --replace')
    expect(out.split('\n')).toContain('  – 跳过 c.pdf：已导入过相同文件（SHA-256 相同）')
  })
})
