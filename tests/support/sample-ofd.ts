// The sample issue as an OFD package, built in memory by the app's own OFD writer: every text line
// of the sample wrapped at 28 characters (the GB/T 9704 line) in 仿宋 16 pt, 22 lines a page.
// The same issue as the text file, in the other format (issue 17's further originals).
import { readFileSync } from 'node:fs'
import { buildOfd, type OfdTextRun } from '../../src/main/export/ofd-build'
import { SAMPLE_TXT } from './sample'

const SIZE = 5.6 // mm: 16 pt
const PER_LINE = 28
const PITCH = 10
const ROWS = 22

const advance = (ch: string): number => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? SIZE : SIZE / 2)

export async function sampleOfd(text = readFileSync(SAMPLE_TXT, 'utf8')): Promise<Buffer> {
  const pages: { runs: OfdTextRun[]; rules: [] }[] = []
  let row = ROWS
  const put = (chars: string[]): void => {
    if (row >= ROWS) {
      pages.push({ runs: [], rules: [] })
      row = 0
    }
    const deltaX = chars.slice(0, -1).map(advance)
    const width = chars.reduce((w, ch) => w + advance(ch), 0)
    pages[pages.length - 1].runs.push({ x: 28, y: 37 + row * PITCH + SIZE, text: chars.join(''), font: 1, size: SIZE, deltaX, width })
    row++
  }
  for (const line of text.split('\n')) {
    const chars = [...line.trim()]
    for (let i = 0; i < chars.length; i += PER_LINE) put(chars.slice(i, i + PER_LINE))
  }
  const fonts = [{ id: 1, fontName: 'FangSong', familyName: '仿宋' }]
  return buildOfd({ width: 210, height: 297, pages, fonts, info: { title: '兴县人民政府公报 2022年第2期' }, custom: {} })
}
