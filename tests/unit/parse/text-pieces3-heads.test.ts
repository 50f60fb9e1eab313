// A justified line pdftotext cut at its stretched gaps is made one again before the three-column
// reading (text-pieces3.ts samePrintedLine); a heading's number after a finished sentence opens a
// printed line of its own and is never such a piece. Real lines of city-web-3col-c.txt, page 2.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

describe('a chapter heading under a paragraph’s short last line (city-web-3col-c.txt 255–257)', () => {
  // '务，提高行政效能，切实贯彻国务院各' / '项工作部署。' / '第二章 组成人员职责', one block:
  // the paragraph's last line fits with the heading in one column's width.
  const page = blankFurniture(splitLines(text('city-web-3col-c')), 0)
  const at = page.findIndex((l, i) => l.text.trim() === '第二章 组成人员职责' && page[i - 1].text.trim() === '项工作部署。')

  it('is a unit of its own, not the rest of the line above', () => {
    expect(at).toBeGreaterThan(0)
    const units = pieceRuns(page, at - 20, at + 20, 34).flat()
    expect(units.map((u) => u.text)).toContain('项工作部署。')
    expect(units.map((u) => u.text)).toContain('第二章 组成人员职责')
  })

  it('heads its chapter: the article before it ends at its full stop', () => {
    const paragraphs = parseIssue(text('city-web-3col-c')).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))
    expect(paragraphs).toContain('四、国务院各部门要依照法律和行政法规行使职权，进一步转变政府职能、管理方式和工作作风，推进电子政务，提高行政效能，切实贯彻国务院各项工作部署。')
    expect(paragraphs.some((p) => p.startsWith('第二章'))).toBe(true)
  })
})
