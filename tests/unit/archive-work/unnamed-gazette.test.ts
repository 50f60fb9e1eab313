// An issue imported without its gazette's name (no cover, no head naming it) is held nameless, said so
// in the report, and named by staff with 更正名称; naming it must not send every later nameless issue
// to that gazette (a rename records the old name as an alias; the empty name is none).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../support/sample'
import { tempArchive, upload } from './helpers'

const LAYOUT = 'city-xe-one2-spaced'
const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT)
/** The issue's text with its running heads' gazette name taken out: nothing names it. */
const nameless = (ext: string): string =>
  readFileSync(join(DIR, `${LAYOUT}.${ext}`), 'utf8').split('\n').map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, '')).join('\n')

const t = tempArchive('unnamed-')
afterAll(() => t.close())

describe('an issue named nowhere', () => {
  it('is imported nameless, the doubt reported, and named by 更正名称 without naming the next one', async () => {
    const first = await t.api.importFiles({ sources: [upload('无封面.txt', nameless('txt'))] })
    expect(first.failed).toEqual([])
    expect(first.imported[0].issue).toBe('（未写明公报名称）2022年第6期')
    expect(first.imported[0].warnings[0]).toMatch(/^无法确定：未找到公报名称/)
    await t.api.renameGazette({ from: '', to: '邛州市人民政府公报', editor: '王档案' })
    expect((await t.api.listSeries({})).map((s) => s.gazette)).toEqual(['邛州市人民政府公报'])
    // Another nameless file is no issue of that gazette: it stays nameless, apart.
    const next = await t.api.importFiles({ sources: [upload('另一期.txt', nameless('layout.txt'))] })
    expect(next.imported.map((i) => i.issue)).toEqual(['（未写明公报名称）2022年第6期'])
    expect((await t.api.listSeries({})).map((s) => s.gazette).sort()).toEqual(['', '邛州市人民政府公报'])
  }, 60_000)
})
