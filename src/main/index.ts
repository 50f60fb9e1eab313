// Electron main: lifecycle and wiring only (services, IPC, shell, window).
import { app, type BrowserWindow, dialog, ipcMain } from 'electron'
import { join } from 'node:path'
import type { ImportProgress } from '../shared/domain'
import { channelFor } from '../shared/api'
import { registerApi, registerShell } from './ipc/register'
import { createServices } from './services'
import { createDesktopShell, createPathGrants } from './shell/desktop-shell'
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
  app.on('will-quit', () => services.close())

  const grants = createPathGrants()
  registerApi(ipcMain, services, isTrustedSender, { isGrantedPath: grants.isGranted })
  const win = createMainWindow(
    join(__dirname, '../preload/index.js'),
    !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined,
  )
  const shell = createDesktopShell({
    api: services,
    sampleFile: join(resourcesDir, 'samples', 'xingxian-2022-02.txt'),
    grants,
    chooseFolder: async () => {
      const r = await dialog.showOpenDialog(win, { title: '选择要导入的文件夹', properties: ['openDirectory'] })
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    chooseSavePath: async (defaultPath) => {
      const r = await dialog.showSaveDialog(win, { title: '保存 PDF', defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] })
      return r.canceled ? null : (r.filePath ?? null)
    },
    printFile: printPdfFile,
  })
  registerShell(ipcMain, shell, isTrustedSender)
  hub.subscribe((p) => {
    if (!win.isDestroyed()) win.webContents.send(channelFor('importProgress'), p)
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
