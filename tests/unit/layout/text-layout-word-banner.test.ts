// A numbered 栏目 banner centred across a Word-born page of two unequal columns
// (city-docx-sw-unequal.layout.txt, page 10): '三、部门联合发文' and the joint title under it are
// shorter than the gutter's place, so they read as rows of the left column: the banner and the
// title came after the left column of the band above and before its right one, and the right
// column's signature, 55号's title and body fell into the joint document (43 of its paragraphs
// read in another document).
import { describe, expect, it } from 'vitest'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { typesetText } from '../../support/typeset-files'

const both = (left: string, right: string): Row => ({ kind: 'both', left, right })

describe('a numbered banner centred across a page of two columns', () => {
  it('is set across; one flush left in the column stays the column\'s heading', () => {
    const kinds: Row[] = [both('批。', '      （此件公开发布）'), { kind: 'blank' }, { kind: 'left', text: '                            三、部门联合发文' }, both('各乡（镇）人民政府：', '为加强地下水资源的统一管理和保')]
    expect(bannersAcross(kinds, 40)[2].kind).toBe('across')
    const flush: Row[] = [...kinds.slice(0, 2), { kind: 'left', text: '  四、组织领导' }, kinds[3]]
    expect(bannersAcross(flush, 40)[2].kind).toBe('left')
  })

  it('reads the band above it whole before it, and the joint title after it', () => {
    const read = readLayoutColumns(typesetText('city-docx-sw-unequal', 'layout.txt')).split('\n').map((l) => l.trim())
    const banner = read.lastIndexOf('三、部门联合发文')
    expect(read.indexOf('（兴政函〔2022〕55 号）')).toBeLessThan(banner)
    expect(read.indexOf('（兴人社发〔2022〕21 号）')).toBeGreaterThan(banner)
    expect(read[banner + 1]).toBe('兴县人力资源和社会保障局 兴县发展和改革局 兴县财政局关于')
  })
})
