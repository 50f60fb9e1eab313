// Two faults of a two-column XeLaTeX page in `pdftotext -layout` text, found on swap-2col-flow1
// (city-2col-flow's look printed with other texts, the s47 text-swap sweep's round 4), each of which
// put a whole document's body under the wrong title:
// - page 16 ('·14·'): under the columns, a new band opens with a title in its left column and its
//   文号 under it ('国务院关于印发《国务院工作规则》的通知' / '国发〔2004〕18 号'), the 主送 beside
//   the title in the right column. The 目录's order cut the page into bands at the 文号, so the
//   title closed the band above and was read before that band's right column, where the 节假日
//   notice and its signature stand: 工作规则 came first and 节假日's title then took its 84 paragraphs.
// - page 21 ('·19·'): a full left line with a 文号 in it ('…（国办函〔1994〕69') takes more cells
//   than the page's full lines, and pdftotext wrote the right column's line beside it on the row
//   under it, pushed left into the left column. Read as a row set across, it cut the page into two
//   runs, and the right column's text above it came before the left column's below.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile } from '../../support/typeset-files'

const text = (): string => readFileSync(typesetFile('swap-2col-flow1', 'layout.txt'), 'utf8')
const pageLines = (read: string, page: number): string[] =>
  read.split('\f')[page - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('swap-2col-flow1 in -layout text: a band whose title stands over its 文号, and a line pushed under a full one', () => {
  const read = readLayoutColumns(text())

  it('reads page 16’s lower band after the right column above it, its title over its 文号', () => {
    const lines = pageLines(read, 16)
    const title = lines.indexOf('国务院关于印发《国务院工作规则》的通知')
    expect(title).toBeGreaterThan(lines.indexOf('2018 年 12 月 4 日'))
    expect(title).toBeGreaterThan(lines.indexOf('国办发明电〔2018〕15 号'))
    expect(lines.slice(title, title + 3)).toEqual(['国务院关于印发《国务院工作规则》的通知', '国发〔2004〕18 号', '各省、自治区、直辖市人民政府，国务院各部委、各直'])
  })

  it('keeps page 21’s pushed line in the right column, the left column whole', () => {
    const lines = pageLines(read, 21)
    const cut = lines.indexOf('于调整白银经济政策问题的复函》（国办函〔1994〕69')
    expect(lines[cut + 1]).toBe('号）的有关规定，同时参照黄金税收的有关政策执行。')
    const pushed = lines.indexOf('出了新要求。为贯彻落实党中央、国务院决策部署，支')
    expect(lines[pushed - 1]).toBe('革自主权，为新时代自贸试验区建设指明了新方向、提')
    // The left column (黄金 复函, then the 7240 答复's head) all comes before the right one.
    expect(lines.indexOf('国办函〔2006〕71 号')).toBeLessThan(lines.indexOf('随着社会信息化的发展和电子政务建设的不断推'))
  })

  it('gives each of the four documents its own body', () => {
    const docs = parseIssue(read).documents
    const body = (title: string): string => docs.find((d) => d.title === title)?.blocks.map((b) => b.text).join('') ?? ''
    expect(body('关于2019年部分节假日安排的通知')).toContain('经国务院批准，现将2019年元旦')
    expect(body('关于2019年部分节假日安排的通知')).not.toContain('国务院工作规则')
    expect(body('关于印发《国务院工作规则》的通知')).toContain('第一章总则')
    expect(body('对十届全国人大四次会议第7240号建议的答复')).toContain('中央政府门户网站于2006年1月1日正式开通')
    expect(body('关于支持自由贸易试验区深化改革创新若干措施的通知')).not.toContain('中央政府门户网站')
  })
})
