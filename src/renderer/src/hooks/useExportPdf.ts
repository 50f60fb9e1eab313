// Export documents as a PDF (exportPdf, with this workstation's 红头/来源行 defaults) for the preview.
import { useCallback, useState } from 'react'
import { getApi } from '../api'
import type { PdfFile } from '../pdf-file'
import { readExportDefaults } from './useExportDefaults'

export function useExportPdf() {
  const [file, setFile] = useState<PdfFile | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)

  const exportDocs = useCallback(async (documentIds: number[]) => {
    setBusy(true)
    setError(null)
    try {
      const { masthead, sourceLine } = readExportDefaults()
      setFile(await getApi().archive.exportPdf({ documentIds, combine: documentIds.length > 1, masthead, sourceLine }))
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(false)
    }
  }, [])

  return { file, busy, error, exportDocs, close: () => setFile(null), clearError: () => setError(null) }
}
