// Electron main: lifecycle and wiring only (services, IPC, shell, window).
import { app, type BrowserWindow, dialog, ipcMain } from 'electron'
import { join } from 'node:path'
import type { ImportProgress, ImportReport } from '../shared/domain'
import { channelFor } from '../shared/api'
import { EXPORT_TYPES } from '../shared/shell'
import { startInboxFromSettings, type InboxRunner } from './archive-work/inbox-settings'
import { registerApi, registerShell } from './ipc/register'
import { createServices } from './services'
import { createDesktopShell, createPathGrants, removePrintTemps, type FolderPurpose } from './shell/desktop-shell'
import { createProgressHub } from './shell/progress-hub'
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
  const hub = createProgressHub()
  const deps = {
    dbFile: join(app.getPath('userData'), 'archive.db'),
    fontsDir: join(resourcesDir, 'fonts'),
    onProgress: (p: ImportProgress) => hub.emit(p),
  }
  const services = createServices(deps)

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
  hub.subscribe((p) => {
    if (!win.isDestroyed()) win.webContents.send(channelFor('importProgress'), p)
  })
  // Once the page listens, so the report on files already waiting in the inbox is not lost.
  let inbox: InboxRunner | null = null
  win.webContents.once('did-finish-load', () => {
    inbox = startInboxFromSettings(services, (report: ImportReport) => {
      if (!win.isDestroyed()) win.webContents.send(channelFor('inboxImported'), report)
    }, { onError: (err) => console.error('[inbox]', err) })
  })
  app.on('will-quit', () => {
    void inbox?.stop() // first: no poll starts after this, so none runs on a closed archive
    services.close()
    removePrintTemps() // PDFs of prints still open: nothing of the archive stays in the temp folder
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
