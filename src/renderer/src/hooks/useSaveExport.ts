// Runs an export (catalogue, issue zip) and saves it: a save dialog in Electron, a download in the browser.
import { useCallback, useState } from 'react'
import { savedText } from '../api'
import { useApi } from '../api-context'
import type { ExportFile } from '../pdf-file'
import { useAction } from './useAction'

export interface SaveExport {
  busy: string | null
  status: string | null
  error: Error | null
  run(label: string, make: () => Promise<ExportFile>): Promise<void>
  clear(): void
}

export function useSaveExport(): SaveExport {
  const { shell } = useApi()
  const [label, setLabel] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const save = useAction(async (make: () => Promise<ExportFile>) => {
    const where = await shell.saveFile(await make())
    if (where) setStatus(savedText(shell, where))
  })
  const { run: runSave, clearError } = save

  const run = useCallback(
    async (next: string, make: () => Promise<ExportFile>) => {
      setLabel(next)
      setStatus(null)
      await runSave(make)
    },
    [runSave],
  )

  return { busy: save.busy ? label : null, status, error: save.error, run, clear: () => (setStatus(null), clearError()) }
}
