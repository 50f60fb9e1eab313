// The main window and its security hooks; the app:// protocol serving the renderer and fonts.
import { BrowserWindow, net, protocol, session, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CONTENT_SECURITY_POLICY, resolveStatic, type StaticRoots } from './shell/static-files'

export const APP_ORIGIN = 'app://archive'

/** Must run before app 'ready': app:// behaves like https (origin, fetch, workers, no CORS surprises). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves out/renderer and resources/fonts under app://archive/, nothing else. */
export function serveAppProtocol(roots: StaticRoots): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    const found = url.host === 'archive' ? resolveStatic(url.pathname, roots) : null
    if (!found) return new Response('未找到', { status: 404 })
    const res = await net.fetch(pathToFileURL(found.file).toString())
    const headers = new Headers({ 'Content-Type': found.type, 'X-Content-Type-Options': 'nosniff' })
    if (found.type.startsWith('text/html')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return new Response(res.body, { status: 200, headers })
  })
}

// Set only by createMainWindow when main loads the dev server (never in a packaged app), so an
// environment variable alone cannot make another origin trusted.
let devOrigin: string | null = null

/** The app:// origin, or the dev server that createMainWindow was told to load. */
export function isTrustedUrl(raw: string | undefined): boolean {
  if (!raw) return false
  try {
    return raw.startsWith(`${APP_ORIGIN}/`) || (devOrigin !== null && new URL(raw).origin === devOrigin)
  } catch {
    return false
  }
}

/** Only the top frame of our own page may call main (never a subframe or another origin). */
export function isTrustedSender(e: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = e.senderFrame
  return !!frame && frame.parent === null && isTrustedUrl(frame.url)
}

function hardenSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _perm, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
}

/** For every webContents the app creates (app 'web-contents-created'): no popups, no webviews. */
export function guardContents(wc: WebContents): void {
  wc.setWindowOpenHandler(() => ({ action: 'deny' }))
  wc.on('will-attach-webview', (event) => event.preventDefault())
}

function guardNavigation(wc: WebContents): void {
  guardContents(wc)
  wc.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  wc.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
}

/** `devUrl`: electron-vite's dev server, only when not packaged. */
export function createMainWindow(preloadFile: string, devUrl?: string): BrowserWindow {
  hardenSession()
  devOrigin = devUrl ? new URL(devUrl).origin : null
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '公报档案',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click opens links in new windows; setWindowOpenHandler denies those anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  guardNavigation(win.webContents)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}

/** Shows the exported PDF in Chromium's PDF viewer and opens the print dialog (no header/footer). */
export async function printPdfFile(file: string): Promise<void> {
  const win = new BrowserWindow({
    width: 900,
    height: 1000,
    title: '打印预览',
    autoHideMenuBar: true,
    // plugins: Chromium's PDF viewer; no preload, so the page gets no bridge at all.
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      plugins: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  guardNavigationForFile(win.webContents, file)
  await win.loadURL(pathToFileURL(file).toString())
  // The PDF viewer lays out its pages after load; printing a PDF frame works since Electron 32.
  await new Promise((ok) => setTimeout(ok, 800))
  // Resolves when the print dialog is done (printed or cancelled): the caller then removes the temp PDF.
  await new Promise<void>((ok) => {
    win.webContents.print(
      { silent: false, printBackground: false, margins: { marginType: 'none' }, scaleFactor: 100 },
      () => ok(),
    )
    win.once('closed', () => ok())
  })
}

function guardNavigationForFile(wc: WebContents, file: string): void {
  guardContents(wc)
  const allowed = pathToFileURL(file).toString()
  wc.on('will-navigate', (event, url) => {
    if (url !== allowed) event.preventDefault()
  })
}

export const rendererRoots = (outDir: string, resourcesDir: string): StaticRoots => ({
  rendererDir: join(outDir, 'renderer'),
  fontsDir: join(resourcesDir, 'fonts'),
})
