// Validity between documents: repeals / amends / extends detected at import, shown both ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { detectRelations } from '../../../src/main/importer/parse/references'
import { fixture, idOf, tempArchive, upload, type TempArchive } from './helpers'

describe('detectRelations', () => {
  it.each([
    ['本办法自印发之日起施行，《兴县农村饮水安全管理办法》（兴政发〔2020〕5号）同时废止。', 'repeals', '兴政发〔2020〕5号'],
    ['现将《关于加强城区停车管理的通知》（兴政办发〔2019〕3号）予以废止。', 'repeals', '兴政办发〔2019〕3号'],
    ['对《兴县耕地保护办法》（兴政发〔2021〕7号）进行修订，修订后的全文如下：', 'amends', '兴政发〔2021〕7号'],
    ['现对《兴县殡葬管理办法》（兴政发〔2019〕2号）修改如下：', 'amends', '兴政发〔2019〕2号'],
    ['《兴县城区供暖管理办法》（兴政发〔2018〕12号）有效期延长至2025年12月31日。', 'extends', '兴政发〔2018〕12号'],
  ])('%s', (text, kind, docNumber) => {
    expect(detectRelations([text], null)).toEqual([{ kind, docNumber }])
  })

  it.each([
    '根据《山西省人民政府关于废止部分规章的决定》（晋政发〔2021〕3号）精神，现将有关事项通知如下。',
    '根据县政府《关于打造城乡绿色低碳建设运营商有关事项的通知》（兴政发〔2022〕10号）精神及本实施方案。',
    '依据《关于修改〈兴县物业管理办法〉的决定》（兴政发〔2021〕9号），现印发修订后的办法。',
  ])('cites without a relation: %s', (text) => {
    expect(detectRelations([text], null)).toEqual([])
  })

  it('never relates a document to itself', () => {
    expect(detectRelations(['兴政发〔2021〕7号同时废止。'], '兴政发〔2021〕7号')).toEqual([])
  })
})

describe('relations at import', () => {
  let t: TempArchive
  beforeAll(async () => {
    t = tempArchive()
    // The repealing issue first: the relation resolves whenever the target arrives.
    await t.api.importFiles({ sources: [upload('2021-01.txt', fixture('xingxian-2021-01.txt'))] })
    await t.api.importFiles({ sources: [upload('2020-01.txt', fixture('xingxian-2020-01.txt'))] })
  })
  afterAll(() => t.close())

  it('a repeal is shown on both documents, with the status 已废止', async () => {
    const old = await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2020〕5号') })
    const repealer = await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2021〕3号') })
    expect(old.status).toBe('repealed')
    expect(old.relations).toEqual([
      { kind: 'repeals', docNumber: '兴政发〔2020〕5号', targetId: old.id, direction: 'incoming', sourceId: repealer.id, sourceDocNumber: '兴政发〔2021〕3号', sourceTitle: repealer.title },
    ])
    expect(repealer.relations).toEqual([{ kind: 'repeals', docNumber: '兴政发〔2020〕5号', targetId: old.id, direction: 'outgoing' }])
    expect(repealer.status).toBeNull()
  })

  it('an extension is shown on both documents, with the status 有效期已延长', async () => {
    const old = await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2020〕6号') })
    const ext = await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2021〕4号') })
    expect(old.status).toBe('extended')
    expect(old.relations?.map((r) => [r.kind, r.direction, r.sourceId])).toEqual([['extends', 'incoming', ext.id]])
    expect(ext.relations?.map((r) => [r.kind, r.direction, r.targetId])).toEqual([['extends', 'outgoing', old.id]])
  })

  it('lists 文号 cited but not held, with the citing documents', async () => {
    const dangling = await t.api.listDanglingReferences({})
    const id = await idOf(t.api, '兴政发〔2021〕3号')
    expect(dangling).toEqual([{ docNumber: '晋政发〔2019〕12号', citedBy: [{ id, docNumber: '兴政发〔2021〕3号', title: '关于印发兴县农村供水工程运行管理办法的通知' }] }])
  })
})
