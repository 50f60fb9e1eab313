// registerApi / registerShell with a fake ipc: every channel, sender checks, schema checks, Result shape.
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { API_METHOD_NAMES, channelFor } from '../../../src/shared/api'
import { SHELL_METHOD_NAMES, shellChannelFor, type ShellApi } from '../../../src/shared/shell'
import { registerApi, registerShell } from '../../../src/main/ipc/register'
import { BACKUPS_DIR, createFakeApi, VALID_REQUESTS } from '../../support/fake-api'

vi.mock('electron', () => ({}))

type Handler = (e: IpcMainInvokeEvent, req: unknown) => Promise<unknown>

function fakeIpc() {
  const handlers = new Map<string, Handler>()
  return { handlers, handle: (ch: string, fn: Handler) => void handlers.set(ch, fn) }
}

const event = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent
const trusted = event('app://archive/index.html')
const isTrusted = (e: IpcMainInvokeEvent) => e.senderFrame?.url.startsWith('app://archive/') ?? false

function setup(isGrantedPath?: (p: string) => boolean) {
  const ipc = fakeIpc()
  const api = createFakeApi()
  registerApi(ipc, api, isTrusted, { isGrantedPath, backupsDir: BACKUPS_DIR, log: () => {} })
  const call = (m: string, req: unknown, e = trusted) => ipc.handlers.get(channelFor(m as never))!(e, req)
  return { ipc, api, call }
}

describe('registerApi', () => {
  it('registers one channel per contract method', () => {
    const { ipc } = setup()
    expect([...ipc.handlers.keys()].sort()).toEqual(API_METHOD_NAMES.map(channelFor).sort())
  })

  it.each(API_METHOD_NAMES)('%s: refuses a foreign sender without calling the service', async (m) => {
    const { api, call } = setup()
    const r = await call(m, VALID_REQUESTS[m], event('https://evil.example/'))
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    expect(api.calls).toHaveLength(0)
  })

  it.each(API_METHOD_NAMES)('%s: refuses a malformed request as BAD_REQUEST', async (m) => {
    const { api, call } = setup()
    const r = (await call(m, { bogus: true, offset: -1, id: 'x' })) as { ok: boolean; error: { code: string } }
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('BAD_REQUEST')
    expect(api.calls).toHaveLength(0)
  })

  it.each(API_METHOD_NAMES)('%s: a valid request returns a Result, never a throw', async (m) => {
    const { call } = setup()
    const r = (await call(m, VALID_REQUESTS[m])) as { ok: boolean }
    expect(typeof r.ok).toBe('boolean')
    expect(Object.keys(r).sort()).toEqual(r.ok ? ['ok', 'value'] : ['error', 'ok'])
  })

  it('passes AppError codes through and hides internal errors', async () => {
    const { call } = setup()
    expect(await call('getDocument', { id: 2 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '没有这份文件' } })
    const r = (await call('exportPdf', { documentIds: [1] })) as { error: { code: string; message: string } }
    expect(r.error.code).toBe('INTERNAL')
    expect(r.error.message).not.toContain('secret')
  })

  it('accepts path sources only when main granted them', async () => {
    const { call, api } = setup((p) => p === '/granted/folder')
    const bad = (await call('importFiles', { sources: [{ kind: 'path', path: '/etc' }] })) as { error: { code: string } }
    expect(bad.error.code).toBe('FORBIDDEN')
    expect(api.calls).toHaveLength(0)
    const good = (await call('importFiles', { sources: [{ kind: 'path', path: '/granted/folder' }] })) as { ok: boolean }
    expect(good.ok).toBe(true)
  })

  it('backups: a target or folder only when granted; a source also inside a granted folder or the backups folder', async () => {
    const { call, api } = setup((p) => p === '/media/usb')
    const code = async (m: string, req: unknown) => ((await call(m, req)) as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok'
    expect(await code('backupArchive', { target: '/media/usb' })).toBe('ok')
    expect(await code('backupArchive', { target: '/etc' })).toBe('FORBIDDEN')
    expect(await code('backupArchive', { target: `${BACKUPS_DIR}/x` })).toBe('FORBIDDEN')
    expect(await code('listBackups', { folder: '/media/usb' })).toBe('ok')
    expect(await code('listBackups', { folder: '/home' })).toBe('FORBIDDEN')
    expect(await code('checkBackup', { source: '/media/usb/公报档案备份-20240101-080000' })).toBe('ok')
    expect(await code('restoreArchive', { source: `${BACKUPS_DIR}/pre-migration-v3-x` })).toBe('ok')
    for (const source of ['/etc', `${BACKUPS_DIR}/../../etc`, `${BACKUPS_DIR}/a/b`, '/media/usb/a/b', BACKUPS_DIR]) {
      expect(await code('restoreArchive', { source })).toBe('FORBIDDEN')
    }
    // A granted import folder's children are no backup sources for importFiles.
    expect(await code('importFiles', { sources: [{ kind: 'path', path: '/media/usb/x.txt' }] })).toBe('FORBIDDEN')
    expect(api.calls.map((c) => c.method)).toEqual(['backupArchive', 'listBackups', 'checkBackup', 'restoreArchive'])
  })

  it('refuses every path when no grant check is given', async () => {
    const { call } = setup()
    const r = (await call('importFiles', { sources: [{ kind: 'path', path: '/tmp/x.txt' }] })) as { error: { code: string } }
    expect(r.error.code).toBe('FORBIDDEN')
  })
})

describe('registerShell', () => {
  const shell: ShellApi = {
    chooseImportFolder: async () => [{ kind: 'path', path: '/x' }],
    chooseInboxFolder: async () => '/x',
    chooseBackupFolder: async () => '/x',
    saveFile: async () => '/tmp/a.csv',
    importSample: async () => ({ imported: [], skipped: [], failed: [] }),
    savePdf: async () => '/tmp/a.pdf',
    printPdf: async () => undefined,
  }
  const valid: Record<keyof ShellApi, unknown> = {
    chooseImportFolder: {},
    chooseInboxFolder: {},
    chooseBackupFolder: { purpose: 'restore' },
    saveFile: { fileName: 'a.csv', bytesBase64: 'JVBERg==' },
    importSample: { replace: true },
    savePdf: { fileName: 'a.pdf', bytesBase64: 'JVBERg==' },
    printPdf: { fileName: 'a.pdf', bytesBase64: 'JVBERg==' },
  }

  it.each(SHELL_METHOD_NAMES)('%s: checks sender and shape', async (m) => {
    const ipc = fakeIpc()
    registerShell(ipc, shell, isTrusted, { log: () => {} })
    const h = ipc.handlers.get(shellChannelFor(m))!
    expect(await h(trusted, valid[m])).toMatchObject({ ok: true })
    expect(await h(event('file:///tmp/x.html'), valid[m])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await h(trusted, { fileName: 5, extra: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
