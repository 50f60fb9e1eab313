// Search filters ↔ the search page's address (#/search?q=…&year=…), and each filter as a chip
// label. Pure, so tests run in Node.
import type { Facets, SearchFilters } from '../../shared/domain'
import { hrefFor } from './routes'
import { issueShown } from '../../shared/issue-shown'

const STRING_KEYS = ['gazette', 'category', 'issuer', 'docType', 'dateFrom', 'dateTo'] as const
const NUMBER_KEYS = ['year', 'issueId'] as const

/** The filters an address names (unknown or empty parameters are ignored). */
export function filtersFromParams(p: URLSearchParams): SearchFilters {
  const f: SearchFilters = {}
  for (const k of STRING_KEYS) if (p.get(k)) f[k] = p.get(k) as string
  for (const k of NUMBER_KEYS) if (Number(p.get(k)) > 0) f[k] = Number(p.get(k))
  if (p.get('doubtful') === '1') f.doubtful = true
  return f
}

/** Only the filters that are set (undefined keys dropped: they would not survive storage anyway). */
export function activeFilters(f: SearchFilters): SearchFilters {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '' && v !== false)) as SearchFilters
}

export function searchHref(query: string, f: SearchFilters): string {
  return hrefFor('/search', { q: query.trim() || undefined, ...activeFilters(f), doubtful: f.doubtful ? 1 : undefined })
}

export interface FilterChip {
  /** The filters this chip stands for (a date range is one chip). */
  keys: (keyof SearchFilters)[]
  label: string
}

function issueName(facets: Facets | undefined, id: number): string {
  for (const g of facets?.gazettes ?? []) {
    for (const y of g.years) {
      const i = y.issues.find((x) => x.id === id)
      if (i) return `${g.gazette} ${issueShown(y.year, i.issueNo)}`
    }
  }
  return `第 ${id} 号期`
}

/** One chip per filter set, in the order the filter row shows them. */
export function filterChips(f: SearchFilters, facets?: Facets): FilterChip[] {
  const chips: FilterChip[] = []
  if (f.gazette) chips.push({ keys: ['gazette'], label: `公报：${f.gazette}` })
  if (f.year) chips.push({ keys: ['year'], label: `年份：${f.year}年` })
  if (f.issueId) chips.push({ keys: ['issueId'], label: `期：${issueName(facets, f.issueId)}` })
  if (f.category) chips.push({ keys: ['category'], label: `栏目：${f.category}` })
  if (f.issuer) chips.push({ keys: ['issuer'], label: `发文机关：${f.issuer}` })
  if (f.docType) chips.push({ keys: ['docType'], label: `文种：${f.docType}` })
  if (f.dateFrom || f.dateTo) chips.push({ keys: ['dateFrom', 'dateTo'], label: `成文日期：${f.dateFrom ?? '…'} 至 ${f.dateTo ?? '…'}` })
  if (f.doubtful) chips.push({ keys: ['doubtful'], label: '待核对' })
  return chips
}

export function withoutChip(f: SearchFilters, chip: FilterChip): SearchFilters {
  const next = { ...f }
  for (const k of chip.keys) delete next[k]
  return next
}
