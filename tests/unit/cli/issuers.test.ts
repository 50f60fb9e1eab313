// issuers through the CLI on the sample: list, rename, merge, undo — the same service as the app.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuerChange, IssuerOverview } from '../../../src/shared/issuer-names'
import { SAMPLE_TXT } from '../../support/sample'
import { cli, json } from './run-cli'

let dir: string
let db: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-issuers-'))
  db = join(dir, 'archive.db')
  expect(cli('import', SAMPLE_TXT, '--db', db, '--json').code).toBe(0)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const count = (o: IssuerOverview, name: string): number | undefined => o.issuers.find((i) => i.name === name)?.documents

describe('issuers', () => {
  it('lists, renames, merges and undoes', () => {
    const list = json<IssuerOverview>(cli('issuers', '--db', db, '--json'))
    expect(count(list, '兴县人民政府')).toBe(26)
    expect(count(list, '兴县人民政府办公室')).toBe(19)

    const renamed = cli('issuers', 'rename', '兴县人民政府办公室', '--to', '县政府办', '--db', db, '--editor', '王档案')
    expect(renamed.code).toBe(0)
    expect(renamed.stdout).toContain('已更名：兴县人民政府办公室 → 县政府办（19 份文件）')
    const merged = json<IssuerChange>(cli('issuers', 'merge', '县政府办', '--into', '兴县人民政府', '--db', db, '--json', '--editor', '王档案'))
    expect(merged).toMatchObject({ kind: 'merge', from: '县政府办', to: '兴县人民政府', documents: 19, editor: '王档案' })
    const after = json<IssuerOverview>(cli('issuers', 'list', '--db', db, '--json'))
    expect(after.issuers).toEqual([{ name: '兴县人民政府', documents: 45, aliases: ['兴县人民政府办公室', '县政府办'] }])

    const refused = cli('issuers', 'undo', String(merged.id - 1), '--db', db)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('请先撤销其后的合并：县政府办 → 兴县人民政府')
    expect(cli('issuers', 'undo', String(merged.id), '--db', db).code).toBe(0)
    expect(count(json<IssuerOverview>(cli('issuers', '--db', db, '--json')), '县政府办')).toBe(19)
  })
})
