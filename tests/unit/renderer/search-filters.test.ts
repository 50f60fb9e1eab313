// Search filters in the address and as chips: the round trip, the labels, removing one chip.
import { describe, expect, it } from 'vitest'
import { parseRoute } from '../../../src/renderer/src/routes'
import { activeFilters, filterChips, filtersFromParams, searchHref, withoutChip } from '../../../src/renderer/src/search-filters'

const facets = {
  gazettes: [{ gazette: '兴县人民政府公报', count: 45, years: [{ year: 2022, count: 45, issues: [{ id: 7, issueNo: 2, count: 45 }] }] }],
  years: [], categories: [], issuers: [], docTypes: [],
}

describe('search filters', () => {
  it('go into the address and come back the same', () => {
    const f = { year: 2022, issueId: 7, docType: '请示', dateFrom: '2022-01-01', doubtful: true }
    const route = parseRoute(searchHref(' 公路 ', f))
    expect(route.name).toBe('search')
    if (route.name !== 'search') return
    expect(route.params.get('q')).toBe('公路')
    expect(filtersFromParams(route.params)).toEqual(f)
  })

  it('show one chip each, the 期 by its name, a date range as one chip', () => {
    const f = { issueId: 7, issuer: '兴县人民政府', dateFrom: '2022-01-01', dateTo: '2022-06-30' }
    expect(filterChips(f, facets).map((c) => c.label)).toEqual([
      '期：兴县人民政府公报 2022年第2期',
      '发文机关：兴县人民政府',
      '成文日期：2022-01-01 至 2022-06-30',
    ])
  })

  it('a chip removed drops exactly its filters', () => {
    const f = { year: 2022, dateFrom: '2022-01-01', dateTo: '2022-06-30' }
    const date = filterChips(f).find((c) => c.label.startsWith('成文日期'))!
    expect(activeFilters(withoutChip(f, date))).toEqual({ year: 2022 })
  })
})
