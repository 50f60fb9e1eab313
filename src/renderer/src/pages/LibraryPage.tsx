// Home: navigation by 年份 → 期 and facets on the left, the virtualised document list on the right.
import { Button, Group, Loader, Text } from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import type { SortKey } from '../../../shared/api'
import type { SearchFilters } from '../../../shared/domain'
import { DocumentList } from '../components/DocumentList'
import { EmptyArchive } from '../components/EmptyArchive'
import { ErrorNotice } from '../components/ErrorNotice'
import { NavPanel } from '../components/NavPanel'
import { PdfPreview } from '../components/PdfPreview'
import { useArchiveGeneration, useFacets, useIssues } from '../hooks/useArchive'
import { useDocumentPages } from '../hooks/useDocumentPages'
import { useExportPdf } from '../hooks/useExportPdf'
import { importSample, useImport } from '../hooks/useImport'
import { hrefFor, navigate } from '../hooks/useRoute'

const SORTS: SortKey[] = ['docNumber', 'date', 'title', 'issue']

function readFilters(p: URLSearchParams): SearchFilters {
  const num = (k: string) => (p.get(k) ? Number(p.get(k)) : undefined)
  const str = (k: string) => p.get(k) || undefined
  return { year: num('year'), issueId: num('issueId'), category: str('category'), issuer: str('issuer'), docType: str('docType') }
}

function heading(f: SearchFilters, years: { year: number; issues: { id: number; issueNo: number }[] }[]): string {
  const issue = years.flatMap((y) => y.issues.map((i) => ({ ...i, year: y.year }))).find((i) => i.id === f.issueId)
  const parts = [issue ? `${issue.year}年第${issue.issueNo}期` : f.year ? `${f.year}年` : '全部文件']
  for (const v of [f.category, f.issuer, f.docType]) if (v) parts.push(v)
  return parts.join(' · ')
}

export function LibraryPage({ params }: { params: URLSearchParams }) {
  const filters = useMemo(() => readFilters(params), [params])
  const sort = (SORTS.find((s) => s === params.get('sort')) ?? 'issue') as SortKey
  const desc = params.get('desc') === '1'
  const gen = useArchiveGeneration()
  const issues = useIssues()
  const allFacets = useFacets({})
  const facets = useFacets(filters)
  const pages = useDocumentPages(filters, sort, desc, gen)
  const imp = useImport()
  const pdf = useExportPdf()
  const [selected, setSelected] = useState(new Set<number>())

  const go = useCallback(
    (f: SearchFilters, s = sort, d = desc) => navigate(hrefFor('/', { ...f, sort: s === 'issue' ? undefined : s, desc: d ? 1 : undefined })),
    [sort, desc],
  )
  const toggle = useCallback((id: number) => {
    setSelected((prev) => {
      const next = new Set(prev)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }, [])

  if (issues.error) return <ErrorNotice error={issues.error} onRetry={issues.reload} />
  if (!issues.data) return <Loader m="xl" aria-label="正在加载" />
  if (issues.data.length === 0) {
    return <EmptyArchive busy={imp.running} onImportSample={() => {
      navigate('#/import')
      void importSample()
    }} />
  }
  return (
    <div className="page">
      <NavPanel years={allFacets.data?.years ?? []} facets={facets.data} filters={filters} onChange={(f) => go(f)} />
      <section style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }} aria-label="文件">
        <Group justify="space-between" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid #e9ecef' }}>
          <Text fw={600} component="h2" m={0} size="lg">
            {heading(filters, allFacets.data?.years ?? [])}
            <Text span c="dimmed" size="sm" ml="sm" fw={400}>{pages.total ?? '…'} 件</Text>
          </Text>
          <Group gap="xs">
            {selected.size > 0 && <Button variant="subtle" color="gray" onClick={() => setSelected(new Set())}>清除选择</Button>}
            <Button disabled={!selected.size} loading={pdf.busy} onClick={() => void pdf.exportDocs([...selected])}>
              导出所选（{selected.size}）为 PDF
            </Button>
          </Group>
        </Group>
        {pages.error && <ErrorNotice error={pages.error} />}
        {pdf.error && <ErrorNotice error={pdf.error} onRetry={pdf.clearError} />}
        <DocumentList pages={pages} sort={sort} desc={desc} onSort={(s, d) => go(filters, s, d)} selected={selected} onToggle={toggle} />
      </section>
      <PdfPreview file={pdf.file} onClose={pdf.close} />
    </div>
  )
}
