// Titles read with body text in them where a converter read a page's columns across: a line of
// the other column read between two of the title's lines (prov-xe-toc2col.txt, page 3: '国务院关于
// 授权香港特别行政区实施管辖的' / '深圳湾口岸港方口岸区范围…'), or a sentence of the column beside
// the title cut at '（国办函' read for it (city-xe-midcol-b.txt, page 11). The 目录's title with the
// 文号 is the document's: a title whose brackets do not pair up is no whole title. A whole title
// that differs from the 目录's stays as read.
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, TocEntry } from '../../../src/shared/domain'
import { titlesFromToc } from '../../../src/main/importer/parse/toc-titles'

const doc = (title: string, docNumber: string, issuers: string[]): ParsedDocument =>
  ({ title, docNumber, issuers, issuer: issuers.join('、'), docType: null }) as unknown as ParsedDocument

describe('a title read with body text in it', () => {
  it('takes the 目录 title when another column\'s line, closing a bracket, stands between two of its lines', () => {
    const d = doc('关于授权香港特别行政区实施管辖的会保障部，适用范围：上海自贸试验区）深圳湾口岸港方口岸区范围和土地使用期限的批复', '国函〔2006〕132号', ['国务院'])
    const entry: TocEntry = { category: '国务院文件', title: '国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', docNumber: '国函〔2006〕132号', page: 3 }
    titlesFromToc([d], [entry])
    expect(d.title).toBe('关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复')
  })

  it('takes the 目录 title and issuers for a sentence cut inside a bracket', () => {
    const d = doc('另外，白银的经济政策继续按照《国务院办公厅关于调整白银经济政策问题的复函》（国办函', '国办函〔1996〕16号', [])
    const entry: TocEntry = { category: '国务院办公厅文件', title: '国务院办公厅关于黄金经济政策有关问题的复函', docNumber: '国办函〔1996〕16号', page: 11 }
    titlesFromToc([d], [entry])
    expect(d.title).toBe('关于黄金经济政策有关问题的复函')
    expect(d.issuers).toEqual(['国务院办公厅'])
  })

  // city-xe-toc2fang-b.txt, page 5: the title's first line '国务院关于同意建立国务院职业教育' at the
  // right column's foot, its tail at the next page's top, the name list beside it ('吉' / '林' /
  // '北京市副市长') read in its place.
  it('takes the 目录 title when other lines stand in place of the title\'s head, opening no title', () => {
    const d = doc('吉林北京市副市长工作部际联席会议制度的批复', '国函〔2018〕144号', ['国务院'])
    const entry: TocEntry = { category: '国务院文件', title: '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', docNumber: '国函〔2018〕144号', page: 5 }
    titlesFromToc([d], [entry])
    expect(d.title).toBe('关于同意建立国务院职业教育工作部际联席会议制度的批复')
  })

  it('keeps a whole title that opens as one and ends as the 目录\'s', () => {
    const d = doc('关于同意建立职业教育工作部际联席会议制度的批复', '国函〔2018〕144号', ['国务院'])
    const entry: TocEntry = { category: '国务院文件', title: '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复', docNumber: '国函〔2018〕144号', page: 5 }
    titlesFromToc([d], [entry])
    expect(d.title).toBe('关于同意建立职业教育工作部际联席会议制度的批复')
  })

  it('keeps a whole title that differs from the 目录\'s by words of its own', () => {
    const d = doc('关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区的范围和土地使用期限的批复', '国函〔2006〕132号', ['国务院'])
    const entry: TocEntry = { category: '国务院文件', title: '国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复', docNumber: '国函〔2006〕132号', page: 3 }
    titlesFromToc([d], [entry])
    expect(d.title).toBe('关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区的范围和土地使用期限的批复')
  })
})
