// Suggested issuer merges: the same unit with and without its province, city or county prefix.
import { describe, expect, it } from 'vitest'
import { canonicalIssuers } from '../../../src/main/corrections/issuer-names'
import { suggestAliases, withoutPrefixes } from '../../../src/main/corrections/issuer-suggest'

describe('suggestAliases', () => {
  it('drops one prefix after another, keeping at least three characters', () => {
    expect(withoutPrefixes('山西省吕梁市兴县财政局')).toEqual(['吕梁市兴县财政局', '兴县财政局', '财政局'])
    expect(withoutPrefixes('兴县人民政府')).toEqual(['人民政府'])
    expect(withoutPrefixes('市场监督管理局')).toEqual([])
    expect(withoutPrefixes('县政府办公室')).toEqual([])
  })

  it('pairs a short name with the full one held beside it', () => {
    const names = ['兴县人民政府', '吕梁市离石区财政局', '离石区财政局', '兴县财政局', '山西省吕梁市兴县财政局']
    expect(suggestAliases(names)).toEqual([
      { alias: '离石区财政局', canonical: '吕梁市离石区财政局', reason: '去掉「吕梁市」后同名' },
      { alias: '兴县财政局', canonical: '山西省吕梁市兴县财政局', reason: '去掉「山西省吕梁市」后同名' },
    ])
    expect(suggestAliases(['兴县人民政府', '兴县人民政府办公室'])).toEqual([])
  })

  it('maps variants to their canonical name, each unit once, in printed order', () => {
    const aliases = new Map([['兴县财政局', '吕梁市兴县财政局']])
    expect(canonicalIssuers(['兴县人民政府', '兴县财政局', '吕梁市兴县财政局'], aliases)).toEqual(['兴县人民政府', '吕梁市兴县财政局'])
  })
})
