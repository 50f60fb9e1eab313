// mutation(): every write of the service is an activity (BUSY, restore and shutdown see it), and the
// ids its transactions refreshed reach the search index once, after the write.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openMemoryArchive, type Archive } from '../../../src/main/archive/open-archive'
import { refreshDerived, takeRefreshed } from '../../../src/main/derived/refresh'
import { createActivities } from '../../../src/main/maintenance/api'
import { createMutation } from '../../../src/main/maintenance/mutation'
import { isAppError } from '../../../src/shared/errors'

let dir: string
let archive: Archive

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mutation-'))
  archive = openMemoryArchive(join(dir, 'files'))
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('mutation()', () => {
  it('runs the write as an activity and refuses a second one of its kind with BUSY when asked', async () => {
    const activities = createActivities()
    const mutation = createMutation(activities, () => archive.db)
    let release!: () => void
    const first = mutation('importing', () => new Promise<string>((ok) => (release = () => ok('done'))), { busy: '正在导入' })
    expect(activities.any()).toBe('importing')
    const second = await mutation('importing', () => 'never', { busy: '正在导入' }).catch((e: unknown) => e)
    expect(isAppError(second) && [second.code, second.message]).toEqual(['BUSY', '正在导入'])
    let idle = false
    const drained = activities.idle().then(() => (idle = true))
    await Promise.resolve()
    expect(idle).toBe(false)
    release()
    expect(await first).toBe('done')
    await drained
    expect(activities.any()).toBeNull()
  })

  it('hands the ids refreshed during the write on, and none are left afterwards', async () => {
    const mutation = createMutation(createActivities(), () => archive.db)
    refreshDerived(archive.db, [7, 8]) // no such documents: relations and keys are cleared for them
    expect(takeRefreshed(archive.db)).toEqual([7, 8])
    expect(takeRefreshed(archive.db)).toEqual([])
    await mutation('editing', () => refreshDerived(archive.db, [3]))
    expect(takeRefreshed(archive.db)).toEqual([])
  })

  it('still hands them on when the write fails', async () => {
    const mutation = createMutation(createActivities(), () => archive.db)
    const failed = mutation('editing', () => {
      refreshDerived(archive.db, [5])
      throw new Error('write failed')
    })
    await expect(failed).rejects.toThrow('write failed')
    expect(takeRefreshed(archive.db)).toEqual([])
  })
})
