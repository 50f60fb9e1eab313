// Browser mode: the archive contract over fetch (token from the served page), progress over SSE.
import type { ArchiveApi, Bridge } from '../../shared/api'
import { API_METHOD_NAMES } from '../../shared/api'
import type { ImportProgress, ImportReport } from '../../shared/domain'
import type { Result } from '../../shared/errors'

function readToken(): string {
  return document.querySelector('meta[name="archive-token"]')?.getAttribute('content') ?? ''
}

export function hasServerToken(): boolean {
  return readToken() !== ''
}

export async function postJson<T>(path: string, body: unknown): Promise<Result<T>> {
  try {
    const res = await fetch(`/api/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Archive-Token': readToken() },
      body: JSON.stringify(body),
    })
    return (await res.json()) as Result<T>
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接档案服务，请确认浏览器模式仍在运行。' } }
  }
}

let events: EventSource | null = null
const listeners = new Set<(p: ImportProgress) => void>()

function onImportProgress(cb: (p: ImportProgress) => void): () => void {
  if (!events) {
    events = new EventSource(`/api/events?token=${encodeURIComponent(readToken())}`)
    events.addEventListener('importProgress', (e) => {
      const p = JSON.parse((e as MessageEvent<string>).data) as ImportProgress
      for (const l of listeners) l(p)
    })
  }
  listeners.add(cb)
  return () => void listeners.delete(cb)
}

/** The same Bridge shape the Electron preload exposes, over HTTP. */
export function createHttpBridge(): Bridge {
  const methods = Object.fromEntries(
    API_METHOD_NAMES.map((m) => [m, (req: unknown) => postJson(m, req)]),
  ) as Omit<Bridge, 'onImportProgress'>
  return { ...methods, onImportProgress }
}

export function importSampleOverHttp(replace?: boolean): Promise<Result<ImportReport>> {
  return postJson<ImportReport>('shell/importSample', { replace })
}

export type { ArchiveApi }
