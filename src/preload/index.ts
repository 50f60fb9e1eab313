// Preload (sandboxed, CommonJS): exposes the typed Bridge and the shell bridge, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_METHOD_NAMES, channelFor, type Bridge } from '../shared/api'
import type { ImportProgress, ImportReport } from '../shared/domain'
import type { ScanOcrProgress } from '../shared/scan-ocr'
import { SHELL_METHOD_NAMES, shellChannelFor, type ShellBridge } from '../shared/shell'

const archive = Object.fromEntries(
  API_METHOD_NAMES.map((m) => [m, (req: unknown) => ipcRenderer.invoke(channelFor(m), req)]),
) as Omit<Bridge, 'onImportProgress' | 'onInboxImported' | 'onScanOcrProgress'>

function listen<T>(event: 'importProgress' | 'inboxImported' | 'scanOcrProgress', cb: (value: T) => void): () => void {
  const listener = (_e: IpcRendererEvent, value: T): void => cb(value)
  ipcRenderer.on(channelFor(event), listener)
  return () => void ipcRenderer.removeListener(channelFor(event), listener)
}

const bridge: Bridge = {
  ...archive,
  onImportProgress: (cb: (p: ImportProgress) => void) => listen('importProgress', cb),
  onInboxImported: (cb: (r: ImportReport) => void) => listen('inboxImported', cb),
  onScanOcrProgress: (cb: (p: ScanOcrProgress) => void) => listen('scanOcrProgress', cb),
}

const shell = Object.fromEntries(
  SHELL_METHOD_NAMES.map((m) => [m, (req: unknown) => ipcRenderer.invoke(shellChannelFor(m), req ?? {})]),
) as ShellBridge

contextBridge.exposeInMainWorld('archive', bridge)
contextBridge.exposeInMainWorld('archiveShell', shell)
