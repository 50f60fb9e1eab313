// Export documents as a PDF (exportPdf, with this workstation's 红头/来源行 defaults) for the preview.
import { useState } from 'react'
import { useApi } from '../api-context'
import type { PdfFile } from '../pdf-file'
import { useAction } from './useAction'
import { readExportDefaults } from './useExportDefaults'

export function useExportPdf() {
  const { archive } = useApi()
  const [file, setFile] = useState<PdfFile | null>(null)
  // `scanPages`: a registered scan whose body was filled by OCR prints its scan pages instead.
  const exporting = useAction(async (documentIds: number[], scanPages: boolean = false) => {
    const { masthead, sourceLine } = readExportDefaults()
    setFile(await archive.exportPdf({ documentIds, combine: documentIds.length > 1, masthead, sourceLine, ...(scanPages ? { scanPages } : {}) }))
  })
  return {
    file,
    busy: exporting.busy,
    error: exporting.error,
    exportDocs: exporting.run,
    close: () => setFile(null),
    clearError: exporting.clearError,
  }
}
