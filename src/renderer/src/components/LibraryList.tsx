// The document list with its toolbar: selection, 导出目录 (selection / whole archive), PDF export.
import { Button, Group } from '@mantine/core'
import { useCallback, useState, type ReactNode } from 'react'
import type { SortKey } from '../../../shared/api'
import type { SearchFilters } from '../../../shared/domain'
import { useArchiveGeneration } from '../hooks/useArchive'
import { useDocumentPages, type DocumentPages } from '../hooks/useDocumentPages'
import { useExportPdf } from '../hooks/useExportPdf'
import { useSaveExport } from '../hooks/useSaveExport'
import { CatalogueExportMenu } from './CatalogueExportMenu'
import { DocumentList } from './DocumentList'
import { ErrorNotice } from './ErrorNotice'
import { ExportStatus } from './ExportStatus'
import { PdfPreview } from './PdfPreview'

interface Props {
  filters: SearchFilters
  sort: SortKey
  desc: boolean
  onSort(sort: SortKey, desc: boolean): void
  /** The heading left of the toolbar; gets the list's total. */
  title?: (total: number | null) => ReactNode
}

function useSelection() {
  const [selected, setSelected] = useState(new Set<number>())
  const toggle = useCallback((id: number) => {
    setSelected((prev) => {
      const next = new Set(prev)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }, [])
  return { selected, toggle, clear: () => setSelected(new Set()) }
}

function Toolbar({ pages, title, sel, onPdf, pdfBusy, exporter }: {
  pages: DocumentPages
  title: Props['title']
  sel: ReturnType<typeof useSelection>
  onPdf(): void
  pdfBusy: boolean
  exporter: ReturnType<typeof useSaveExport>
}) {
  const ids = [...sel.selected]
  return (
    <Group justify="space-between" px="md" py="sm" bg="white" wrap="nowrap" style={{ borderBottom: '1px solid #e9ecef' }}>
      <div style={{ minWidth: 0 }}>{title?.(pages.total)}</div>
      <Group gap="xs" wrap="nowrap">
        {sel.selected.size > 0 && <Button variant="subtle" color="gray" onClick={sel.clear}>清除选择</Button>}
        <CatalogueExportMenu
          exporter={exporter}
          choices={[
            { label: `勾选的文件（${ids.length}）`, scope: ids.length ? { documentIds: ids } : null },
            { label: '整个文库', scope: { all: true } },
          ]}
        />
        <Button disabled={!ids.length} loading={pdfBusy} onClick={onPdf}>
          导出所选（{ids.length}）为 PDF
        </Button>
      </Group>
    </Group>
  )
}

export function LibraryList({ filters, sort, desc, onSort, title }: Props) {
  const gen = useArchiveGeneration()
  const pages = useDocumentPages(filters, sort, desc, gen)
  const pdf = useExportPdf()
  const exporter = useSaveExport()
  const sel = useSelection()
  return (
    <>
      <Toolbar pages={pages} title={title} sel={sel} onPdf={() => void pdf.exportDocs([...sel.selected])} pdfBusy={pdf.busy} exporter={exporter} />
      <ExportStatus exporter={exporter} />
      {pages.error && <ErrorNotice error={pages.error} />}
      {pdf.error && <ErrorNotice error={pdf.error} onRetry={pdf.clearError} />}
      <DocumentList pages={pages} sort={sort} desc={desc} onSort={onSort} selected={sel.selected} onToggle={sel.toggle} />
      <PdfPreview file={pdf.file} onClose={pdf.close} ofd={pdf.ofd} choices={{ options: pdf.options, onOptions: (o) => void pdf.reexport(o), busy: pdf.busy }} />
    </>
  )
}
