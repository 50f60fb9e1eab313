// Search filters in the address and as chips: the round trip, the labels, removing one chip.
import { describe, expect, it } from 'vitest'
import { parseRoute } from '../../../src/renderer/src/routes'
import { activeFilters, filterChips, filtersFromParams, searchHref, withoutChip } from '../../../src/renderer/src/search-filters'
import { isNameless, namelessGazette } from '../../../src/shared/gazette-shown'

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

  it('carry a nameless issue\'s gazette like any other: its name is its file\'s, never empty', () => {
    const gazette = namelessGazette('甲地公报.txt')
    expect(gazette).toBe('（未写明公报名称）「甲地公报.txt」')
    const route = parseRoute(searchHref('', { gazette, year: 2022 }))
    if (route.name !== 'search') throw new Error(route.name)
    expect(filtersFromParams(route.params)).toEqual({ gazette, year: 2022 })
    expect(filterChips({ gazette }).map((c) => c.label)).toEqual(['公报：（未写明公报名称）「甲地公报.txt」'])
    // A long file name is cut, so the name stays within the 200 characters a gazette's name may take.
    expect(namelessGazette(`dir/${'长'.repeat(300)}.pdf`)).toBe(`（未写明公报名称）「${'长'.repeat(59)}…」`)
    expect([isNameless(gazette), isNameless(''), isNameless('兴县人民政府公报')]).toEqual([true, true, false])
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
