// Saved searches through the service: kept in the archive (so every shell sees them and they
// survive a restart), names unique, renamed and deleted; re-running one finds what the search finds.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../../../src/main/services'
import { silentLogger } from '../../../src/main/log'
import { SAMPLE_TEXT, tempArchive, upload, type TempArchive } from './helpers'

let t: TempArchive

beforeAll(async () => {
  t = tempArchive('saved-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
})
afterAll(() => t.close())

describe('saved searches', () => {
  it('saves a query with its filters and re-runs it to the same hits', async () => {
    const saved = await t.api.saveSearch({ name: ' 公路资金 ', query: '公路', filters: { year: 2022, docType: '请示' } })
    expect(saved).toMatchObject({ name: '公路资金', query: '公路', filters: { year: 2022, docType: '请示' } })
    const list = await t.api.listSavedSearches({})
    expect(list.map((s) => s.name)).toEqual(['公路资金'])
    const rerun = await t.api.searchDocuments({ ...list[0].filters, query: list[0].query })
    const direct = await t.api.searchDocuments({ query: '公路', year: 2022, docType: '请示' })
    const unfiltered = await t.api.searchDocuments({ query: '公路' })
    expect(rerun.hits.length).toBeGreaterThan(0)
    expect(rerun.hits.map((h) => h.id)).toEqual(direct.hits.map((h) => h.id))
    expect(rerun.total).toBeLessThan(unfiltered.total) // the filter was kept, not dropped
  })

  it('refuses a name already used, in Chinese', async () => {
    await expect(t.api.saveSearch({ name: '公路资金', query: '资金', filters: {} })).rejects.toThrow('已有名为「公路资金」的检索')
  })

  it('renames and deletes', async () => {
    const other = await t.api.saveSearch({ name: '农民工', query: '农民工工资', filters: {} })
    await expect(t.api.renameSavedSearch({ id: other.id, name: '公路资金' })).rejects.toThrow('已有名为')
    expect(await t.api.renameSavedSearch({ id: other.id, name: '农民工工资' })).toMatchObject({ id: other.id, name: '农民工工资' })
    await t.api.deleteSavedSearch({ id: other.id })
    expect((await t.api.listSavedSearches({})).map((s) => s.name)).toEqual(['公路资金'])
    await expect(t.api.deleteSavedSearch({ id: other.id })).rejects.toThrow('找不到这条保存的检索')
  })

  it('are kept in the archive file: a new service on it lists them', async () => {
    const again = createServices({ dbFile: join(t.dir, 'archive.db'), log: silentLogger })
    try {
      expect((await again.listSavedSearches({})).map((s) => [s.name, s.query])).toEqual([['公路资金', '公路']])
    } finally {
      again.close()
    }
  })
})
