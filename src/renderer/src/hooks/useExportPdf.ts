// Export documents as a PDF (exportPdf) for the preview. 红头/来源行/PDF-A start from this workstation's
// defaults (设置) and can be switched for this export alone in the preview, which exports again; the
// same documents as OFD on demand. `scanPages`: a registered scan whose body was filled by OCR prints
// its scan pages instead.
import { useState } from 'react'
import { useApi } from '../api-context'
import type { ExportFile, PdfFile } from '../pdf-file'
import { useAction } from './useAction'
import { readExportDefaults, type ExportDefaults } from './useExportDefaults'

export function useExportPdf() {
  const { archive } = useApi()
  const [file, setFile] = useState<PdfFile | null>(null)
  const [ids, setIds] = useState<number[]>([])
  const [scans, setScans] = useState(false)
  const [options, setOptions] = useState<ExportDefaults>(readExportDefaults)
  const exporting = useAction(async (documentIds: number[], opts: ExportDefaults, scanPages: boolean) => {
    setIds(documentIds)
    setOptions(opts)
    setScans(scanPages)
    const { masthead, sourceLine, pdfa } = opts
    const format = pdfa ? 'pdfa' : 'pdf'
    setFile(await archive.exportPdf({ documentIds, combine: documentIds.length > 1, masthead, sourceLine, format, ...(scanPages ? { scanPages } : {}) }))
  })
  const ofd = (): Promise<ExportFile> => {
    const { masthead, sourceLine } = options
    return archive.exportPdf({ documentIds: ids, combine: ids.length > 1, masthead, sourceLine, format: 'ofd' })
  }
  return {
    file,
    ofd,
    busy: exporting.busy,
    error: exporting.error,
    /** A new export starts from the defaults in 设置. */
    exportDocs: (documentIds: number[], scanPages = false) => exporting.run(documentIds, readExportDefaults(), scanPages),
    options,
    /** The same documents again with other 红头/来源行 choices (设置 unchanged). */
    reexport: (opts: ExportDefaults) => exporting.run(ids, opts, scans),
    close: () => setFile(null),
    clearError: exporting.clearError,
  }
}
