// Runs an export (catalogue, issue zip) and saves it: a save dialog in Electron, a download in the browser.
import { useCallback, useState } from 'react'
import { getApi } from '../api'
import type { ExportFile } from '../pdf-file'

export interface SaveExport {
  busy: string | null
  status: string | null
  error: Error | null
  run(label: string, make: () => Promise<ExportFile>): Promise<void>
  clear(): void
}

export function useSaveExport(): SaveExport {
  const [busy, setBusy] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<Error | null>(null)

  const run = useCallback(async (label: string, make: () => Promise<ExportFile>) => {
    setBusy(label)
    setStatus(null)
    setError(null)
    try {
      const shell = getApi().shell
      const where = await shell.saveFile(await make())
      if (where) setStatus(shell.mode === 'browser' ? `已下载：${where}` : `已保存到：${where}`)
    } catch (err) {
      setError(err as Error)
    } finally {
      setBusy(null)
    }
  }, [])

  return { busy, status, error, run, clear: () => (setStatus(null), setError(null)) }
}
