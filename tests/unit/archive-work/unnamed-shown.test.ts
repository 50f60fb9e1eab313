// Every place a nameless issue's gazette is shown reads （未写明公报名称）「file」, never '' or
// 'undefined': the 归档文件目录 (CSV rows and file name), the PDF's 来源 line and file name, and the
// CLI's import, issues, docs --json and show.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../support/sample'
import { cli, json } from '../cli/run-cli'
import { pdfText, tempArchive, upload } from './helpers'

const LAYOUT = 'city-xe-one2-spaced'
const TXT = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT, `${LAYOUT}.txt`)
const NAMELESS = readFileSync(TXT, 'utf8').split('\n').map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, '')).join('\n')
const NAME = '（未写明公报名称）「无封面.txt」'
const EMPTY = /undefined|null|「」|(^|[\n,：]) ?\d{4}年第\d+期/

const t = tempArchive('unnamed-shown-')
let ids: number[] = []
beforeAll(async () => {
  await t.api.importFiles({ sources: [upload('无封面.txt', NAMELESS)] })
  ids = (await t.api.listDocuments({ gazette: NAME, offset: 0, limit: 20 })).items.map((d) => d.id)
}, 60_000)
afterAll(() => t.close())

describe('a nameless issue, wherever its gazette is shown', () => {
  it('the 归档文件目录 names it in its rows and its file', async () => {
    const issueId = (await t.api.listIssues({}))[0].id
    const file = await t.api.exportCatalogue({ scope: { issueId }, format: 'csv' })
    expect(file.fileName).toContain('（未写明公报名称）「无封面.txt」')
    const csv = Buffer.from(file.bytesBase64, 'base64').toString('utf8')
    expect(csv).toContain(`${NAME}2022年第6期`)
    expect(csv).not.toMatch(/undefined|「」/)
  })

  it('the printed PDF says where it is from, in its 来源 line and its file name', async () => {
    const pdf = await t.api.exportPdf({ documentIds: [ids[0]], sourceLine: true })
    expect(pdf.fileName.startsWith(`${NAME}_2022年第6期_`)).toBe(true)
    expect(await pdfText(pdf.bytesBase64)).toContain(`来源：${NAME}2022年第6期`.normalize('NFKC'))
  }, 60_000)

  it('without a 期 label either, it reads 年份、期号未写明, never 0年第0期', async () => {
    const bare = NAMELESS.split('\n').filter((l) => !/^\s*2022 年第 6 期/.test(l)).join('\n')
    await t.api.importFiles({ sources: [upload('无头.txt', bare)] })
    const held = (await t.api.listIssues({})).find((i) => i.gazette === '（未写明公报名称）「无头.txt」')
    expect(held).toMatchObject({ year: 0, issueNo: 0 })
    const file = await t.api.exportCatalogue({ scope: { issueId: held?.id as number }, format: 'csv' })
    const csv = Buffer.from(file.bytesBase64, 'base64').toString('utf8')
    expect(csv).toContain('（未写明公报名称）「无头.txt」（年份未写明）（期号未写明）')
    expect(csv).not.toMatch(/0年第0期/)
    const [first] = (await t.api.listDocuments({ gazette: '（未写明公报名称）「无头.txt」', offset: 0, limit: 1 })).items
    const pdf = await t.api.exportPdf({ documentIds: [first.id], sourceLine: true })
    expect(await pdfText(pdf.bytesBase64)).toContain('来源：（未写明公报名称）「无头.txt」（年份未写明）（期号未写明）'.normalize('NFKC'))
  }, 60_000)

  describe('the CLI', () => {
    let dir: string
    let db: string
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cli-nameless-'))
      db = join(dir, 'archive.db')
      writeFileSync(join(dir, '无封面.txt'), NAMELESS)
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('imports it with the doubt listed, and issues, docs and show name it', () => {
      const r = cli('import', join(dir, '无封面.txt'), '--db', db)
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('（未写明公报名称）「无封面.txt」 2022年第6期')
      expect(r.stdout).toContain('未找到公报名称')
      const issues = cli('issues', '--db', db)
      expect(issues.stdout).toContain(`${NAME} 2022年第6期`)
      // docs' lines name the 期, not the gazette (for every gazette); --json names it.
      const docs = cli('docs', '--db', db)
      expect(docs.stdout).toContain('2022年第6期')
      expect(docs.stdout).not.toMatch(EMPTY)
      const listed = json<{ gazette: string; docNumber: string }[]>(cli('docs', '--db', db, '--json'))
      expect(new Set(listed.map((d) => d.gazette))).toEqual(new Set([NAME]))
      const show = cli('show', listed[0].docNumber, '--db', db)
      expect(show.stdout).toContain(`${NAME} 2022年第6期`)
      expect(show.stdout).not.toMatch(EMPTY)
    }, 120_000)
  })
})
