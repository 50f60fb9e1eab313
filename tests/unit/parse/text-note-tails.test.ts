// A note naming who answers for a sentence, which pdftotext wrote on a line of its own after the
// paragraph's short last line (set after a wide gap or in another face), closes that paragraph
// (text-flow.ts fillsWithNote). Real lines of tuning fixtures, their edges read as the parser does.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { typesetText } from '../../support/typeset-files'

/** The edge textEdges gives the line `text` that stands right under `above` in the layout's .txt. */
function edgeUnder(layout: string, above: string, text: string): string | undefined {
  const lines = splitLines(typesetText(layout))
  const i = lines.findIndex((l, k) => k > 0 && l.text.trim() === text && lines[k - 1].text.trim() === above)
  expect(i).toBeGreaterThan(0)
  return textEdges(lines).get(lines[i].no)
}

describe('a note naming who is responsible, on its own line under a short last line', () => {
  it('is the rest of the line above: the two do not fill the column (city-2col-flow.txt 434–435)', () => {
    expect(edgeUnder('city-2col-flow', '用。', '（农业农村部、工业和信息化部等负责）')).toBe('part')
    expect(edgeUnder('city-2col-flow', '队伍。', '（农业农村部、工业和信息化部等负责）')).toBe('part')
  })

  it('so is a labelled one (city-xe-one-16k.txt 111–112)', () => {
    expect(edgeUnder('city-xe-one-16k', '序发展。', '（负责部门：自然资源部）')).toBe('part')
  })
})
