// A 目录 over two pages (city-web-3col-song, the nu session's unseen sibling of the held-out
// city-web-3col): the 四、部门联合发文 entry's row is cut by the page break, its page printed on the
// title's first row ('…关于印发2022年兴县冬 13'), its 文号 at the next page's top, then 五、人事任免.
// The entry, pending for a page that never came, ran on over the heading and the 任免's title:
// the 任免 (no 文号) was lost and the last document took the 栏目 before.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { splitLines, type SourceLine } from '../../../src/main/importer/parse/lines'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { REPO_ROOT } from '../../support/sample'

const NAME = 'city-web-3col-song'
const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', NAME)
const RENMIAN = '兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知'

/** The 目录's last three entries: 栏目, 文号, page. */
const lastEntries = (lines: SourceLine[]): (string | number | null)[][] =>
  parseToc(lines).entries.slice(-3).map((e) => [e.category, e.docNumber, e.page])

describe('a 目录 entry cut by the page break, a 栏目 heading under its 文号', () => {
  it('-layout text: the 文号 closes the entry, the heading opens the next 栏目', () => {
    const lines = splitLines(readLayoutColumns(readFileSync(join(DIR, `${NAME}.layout.txt`), 'utf8')))
    expect(lastEntries(lines)).toEqual([
      // The page a space after the title's first row (toc-word.ts pageOnTitleRow).
      ['部门联合发文', '兴人社发〔2022〕39号', 13],
      ['人事任免', null, 15],
      ['人事任免', '兴政办函〔2022〕10号', 15],
    ])
    expect(parseToc(lines).entries.at(-2)?.title).toBe(RENMIAN)
  })

  it('plain text: the page a space after the title’s first row, the title’s rest under it', () => {
    // pdftotext writes '…关于印发2022年兴县冬 13' / '季清洁取暖工作方案的通知': the entry ends with the
    // title's rest, the 文号 at the next page's top is its own, and the 任免 under 五、 are read.
    const lines = splitLines(readFileSync(join(DIR, `${NAME}.txt`), 'utf8'))
    expect(lastEntries(lines)).toEqual([
      ['部门联合发文', '兴人社发〔2022〕39号', 13],
      ['人事任免', null, 15],
      ['人事任免', '兴政办函〔2022〕10号', 15],
    ])
    expect(parseToc(lines).entries.at(-3)?.title).toBe('兴县人力资源和社会保障局兴县发展和改革局关于印发2022年兴县冬季清洁取暖工作方案的通知')
    expect(parseToc(lines).entries.at(-2)?.title).toBe(RENMIAN)
  })

  describe('PDF: the page read on the first row, the title’s rest taken by that entry', () => {
    let lines: SourceLine[]
    beforeAll(async () => {
      lines = (await readPdf(new Uint8Array(readFileSync(join(DIR, `${NAME}.pdf`))), 'a.pdf', new AbortController().signal)).lines
    }, 60_000)

    it('gives the 文号 carried over the break to that entry', () => {
      expect(lastEntries(lines)).toEqual([
        ['部门联合发文', '兴人社发〔2022〕39号', 13],
        ['人事任免', null, 15],
        ['人事任免', '兴政办函〔2022〕10号', 15],
      ])
    })
  })
})
