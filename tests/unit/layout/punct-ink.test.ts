// Two columns' lines on one baseline whose glyph boxes touch across a narrow gutter (XeLaTeX's
// xeCJK: the right column's line opening with a full-width quote or bracket set half an em out,
// the left column's ending in a full-width stop): their ink does not cross, so they are no
// spanning line (prov-xe-3col-answers-b.pdf, pages 8 and 12).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { punctInk } from '../../../src/main/importer/layout/punct-ink'
import { typesetFile } from '../../support/typeset-fixture'

describe("a line's ink at full-width punctuation", () => {
  it('narrows an opening quote to its right half and a closing stop to its left half', () => {
    const line = { y: 700, size: 10.5, runs: [
      { str: '在确保安全的前提下，', x: 62.4, y: 700, width: 105, size: 10.5 },
      { str: '“应急”', x: 297.8, y: 700, width: 42, size: 10.5 },
      { str: '、', x: 320, y: 700, width: 5, size: 10.5 }, // narrower than an em: left as it is
    ] }
    const ink = punctInk(line).runs.map((r) => [r.x, r.x + r.width])
    expect(ink).toEqual([[62.4, 162.15], [303.05, 334.55], [320, 325]])
  })

  it("reads the two columns' lines apart where their boxes touch in the gutter", async () => {
    const file = typesetFile('prov-xe-3col-answers-b', 'pdf')
    const { lines } = await readPdf(new Uint8Array(readFileSync(file)), 'prov-xe-3col-answers-b.pdf', new AbortController().signal)
    const text = lines.map((l) => l.text.replace(/\s+/g, ''))
    const has = (t: string): boolean => text.some((l) => l.includes(t))
    expect(has('悬挂专用号牌的车辆执行应急救援任务时可以使用警报器、标志灯具；在确保安全的前提下，不受行驶路线')).toBe(true)
    expect(has('依次为汉字“应急”、省（自治区、直辖市）汉字简称、三位序号和所属救援队伍代号组成。')).toBe(true)
    expect(has('淘汰不具备安全生产条件的企业和严重危及安全生产的工艺、设备。')).toBe(true)
    expect(has('《法治政府建设实施纲要（2015—2020年）》要求完善规范性文件制定程序')).toBe(true)
  }, 30_000)
})
