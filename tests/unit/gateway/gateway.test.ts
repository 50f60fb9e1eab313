// The gateway every transport uses: shape, path policy, the call, and errors as a Result.
import { describe, expect, it } from 'vitest'
import type { BrowserShellApi } from '../../../src/shared/shell'
import { createGateway, type CallPolicy } from '../../../src/main/gateway/gateway'
import { createFakeApi, SUMMARY } from '../../support/fake-api'

const desktop: CallPolicy = { isGranted: (p) => p === '/granted/第2期.txt', backupsDir: '/data/backups', browser: false }
const browser: CallPolicy = { isGranted: () => false, backupsDir: '/data/backups', browser: true }
const fromPath = { sources: [{ kind: 'path', path: '/etc/passwd' }] }

describe('gateway.call', () => {
  it('validates, calls and wraps the value', async () => {
    const api = createFakeApi()
    const gateway = createGateway({ api })
    const r = await gateway.call('getDocument', { id: 1 }, desktop)
    expect(r).toMatchObject({ ok: true, value: { id: 1, docNumber: SUMMARY.docNumber } })
    expect(api.calls).toEqual([{ method: 'getDocument', req: { id: 1 } }])
  })

  it('refuses a wrong shape before the call, naming the method and field', async () => {
    const api = createFakeApi()
    const r = await createGateway({ api }).call('getDocument', { id: 'x' }, desktop)
    expect(r).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: '请求格式不正确（getDocument：id）' } })
    expect(api.calls).toEqual([])
  })

  it('refuses a path the transport did not grant, in that transport’s words', async () => {
    const gateway = createGateway({ api: createFakeApi() })
    expect(await gateway.call('importFiles', fromPath, desktop)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '只能导入在对话框中选择的文件或文件夹' },
    })
    expect(await gateway.call('importFiles', fromPath, browser)).toEqual({
      ok: false, error: { code: 'FORBIDDEN', message: '浏览器模式只接受上传的文件' },
    })
    const granted = { sources: [{ kind: 'path', path: '/granted/第2期.txt' }] }
    expect((await gateway.call('importFiles', granted, desktop)).ok).toBe(true)
    expect((await gateway.call('checkBackup', { source: '/data/backups/pre-migration-v3-x' }, browser)).ok).toBe(true)
  })

  it('answers an unknown method, and hides an unexpected error behind INTERNAL after logging it', async () => {
    const logged: string[] = []
    const api = createFakeApi({ getFacets: () => Promise.reject(new Error('disk on fire')) })
    const gateway = createGateway({ api, log: (m, err) => logged.push(`${m}: ${(err as Error).message}`) })
    expect(await gateway.call('dropTables', {}, desktop)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '未知的接口：dropTables' } })
    expect(await gateway.call('getFacets', {}, desktop)).toEqual({ ok: false, error: { code: 'INTERNAL', message: '内部错误，详情已写入日志。' } })
    expect(logged).toEqual(['dropTables: 未知的接口：dropTables', 'getFacets: disk on fire'])
  })

  it('validates browser mode’s shell methods like the archive API, and offers only those', async () => {
    const shell: BrowserShellApi = {
      importSample: async () => { throw new Error('not in this test') },
      inboxFolder: async () => ({ folder: '/srv/inbox' }),
    }
    const gateway = createGateway({ api: createFakeApi(), shell: { kind: 'browser', api: shell } })
    expect(await gateway.call('shell/inboxFolder', {}, browser)).toEqual({ ok: true, value: { folder: '/srv/inbox' } })
    expect(await gateway.call('shell/inboxFolder', { folder: '/etc' }, browser)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await gateway.call('shell/importSample', { replace: 'yes' }, browser)).toEqual({
      ok: false, error: { code: 'BAD_REQUEST', message: '请求格式不正确（importSample：replace）' },
    })
    expect(await gateway.call('shell/chooseImportFolder', {}, browser)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
