// Export documents as a PDF (exportPdf) and hold it for the preview, saving and printing.
import { useCallback, useState } from 'react'
import { getApi } from '../api'
import type { PdfFile } from '../pdf-file'

export function useExportPdf() {
  const [file, setFile] = useState<PdfFile | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)

  const exportDocs = useCallback(async (documentIds: number[]) => {
    setBusy(true)
    setError(null)
    try {
      setFile(await getApi().archive.exportPdf({ documentIds, combine: documentIds.length > 1 }))
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(false)
    }
  }, [])

  return { file, busy, error, exportDocs, close: () => setFile(null), clearError: () => setError(null) }
}
