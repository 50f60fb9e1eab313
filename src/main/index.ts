// Electron main: lifecycle and wiring only (the runtime, IPC, shell, window).
import { app, type BrowserWindow, dialog, ipcMain } from 'electron'
import { join } from 'node:path'
import { channelFor } from '../shared/api'
import { EXPORT_TYPES } from '../shared/shell'
import { registerApi, registerShell } from './ipc/register'
import { createDesktopShell, createPathGrants, removePrintTemps, type FolderPurpose } from './shell/desktop-shell'
import { startRuntime } from './shell/runtime'
import {
  createMainWindow,
  guardContents,
  isTrustedSender,
  printPdfFile,
  registerAppScheme,
  rendererRoots,
  serveAppProtocol,
} from './window'

const FOLDER_TITLES: Record<FolderPurpose, string> = {
  inbox: '选择收件文件夹',
  backup: '选择备份保存位置（例如 U 盘）',
  restore: '选择备份所在的文件夹（例如 U 盘）',
}

registerAppScheme()
if (!app.requestSingleInstanceLock()) app.quit()

const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')

// Every webContents, including ones we do not create directly: no popups, no <webview>.
app.on('web-contents-created', (_e, wc) => guardContents(wc))

function wire(): BrowserWindow {
  const runtime = startRuntime({
    dbFile: join(app.getPath('userData'), 'archive.db'),
    fontsDir: join(resourcesDir, 'fonts'),
    deferInbox: true, // started once the page listens, so the report on files already waiting is not lost
    inboxTiming: { onError: (err) => console.error('[inbox]', err) },
  })
  const { services } = runtime

  const grants = createPathGrants()
  registerApi(ipcMain, services, isTrustedSender, { isGrantedPath: grants.isGranted, backupsDir: services.backupsDir })
  const win = createMainWindow(
    join(__dirname, '../preload/index.js'),
    !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined,
  )
  const shell = createDesktopShell({
    api: services,
    sampleFile: join(resourcesDir, 'samples', 'xingxian-2022-02.txt'),
    grants,
    chooseFolder: async (purpose) => {
      const title = purpose ? FOLDER_TITLES[purpose] : '选择要导入的文件夹'
      const r = await dialog.showOpenDialog(win, { title, properties: ['openDirectory', 'createDirectory'] })
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    chooseSavePath: async (defaultPath, ext = 'pdf') => {
      const filters = [{ name: EXPORT_TYPES[ext] ?? ext, extensions: [ext] }]
      const r = await dialog.showSaveDialog(win, { title: '保存', defaultPath, filters })
      return r.canceled ? null : (r.filePath ?? null)
    },
    printFile: printPdfFile,
  })
  registerShell(ipcMain, shell, isTrustedSender)
  runtime.progress.subscribe((p) => {
    if (!win.isDestroyed()) win.webContents.send(channelFor('importProgress'), p)
  })
  runtime.scanOcr.subscribe((p) => {
    if (!win.isDestroyed()) win.webContents.send(channelFor('scanOcrProgress'), p)
  })
  runtime.inboxEvents.subscribe((report) => {
    if (!win.isDestroyed()) win.webContents.send(channelFor('inboxImported'), report)
  })
  win.webContents.once('did-finish-load', () => runtime.startInbox())
  // PDFs of prints still open: nothing of the archive stays in the temp folder.
  runtime.onShutdown(() => removePrintTemps())
  let closed = false
  app.on('will-quit', (e) => {
    if (closed) return
    // Quit waits: the inbox stops, running imports finish, then the database closes.
    e.preventDefault()
    void runtime.shutdown().catch((err: unknown) => console.error('[shutdown]', err)).finally(() => {
      closed = true
      app.quit()
    })
  })
  return win
}

app.whenReady().then(() => {
  serveAppProtocol(rendererRoots(join(__dirname, '..'), resourcesDir))
  const win = wire()
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore()
    win.focus()
  })
})

// One window per run (Windows, UOS, Kylin): closing it ends the app.
app.on('window-all-closed', () => app.quit())
