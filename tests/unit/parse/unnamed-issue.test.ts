// An issue without its cover (page 1 the 目录, covers dropped in scanning or exported from the 目录
// on) is still a gazette issue: its running heads name it from page 2, or, where nothing names it,
// its 目录 found in the body says what it is (kept nameless, the doubt said). A text that is no
// issue — one 公文, two run together, a novel, a table — is still refused in Chinese.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'
import type { ParsedIssue } from '../../../src/shared/domain'
import { issueLabel } from '../../../src/main/db/issues'
import { allConfident } from '../../../src/main/importer/staging'
import { namelessGazette } from '../../../src/shared/gazette-shown'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { REPO_ROOT } from '../../support/sample'

const LAYOUT = 'city-xe-one2-spaced' // no cover: page 1 is `目　　录`, the heads name the gazette from page 2
const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT)
const truth = JSON.parse(readFileSync(join(DIR, `${LAYOUT}.truth.json`), 'utf8')) as { gazette: string; year: number; issueNo: number; totalNo: number; documents: TruthDoc[] }
const text = (ext: string): string => readFileSync(join(DIR, `${LAYOUT}.${ext}`), 'utf8')

/** The text as the importer reads a .txt (a -layout text has its columns read first). */
async function parse(body: string): Promise<ParsedIssue> {
  const read = await readSource(new TextEncoder().encode(body), 'issue.txt', { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000 })
  return parseIssue({ text: read.text, lines: read.lines })
}

/** The running heads' gazette name taken out (alone on its line, or before the 期 in -layout text). */
const withoutName = (t: string): string => t.split('\n').map((l) => l.replace(new RegExp(`^\\s*${truth.gazette}\\s*`), '')).join('\n')
/** And the heads' 期 label ('2022 年第 6 期（总第 161 期）') too: nothing names the issue. */
const withoutLabel = (t: string): string => t.split('\n').map((l) => (/^\s*\d{4} 年第 \d+ 期（总第 \d+ 期）\s*$/.test(l) ? '' : l)).join('\n')
/** Lines `from`–`to` (1-based) of the default text. */
const cut = (from: number, to: number): string => text('txt').split('\n').slice(from - 1, to).join('\n')

describe('an issue without its cover', () => {
  it.each(['txt', 'layout.txt'])('takes the gazette, year and 期 from the running heads (%s)', async (ext) => {
    const issue = await parse(text(ext))
    expect(issue.meta).toMatchObject({ gazette: truth.gazette, year: truth.year, issueNo: truth.issueNo, totalNo: truth.totalNo })
    expect(issue.documents.map((d) => d.title)).toEqual(truth.documents.map((d) => d.title))
    expect(issue.warnings.map((w) => w.code)).not.toContain('NO_GAZETTE_NAME')
  })

  it.each(['txt', 'layout.txt'])('keeps an issue nothing names, its 期 from the heads, the name a doubt (%s)', async (ext) => {
    const issue = await parse(withoutName(text(ext)))
    expect(issue.meta).toMatchObject({ gazette: '', year: truth.year, issueNo: truth.issueNo })
    expect(issue.warnings[0]).toMatchObject({ code: 'NO_GAZETTE_NAME', message: expect.stringMatching(/^无法确定：未找到公报名称/) })
    expect(issue.documents.map((d) => d.title)).toEqual(truth.documents.map((d) => d.title))
    expect(allConfident(issue)).toBe(false) // never filed unseen
    expect(allConfident({ ...issue, meta: { ...issue.meta, gazette: namelessGazette('无封面.txt') } })).toBe(false) // nor under its file's name
    expect(issueLabel(issue.meta)).toBe(`（未写明公报名称）${truth.year}年第${truth.issueNo}期`)
  })

  it('keeps it by its 目录 found in the body when no head names the 期 either, inventing no year', async () => {
    const issue = await parse(withoutLabel(withoutName(text('txt'))))
    expect(issue.meta).toMatchObject({ gazette: '', year: 0, issueNo: 0, totalNo: null })
    expect(issue.warnings[0].code).toBe('NO_GAZETTE_NAME')
    expect(issue.documents).toHaveLength(truth.documents.length)
  })
})

describe('a text that is no gazette issue is still refused', () => {
  const refusal = /^不是政府公报：未找到公报名称/
  it.each([
    ['one 公文 (title, 文号, addressee, text, signature, date)', cut(75, 85)],
    ['two 公文 run together, no 目录', `${cut(75, 85)}\n\n${cut(380, 394)}`],
    ['a contact list (the import-log e2e test\'s failing file)', '张三 13800000000'],
    ['a novel', '第一章　雪夜\n\n那年冬天雪下得很大，村口的老槐树被压断了一根枝。\n\n第二章　归人\n\n他回到村里的时候，已经是第二年的春天。'],
    ['a spreadsheet export', '序号\t姓名\t单位\t职务\n1\t张三\t兴县财政局\t局长\n2\t李四\t兴县教育局\t副局长\n'],
  ])('%s', async (_, body) => {
    await expect(parse(body)).rejects.toThrow(refusal)
  })
})

describe('a long text named nowhere, with no 目录 and no 期 label', () => {
  it('is refused before its body is read as an issue (a novel is no slower to refuse than before)', () => {
    const chapter = (k: number): string => `第${k}章\n${'他回到村里的时候，已经是第二年的春天。'.repeat(40)}\n`
    const novel = Array.from({ length: 300 }, (_, k) => chapter(k + 1)).join('\n')
    const deadline = { checks: 0, check(): void { this.checks++ } }
    expect(() => parseIssue(novel, { deadline })).toThrow(/^不是政府公报：未找到公报名称/)
    expect(deadline.checks).toBeLessThan(5)
  })
})
