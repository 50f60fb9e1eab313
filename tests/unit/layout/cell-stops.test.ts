// A 目录 whose 文号 column stands a quarter em from its titles' first lines (county-pdfkit-16k: each
// cell one text operation, the 文号 2.6 pt after a full first line of 11 pt): the blank is narrower
// than a space between CJK characters, so only the column, the right-hand runs starting at one x row
// after row, tells the title's tail from the 文号's issuer. Nothing else on a page lines up so.
import { describe, expect, it } from 'vitest'
import { markCellStarts } from '../../../src/main/importer/layout/cell-stops'
import { groupLines, joinRuns, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const run = (str: string, x: number, y: number, width = [...str].length * 11): TextRun => ({ str, x, y, width, size: 11 })
const texts = (runs: TextRun[]): string[] => {
  const lines = groupLines(runs)
  markCellStarts(lines)
  return lines.map((l) => joinRuns(l.runs))
}

describe('cells close together on one baseline', () => {
  it('are set apart where the right-hand runs start at one x on three rows', () => {
    // Three rows: a title's first line (22 hanzi, left-aligned) and its 文号 2.6 pt after it.
    const rows = [
      ['国务院关于同意乌鲁木齐、昌吉、石河子高新技术', '国函〔2018〕145号'],
      ['国务院办公厅关于国家综合性消防救援车辆悬挂应', '国办发〔2018〕114号'],
      ['兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国', '兴政函〔2022〕43号'],
    ]
    const runs = rows.flatMap(([title, number], k) => [run(title, 67, 700 - 40 * k), run(number, 67 + 22 * 11 + 2.6, 700 - 40 * k, 100)])
    expect(texts(runs)).toEqual(rows.map(([t, n]) => `${t} ${n}`))
  })

  it('leaves a break that only one or two rows show, as a Word title cut at a font change', () => {
    const runs = [
      run('兴县第一批非物质', 67, 700), run('文化遗产项目代表性传承人', 67 + 8 * 11 + 3, 700),
      run('兴县绿色低碳县城暨蔚汾河及沿岸风貌', 67, 660), run('提升项目实施方案', 67 + 8 * 11 + 3, 660),
    ]
    expect(texts(runs)).toEqual(['兴县第一批非物质文化遗产项目代表性传承人', '兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案'])
  })

  it('leaves lines justified by spacing: the blank at the break is the runs’ own spacing', () => {
    // Every glyph 2 pt apart, the break between runs too, on three rows at one x.
    const spaced = (str: string, x: number, y: number): TextRun => run(str, x, y, [...str].length * 13 - 2)
    const runs = [0, 1, 2].flatMap((k) => [spaced('各乡镇人民政府', 67, 700 - 20 * k), spaced('县直各单位', 67 + 7 * 13, 700 - 20 * k)])
    expect(texts(runs)).toEqual(['各乡镇人民政府县直各单位', '各乡镇人民政府县直各单位', '各乡镇人民政府县直各单位'])
  })

  it('does not take columns a gutter apart for cells: a title across them keeps its run break', () => {
    // Two columns one em apart (x 67 and 144); the title's runs break 3 pt before the second's edge.
    const runs = [
      ...[0, 1, 2].flatMap((k) => [run('第一栏的正文', 67, 700 - 20 * k), run('第二栏的正文', 144, 700 - 20 * k)]),
      run('兴县人力资源和', 67, 620, 74), run('兴县发展和改革局', 144, 620),
    ]
    expect(texts(runs)).toEqual([...Array(3).fill('第一栏的正文 第二栏的正文'), '兴县人力资源和兴县发展和改革局'])
  })
})
