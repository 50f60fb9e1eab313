// getOriginal (对照原文): the kept original of an issue by its id, a PDF's bytes or a text file's
// lines, in the numbering the documents' block sources use.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../support/sample'
import { SAMPLE_TEXT, tempArchive, upload, type TempArchive } from './helpers'

const PDF = join(REPO_ROOT, 'tests/fixtures/typeset/tuning/county-1col-heads/county-1col-heads.pdf')
const squeeze = (s: string): string => s.replace(/\s+/g, '')
let t: TempArchive
/** Both issues hold 兴政发〔2022〕10号 (the PDF is 第3期, set from the sample's texts). */
const issueOf = async (issueNo: number): Promise<number> => (await t.api.listIssues({})).find((i) => i.issueNo === issueNo)?.id ?? 0
const docIn = async (issueId: number, docNumber: string): Promise<number> =>
  (await t.api.listDocuments({ issueId, offset: 0, limit: 100 })).items.find((d) => d.docNumber === docNumber)?.id ?? 0

beforeAll(async () => {
  t = tempArchive('original-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  await t.api.importFiles({ sources: [upload('county-1col-heads.pdf', readFileSync(PDF))] })
})
afterAll(() => t.close())

describe('getOriginal', () => {
  it('gives a text issue its lines: each block source names the lines its text came from', async () => {
    const doc = await t.api.getDocument({ id: await docIn(await issueOf(2), '兴政发〔2022〕10号') })
    const original = await t.api.getOriginal({ issueId: doc.issueId })
    if (original.kind !== 'text') throw new Error('expected text')
    expect(original.fileName).toBe('xingxian-2022-02.txt')
    expect(original.lines).toHaveLength(SAMPLE_TEXT.split('\n').length)
    expect(doc.sources?.length).toBe(doc.blocks.length)
    doc.blocks.forEach((b, i) => {
      const s = doc.sources?.[i]
      const lines = squeeze(original.lines.slice((s?.lineFrom ?? 0) - 1, s?.lineTo).join(''))
      expect(lines).toContain(squeeze(b.text).slice(0, 12))
    })
  })

  it('gives a PDF issue its bytes, the documents their boxes on its pages', async () => {
    const issueId = await issueOf(3)
    const original = await t.api.getOriginal({ issueId })
    if (original.kind !== 'pdf') throw new Error('expected pdf')
    expect(Buffer.from(original.bytesBase64, 'base64').equals(readFileSync(PDF))).toBe(true)
    const doc = await t.api.getDocument({ id: await docIn(issueId, '兴政发〔2022〕10号') })
    const boxes = (doc.sources ?? []).flatMap((s) => s.boxes ?? [])
    expect(boxes.length).toBeGreaterThan(0)
    expect(boxes.every((b) => b.page >= 1 && b.x1 > b.x0 && b.bottom > b.top)).toBe(true)
  })

  it('says so for an issue it does not hold', async () => {
    await expect(t.api.getOriginal({ issueId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
