// Browser mode: the archive contract over fetch, events over SSE. The session is an HttpOnly
// cookie the browser sends by itself (same origin); the page holds no secret.
import type { ArchiveApi, ArchiveEvents, Bridge } from '../../shared/api'
import { API_METHOD_NAMES } from '../../shared/api'
import type { Result } from '../../shared/errors'
import { BROWSER_SHELL_METHODS, browserShellRoute, type BrowserShellApi, type BrowserShellBridge } from '../../shared/shell'

export async function postJson<T>(path: string, body: unknown): Promise<Result<T>> {
  try {
    const res = await fetch(`/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    })
    // Errors come with their HTTP status (404, 409, …) and the same Result body.
    return (await res.json()) as Result<T>
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接档案服务，请确认浏览器模式仍在运行。' } }
  }
}

type EventName = keyof ArchiveEvents
let events: EventSource | null = null
const listeners: { [K in EventName]: Set<(v: ArchiveEvents[K]) => void> } = {
  importProgress: new Set(),
  inboxImported: new Set(),
  scanOcrProgress: new Set(),
}

// One stream for every event kind: the server sends each as a named SSE event.
function listen<K extends EventName>(name: K, cb: (v: ArchiveEvents[K]) => void): () => void {
  if (!events) {
    events = new EventSource('/api/events')
    for (const n of Object.keys(listeners) as EventName[]) {
      events.addEventListener(n, (e) => {
        const value = JSON.parse((e as MessageEvent<string>).data) as never
        for (const l of listeners[n]) (l as (v: never) => void)(value)
      })
    }
  }
  listeners[name].add(cb)
  return () => void listeners[name].delete(cb)
}

/** The same Bridge shape the Electron preload exposes, over HTTP. */
export function createHttpBridge(): Bridge {
  const methods = Object.fromEntries(
    API_METHOD_NAMES.map((m) => [m, (req: unknown) => postJson(m, req)]),
  ) as Omit<Bridge, 'onImportProgress' | 'onInboxImported' | 'onScanOcrProgress'>
  return {
    ...methods,
    onImportProgress: (cb) => listen('importProgress', cb),
    onInboxImported: (cb) => listen('inboxImported', cb),
    onScanOcrProgress: (cb) => listen('scanOcrProgress', cb),
  }
}

/** Browser mode's shell methods (the sample import, the server's --inbox folder), typed by BrowserShellApi. */
export function createBrowserShell(): BrowserShellBridge {
  const names = Object.keys(BROWSER_SHELL_METHODS) as (keyof BrowserShellApi)[]
  return Object.fromEntries(names.map((m) => [m, (req: unknown) => postJson(browserShellRoute(m), req)])) as BrowserShellBridge
}

export type { ArchiveApi }
