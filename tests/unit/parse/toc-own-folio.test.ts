// The 目录 page's own folio in its marks ('·2·'), alone on its line amid the entries of a two-column
// 目录 that pdftotext's default text wrote block by block (tuning prov3-headed: the 目录 page set under
// the running head with its folio). Read as a page printed apart it left one entry too many, and the
// whole 目录 was lost (TOC_LOST on every document). Set aside only when the 目录 reads whole without it
// and not with it (county-web-mixed -layout: an entry's page '1' printed apart on the 目录's first page).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { ownFolioBlanked } from '../../../src/main/importer/parse/toc-own-folios'

const fixture = (name: string, ext = 'txt'): string =>
  readFileSync(path.resolve(__dirname, '../../fixtures/typeset/tuning', name, `${name}.${ext}`), 'utf8')

describe('the 目录 page’s own folio among its entries', () => {
  it('prov3-headed: reads all eighteen entries, the folio ·2· no page', () => {
    const toc = parseToc(splitLines(fixture('prov3-headed')))
    expect(toc.entries).toHaveLength(18)
    expect(toc.entries.map((e) => e.page)).toEqual([1, 1, 3, 4, 5, 6, 7, 9, 11, 12, 15, 17, 17, 18, 18, 19, 20, 21])
  })

  // Lines cut from prov3-headed.txt: the cover page, then the 目录 page with its folio among the entries.
  const page = (folio: string): string[] => ['渠江省人民政府公报', '2019 年第 18 期', '\f渠江省人民政府公报', '目', '【省政府令】', '专利代理条例 . . . . . . . ·1·',
    '国办函〔2004〕71 号', folio, '', '国务院办公厅关于调整国务院第二次全国污染', '源普查领导小组组成人员的通知 . . . . ·21·', '\f省政府令']

  it('blanks a folio in its marks that numbers the page it stands on', () => {
    const out = ownFolioBlanked(splitLines(page('·2·').join('\n')), 4, 11)
    expect(out?.map((l) => l.text).filter((t) => /·\d+·$/.test(t))).toEqual(['专利代理条例 . . . . . . . ·1·', '源普查领导小组组成人员的通知 . . . . ·21·'])
    expect(out?.[8].text).toBe('')
  })

  it('keeps a marked number of another page, and a bare number', () => {
    expect(ownFolioBlanked(splitLines(page('·3·').join('\n')), 4, 11)).toBeNull()
    expect(ownFolioBlanked(splitLines(page('2').join('\n')), 4, 11)).toBeNull()
  })
})
