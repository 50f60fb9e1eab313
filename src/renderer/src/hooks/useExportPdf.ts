// Export documents as a PDF (exportPdf) for the preview. 红头/来源行 start from this workstation's
// defaults (设置) and can be switched for this export alone in the preview, which exports again.
import { useState } from 'react'
import { useApi } from '../api-context'
import type { PdfFile } from '../pdf-file'
import { useAction } from './useAction'
import { readExportDefaults, type ExportDefaults } from './useExportDefaults'

export function useExportPdf() {
  const { archive } = useApi()
  const [file, setFile] = useState<PdfFile | null>(null)
  const [ids, setIds] = useState<number[]>([])
  const [options, setOptions] = useState<ExportDefaults>(readExportDefaults)
  const exporting = useAction(async (documentIds: number[], opts: ExportDefaults) => {
    setIds(documentIds)
    setOptions(opts)
    const { masthead, sourceLine } = opts
    setFile(await archive.exportPdf({ documentIds, combine: documentIds.length > 1, masthead, sourceLine }))
  })
  return {
    file,
    busy: exporting.busy,
    error: exporting.error,
    /** A new export starts from the defaults in 设置. */
    exportDocs: (documentIds: number[]) => exporting.run(documentIds, readExportDefaults()),
    options,
    /** The same documents again with other 红头/来源行 choices (设置 unchanged). */
    reexport: (opts: ExportDefaults) => exporting.run(ids, opts),
    close: () => setFile(null),
    clearError: exporting.clearError,
  }
}
