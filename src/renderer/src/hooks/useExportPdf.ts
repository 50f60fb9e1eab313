// Export documents as a PDF (exportPdf, with this workstation's 红头/来源行/PDF-A defaults) for the
// preview; the same documents as OFD on demand.
import { useState } from 'react'
import { useApi } from '../api-context'
import type { ExportFile, PdfFile } from '../pdf-file'
import { useAction } from './useAction'
import { readExportDefaults } from './useExportDefaults'

export function useExportPdf() {
  const { archive } = useApi()
  const [file, setFile] = useState<PdfFile | null>(null)
  const [ids, setIds] = useState<number[]>([])
  const exporting = useAction(async (documentIds: number[]) => {
    const { masthead, sourceLine, pdfa } = readExportDefaults()
    setIds(documentIds)
    setFile(await archive.exportPdf({ documentIds, combine: documentIds.length > 1, masthead, sourceLine, format: pdfa ? 'pdfa' : 'pdf' }))
  })
  const ofd = (): Promise<ExportFile> => {
    const { masthead, sourceLine } = readExportDefaults()
    return archive.exportPdf({ documentIds: ids, combine: ids.length > 1, masthead, sourceLine, format: 'ofd' })
  }
  return {
    file,
    ofd,
    busy: exporting.busy,
    error: exporting.error,
    exportDocs: exporting.run,
    close: () => setFile(null),
    clearError: exporting.clearError,
  }
}
