// A 栏目's name set bare in a larger face on a strip across the page, under the columns of the
// documents above (pdftotext -layout, prov3-song-bare page 5 '国务院文件' over 国函〔2006〕132号's
// title, prov3-bare page 21 '人事任免' over the 污染源普查 notice). Without brackets it was read as
// a line of a column, so the band above and the one below were read as one: the 令's right
// column came after the next document's title, the notice's title before the last one's closing.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile } from '../../support/typeset-files'

const rows = [
  '以继续以专利代理机构、专利代理师的名义开        展专利代理业务。',
  '',
  '',
  '                     国务院文件',
  '国务院关于授权香港特别行政区实施管                   国函〔2006〕132 号',
]
const kinds = (banner: string): Row[] => [
  { kind: 'both', left: '以继续以专利代理机构、专利代理师的名义开', right: '展专利代理业务。' },
  { kind: 'blank' },
  { kind: 'blank' },
  { kind: 'left', text: banner },
  { kind: 'both', left: '国务院关于授权香港特别行政区实施管', right: '国函〔2006〕132 号' },
]

describe('a bare 栏目 name on a strip across the page', () => {
  it('is set across under columns two blank rows above; a signature or a centred heading is not', () => {
    expect(bannersAcross(kinds(rows[3]), 44, rows)[3].kind).toBe('across')
    const signed = [...rows]
    signed[3] = '                     国务院办公厅'
    expect(bannersAcross(kinds(signed[3]), 44, signed)[3].kind).toBe('left')
    const centred = [...rows]
    centred[3] = '      专利代理条例'
    expect(bannersAcross(kinds(centred[3]), 44, centred)[3].kind).toBe('left')
  })

  it('keeps the 令’s last articles in the 令 (prov3-song-bare.layout.txt)', () => {
    const text = readLayoutColumns(readFileSync(typesetFile('prov3-song-bare', 'layout.txt'), 'utf8'))
    const decree = parseIssue(text).documents[0]
    const blocks = decree.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks.some((b) => b.startsWith('第三十二条本条例自2019年3月1日起施行'))).toBe(true)
  })
})
