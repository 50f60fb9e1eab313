// Home: navigation by 公报 → 年份 → 期 and facets on the left; the document list, or one 期 (目录 | 文件列表).
import { Loader, Text } from '@mantine/core'
import { useCallback, useMemo } from 'react'
import type { SortKey } from '../../../shared/api'
import type { SearchFilters } from '../../../shared/domain'
import { EmptyArchive } from '../components/EmptyArchive'
import { ErrorNotice } from '../components/ErrorNotice'
import { IssueView } from '../components/IssueView'
import { LibraryList } from '../components/LibraryList'
import { NavPanel } from '../components/NavPanel'
import { useFacets, useIssues } from '../hooks/useArchive'
import { useImport, useImportActions } from '../hooks/useImport'
import { hrefFor, navigate } from '../hooks/useRoute'

const SORTS: SortKey[] = ['docNumber', 'date', 'title', 'issue']

function readFilters(p: URLSearchParams): SearchFilters {
  const num = (k: string) => (p.get(k) ? Number(p.get(k)) : undefined)
  const str = (k: string) => p.get(k) || undefined
  const doubtful = p.get('doubtful') === '1' ? true : undefined
  return { gazette: str('gazette'), year: num('year'), issueId: num('issueId'), category: str('category'), issuer: str('issuer'), docType: str('docType'), doubtful }
}

function heading(f: SearchFilters): string {
  const when = f.year ? `${f.year}年` : ''
  const parts = [f.gazette ? `${f.gazette}${when ? ` ${when}` : ''}` : when || (f.doubtful ? '待核对的文件' : '全部文件')]
  for (const v of [f.category, f.issuer, f.docType]) if (v) parts.push(v)
  return parts.join(' · ')
}

export function LibraryPage({ params }: { params: URLSearchParams }) {
  const filters = useMemo(() => readFilters(params), [params])
  const sort = (SORTS.find((s) => s === params.get('sort')) ?? 'issue') as SortKey
  const desc = params.get('desc') === '1'
  const view = params.get('view') === 'list' ? 'list' : 'toc'
  const issues = useIssues()
  const allFacets = useFacets({})
  const facets = useFacets(filters)
  const imp = useImport()
  const { importSample } = useImportActions()

  const go = useCallback(
    (f: SearchFilters, s = sort, d = desc, v?: string) =>
      navigate(hrefFor('/', { ...f, doubtful: f.doubtful ? 1 : undefined, sort: s === 'issue' ? undefined : s, desc: d ? 1 : undefined, view: v })),
    [sort, desc],
  )

  if (issues.error) return <ErrorNotice error={issues.error} onRetry={issues.reload} />
  if (!issues.data) return <Loader m="xl" aria-label="正在加载" />
  if (issues.data.length === 0) {
    return <EmptyArchive busy={imp.running} onImportSample={() => {
      navigate('#/import')
      void importSample()
    }} />
  }
  const issue = issues.data.find((i) => i.id === filters.issueId)
  return (
    <div className="page">
      <NavPanel gazettes={allFacets.data?.gazettes ?? []} facets={facets.data} filters={filters} onChange={(f) => go(f)} />
      <section style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }} aria-label="文件">
        {issue ? (
          <IssueView key={issue.id} issue={issue} filters={filters} sort={sort} desc={desc} view={view}
            onView={(v) => go(filters, sort, desc, v === 'list' ? 'list' : undefined)}
            onSort={(s, d) => go(filters, s, d, 'list')} />
        ) : (
          <LibraryList filters={filters} sort={sort} desc={desc} onSort={(s, d) => go(filters, s, d)}
            title={(total) => (
              <Text fw={600} component="h2" m={0} size="lg">
                {heading(filters)}
                <Text span c="dimmed" size="sm" ml="sm" fw={400}>{total ?? '…'} 件</Text>
              </Text>
            )} />
        )}
      </section>
    </div>
  )
}
