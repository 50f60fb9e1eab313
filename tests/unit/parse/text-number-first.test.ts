// A 文号 set over its title at the top of a page's right column, written first on the page
// (prov2-above.txt page 19, printed ·17·): '国办函〔2004〕36 号' stands over '国务院办公厅关于同意以哈尔滨市名义'
// in the right column, the left column still holding 国办函〔2004〕80号's attachment
// ('的水坪洼地及周围坡地上房屋的开裂情况。房' …). Read with the 文号 first, 36号 took that rest and its
// date. The excerpts are the file's lines; the 目录's entries are its own.
import { describe, expect, it } from 'vitest'
import { numberOverTitle } from '../../../src/main/importer/parse/text-number-first'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const toc = tocAnchors([
  { category: '国务院办公厅文件', title: '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函', docNumber: '国办函〔2004〕80号', page: 15 },
  { category: '国务院办公厅文件', title: '国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函', docNumber: '国办函〔2004〕36号', page: 17 },
])
const left = ['的水坪洼地及周围坡地上房屋的开裂情况。房', '屋裂缝多出现在墙壁上，一般张开宽度 1—5 毫', '米，延伸长度一般为 0.5—2 米；小学教室楼盖与']
const title = ['国务院办公厅关于同意以哈尔滨市名义', '申办 2009 年第二十四届世界大学生冬', '季运动会的复函']

describe('a 文号 found first at a page’s top, its title further down (prov2-above.txt page 19)', () => {
  it('goes down to stand right over its title’s first line', () => {
    expect(numberOverTitle(['国办函〔2004〕36 号', ...left, ...title], toc)).toEqual([...left, '国办函〔2004〕36 号', ...title])
  })

  it('stays where its title follows it, another document’s 文号 stands between, or the 目录 names no title of it', () => {
    expect(numberOverTitle(['国办函〔2004〕36 号', ...title, ...left], toc)).toBeNull()
    expect(numberOverTitle(['国办函〔2004〕36 号', ...left, '国办函〔2005〕21 号', ...title], toc)).toBeNull()
    expect(numberOverTitle(['国办函〔2004〕36 号', ...left, ...title], tocAnchors([]))).toBeNull()
    // One in brackets is a title's last line, set under it.
    expect(numberOverTitle(['（国办函〔2004〕36 号）', ...left, ...title], toc)).toBeNull()
  })

  it('leaves 国办函〔2004〕36号 its own date and 80号 its attachment’s end, in the whole issue', () => {
    const docs = parseIssue(typesetText('prov2-above')).documents
    expect(docs.find((d) => d.docNumber === '国办函〔2004〕36号')?.date).toBe('2004-04-27')
    const blocks = docs.find((d) => d.docNumber === '国办函〔2004〕80号')!.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks.some((b) => b.startsWith('对于马鬃山房屋开裂的原因'))).toBe(true)
  })
})
