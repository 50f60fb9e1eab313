// A letter-spaced 栏目 band in a two-column 目录's left column (prov2-band.layout.txt, page 2):
// pdftotext -layout sets its hanzi so wide that the last one ('件' of 国务院办公厅函件) falls where
// the right column starts, on a row the right column leaves empty. The run of spaces before it
// keeps the band's rhythm: no gutter. Cut there, '件' went to the right column, the 目录 lost the
// 栏目 国务院办公厅函件 (and 人事任免, which '件' ran into), and its eight 函 were filed under the
// 栏目 before, silently.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { linesFromText } from '../../../src/main/importer/layout/text-lines'
import { inSpacedRhythm } from '../../../src/main/importer/layout/text-layout-spaced'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'prov2-band')
const raw = readFileSync(join(DIR, 'prov2-band.layout.txt'), 'utf8')
const tocPage = raw.split('\f')[1].split('\n')
const row = (has: string): string => tocPage.find((r) => r.includes(has)) as string

describe('a letter-spaced band in a -layout 目录 column', () => {
  it('keeps the band rhythm apart from a gutter (the rows as printed)', () => {
    const alone = row('函      件') // '   国 务 院 办      …公      厅      函      件'
    const gaps = [...alone.matchAll(/ {2,}/g)].filter((m) => m.index > 3)
    const last = gaps[gaps.length - 1]
    expect(inSpacedRhythm(alone, last.index, last[0].length)).toBe(true)
    // Beside the right column's text the gutter breaks the rhythm: that run is no band's.
    const beside = row('文      件')
    const gutter = /件( +)函/.exec(beside) as RegExpExecArray
    expect(inSpacedRhythm(beside, gutter.index + 1, gutter[1].length)).toBe(false)
  })

  it('reads the band whole in its column, and the 目录 keeps every 栏目', () => {
    const text = readJoinedColumns(readLayoutColumns(raw))
    const rows = text.split('\n').map((r) => r.replace(/\s+/g, ''))
    expect(rows).toContain('国务院办公厅函件')
    expect(rows).not.toContain('件')
    const issue = parseIssue({ text, lines: linesFromText(text) })
    expect(issue.sections).toEqual(['省政府令', '国务院文件', '国务院办公厅文件', '国务院办公厅函件', '部门文件', '人事任免'])
    expect(issue.documents.filter((d) => d.category === '国务院办公厅函件').map((d) => d.docNumber)).toEqual([
      '国办函〔2004〕57号', '国办函〔2004〕71号', '国办函〔2004〕80号', '国办函〔2004〕36号',
      '国办函〔2005〕21号', '国办函〔2004〕88号', '国办函〔1996〕16号', '国办函〔1996〕14号',
    ])
    expect(issue.documents.at(-1)?.category).toBe('人事任免')
  })
})
