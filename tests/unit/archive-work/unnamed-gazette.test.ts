// An issue imported without its gazette's name (no cover, no head naming it) is held under a gazette
// named by the file it came from, （未写明公报名称）「file」: one real name, so it filters like any
// gazette; two such issues of one year and 期 from two files stay apart; staff name them with 更正名称,
// which joins the named gazette, and naming one sends no later nameless file to that gazette.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../support/sample'
import { tempArchive, upload } from './helpers'

const LAYOUT = 'city-xe-one2-spaced'
const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT)
const text = (ext: string): string => readFileSync(join(DIR, `${LAYOUT}.${ext}`), 'utf8')
/** The issue's text with its running heads' gazette name taken out: nothing names it. */
const nameless = (ext: string): string => text(ext).split('\n').map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, '')).join('\n')
/** The same issue, named, printed as 第7期 (总第162期): another 期 of 邛州市人民政府公报. */
const named7 = (): string => text('txt').replace(/2022 年第 6 期（总第 161 期）/g, '2022 年第 7 期（总第 162 期）')

const FIRST = '（未写明公报名称）「无封面.txt」'
const SECOND = '（未写明公报名称）「另一地.txt」'

const t = tempArchive('unnamed-')
afterAll(() => t.close())

describe('an issue named nowhere', () => {
  it('is kept under its file, apart from another file of the same year and 期, and filters by that name', async () => {
    const first = await t.api.importFiles({ sources: [upload('无封面.txt', nameless('txt'))] })
    expect(first.failed).toEqual([])
    expect(first.imported[0].issue).toBe(`${FIRST} 2022年第6期`)
    expect(first.imported[0].warnings[0]).toMatch(/^无法确定：未找到公报名称/)
    // Another file, another place: the same year and 期, kept apart (s30 held the two as one).
    const second = await t.api.importFiles({ sources: [upload('另一地.txt', nameless('layout.txt'))] })
    expect(second.skipped).toEqual([])
    expect(second.imported.map((i) => i.issue)).toEqual([`${SECOND} 2022年第6期`])
    expect((await t.api.listSeries({})).map((s) => s.gazette).sort()).toEqual([SECOND, FIRST].sort())
    const issues = await t.api.listIssues({})
    expect(issues.map((i) => `${i.gazette} ${i.year}年第${i.issueNo}期`).sort()).toEqual([`${SECOND} 2022年第6期`, `${FIRST} 2022年第6期`].sort())
    // The name is a filter value like any other: the list, the facets, the search.
    const docs = await t.api.listDocuments({ gazette: FIRST, offset: 0, limit: 100 })
    expect(docs.total).toBe(10)
    expect(new Set(docs.items.map((d) => d.gazette))).toEqual(new Set([FIRST]))
    const facets = await t.api.getFacets({ gazette: SECOND })
    expect(facets.gazettes.map((g) => [g.gazette, g.count])).toEqual([[SECOND, 10]])
    expect(facets.categories.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(10)
    const hits = await t.api.searchDocuments({ query: '国务院', gazette: FIRST, limit: 50 })
    expect(hits.hits.length).toBeGreaterThan(0)
    expect(new Set(hits.hits.map((h) => h.gazette))).toEqual(new Set([FIRST]))
  }, 120_000)

  it('is named by 更正名称 into the gazette the archive holds, refused where both hold the 期, and names no later file', async () => {
    const named = await t.api.importFiles({ sources: [upload('邛州第7期.txt', named7())] })
    expect(named.imported.map((i) => i.issue)).toEqual(['邛州市人民政府公报 2022年第7期'])
    const r = await t.api.renameGazette({ from: FIRST, to: '邛州市人民政府公报', editor: '王档案' })
    // It joined the gazette held (1 期 of 2): no 撤销, which would take 邛州's own 第7期 too.
    expect(r).toMatchObject({ from: FIRST, to: '邛州市人民政府公报', issues: 2, joined: 1 })
    const series = await t.api.listSeries({})
    expect(series.map((s) => s.gazette).sort()).toEqual([SECOND, '邛州市人民政府公报'].sort())
    expect(series.find((s) => s.gazette === '邛州市人民政府公报')?.years[0]).toMatchObject({ year: 2022 })
    expect((await t.api.listDocuments({ gazette: '邛州市人民政府公报', offset: 0, limit: 100 })).total).toBe(20)
    // The other file's 2022年第6期 cannot join: that gazette holds its 第6期 now.
    await expect(t.api.renameGazette({ from: SECOND, to: '邛州市人民政府公报', editor: '王档案' })).rejects.toThrow(/都有 2022年第6期/)
    // A later file of the first one's name, named nowhere, is no issue of 邛州: it stays nameless.
    const later = await t.api.importFiles({ sources: [upload('无封面.txt', `${nameless('txt')}\n`)] })
    expect(later.imported.map((i) => i.issue)).toEqual([`${FIRST} 2022年第6期`])
    expect((await t.api.listSeries({})).map((s) => s.gazette).sort()).toEqual([SECOND, FIRST, '邛州市人民政府公报'].sort())
  }, 120_000)

  it('a new version of its file is held as that issue: offered for 替换, and replaces it', async () => {
    const s = tempArchive('unnamed-again-')
    try {
      await s.api.importFiles({ sources: [upload('丁地.txt', nameless('txt'))] })
      const changed = `${nameless('txt')}\n（本期有更正）\n`
      const again = await s.api.importFiles({ sources: [upload('丁地.txt', changed)] })
      expect(again.imported).toEqual([])
      expect(again.skipped.map((x) => [x.code, x.reason])).toEqual([['ISSUE_HELD', '档案中已有（未写明公报名称）「丁地.txt」 2022年第6期（来自 丁地.txt）']])
      const replaced = await s.api.importFiles({ sources: [upload('丁地.txt', changed)], replace: true })
      expect(replaced.imported.map((i) => i.issue)).toEqual(['（未写明公报名称）「丁地.txt」 2022年第6期'])
      expect((await s.api.listIssues({})).map((i) => i.gazette)).toEqual(['（未写明公报名称）「丁地.txt」'])
    } finally {
      s.close()
    }
  }, 120_000)

  it('named to a new name and back (撤销), leaves no alias either way', async () => {
    const s = tempArchive('unnamed-back-')
    try {
      await s.api.importFiles({ sources: [upload('丙地.txt', nameless('txt'))] })
      const name = '（未写明公报名称）「丙地.txt」'
      const r = await s.api.renameGazette({ from: name, to: '丙市公报', editor: '王档案' })
      expect(r.joined).toBeUndefined()
      await s.api.renameGazette({ from: '丙市公报', to: name, editor: '王档案' })
      // An issue printed 丙市公报 is its own gazette, not sent to the stand-in.
      const printed = text('txt').replace(/邛州市人民政府公报/g, '丙市公报')
      expect((await s.api.importFiles({ sources: [upload('丙市.txt', printed)] })).imported.map((i) => i.issue)).toEqual(['丙市公报 2022年第6期'])
      expect((await s.api.listSeries({})).map((x) => x.gazette).sort()).toEqual([name, '丙市公报'].sort())
    } finally {
      s.close()
    }
  }, 120_000)

  it('waits under 待核对 under its file\'s name, two files of one 期 side by side, and is saved under it', async () => {
    const s = tempArchive('unnamed-staged-')
    try {
      // Both in one run: the run's own check keeps them apart too, and its report names each by its file.
      const report = await s.api.importFiles({ sources: [upload('甲地.txt', nameless('txt')), upload('乙地.txt', nameless('layout.txt'))], stage: 'files' })
      expect([report.failed, report.skipped]).toEqual([[], []])
      expect(report.staged?.map((x) => x.issue)).toEqual(['（未写明公报名称）「甲地.txt」 2022年第6期', '（未写明公报名称）「乙地.txt」 2022年第6期'])
      const staged = await s.api.listStagedIssues({})
      expect(staged.map((x) => [x.label, x.held])).toEqual([
        ['（未写明公报名称）「甲地.txt」 2022年第6期', false],
        ['（未写明公报名称）「乙地.txt」 2022年第6期', false],
      ])
      expect((await s.api.getStagedIssue({ id: staged[1].id })).meta.gazette).toBe('（未写明公报名称）「乙地.txt」')
      const saved = await s.api.saveStagedIssue({ id: staged[0].id })
      expect(saved.label).toBe('（未写明公报名称）「甲地.txt」 2022年第6期')
      expect((await s.api.listSeries({})).map((x) => x.gazette)).toEqual(['（未写明公报名称）「甲地.txt」'])
    } finally {
      s.close()
    }
  }, 120_000)
})
