// The CLI end to end over an archive built in-process (no parser needed): docs, show, verify,
// backup/restore, errors. The sample-issue run lives in sample-import.test.ts.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive/open-archive'
import { listSourceFiles } from '../../../src/main/db/source-files'
import { importFiles } from '../../../src/main/importer/import-files'
import { readSource } from '../../../src/main/importer/read/read-source'
import { checkPdfA } from '../../../src/main/export/pdfa-check'
import { byExtensionPipeline, fakePipeline, issueFile, makeDoc, makeIssue } from '../db/make-issue'
import { cli, json } from './run-cli'

const DOCS_KEYS = [
  'id', 'gazette', 'year', 'issueNo', 'totalNo', 'seq', 'docNumber', 'title', 'tocTitle', 'category',
  'docType', 'issuer', 'recipients', 'date', 'public', 'tocPage', 'consult',
  // Added beside the contract's keys (issue 12): every issuer, the parser's confidence and reasons.
  'issuers', 'confidence', 'reasons',
]

let dir: string
let db: string

async function buildArchive(file: string): Promise<void> {
  const a = openArchive(file, { create: true })
  const docs = [makeDoc(1), makeDoc(2, { docNumber: '兴政函〔2022〕28号', docNumberRaw: '兴政函〔2022〕28号' })]
  await importFiles(a, [{ name: 'xingxian-2022-02.txt', bytes: issueFile(makeIssue(2, docs)) }], { pipeline: fakePipeline })
  a.close()
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-test-'))
  db = join(dir, 'archive.db')
  await buildArchive(db)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('archive CLI', () => {
  it('docs --json prints one JSON array with the contract keys', () => {
    const r = cli('docs', '--db', db, '--json')
    expect(r.code).toBe(0)
    const docs = json<Record<string, unknown>[]>(r)
    expect(docs).toHaveLength(2)
    expect(Object.keys(docs[0])).toEqual(DOCS_KEYS)
    expect(docs[1]).toMatchObject({ docNumber: '兴政函〔2022〕28号', public: true, issueNo: 2, consult: { phone: '6322389' } })
  })

  it('show accepts a 文号 in any spelling and gives paragraphs', () => {
    const r = cli('show', '--json', '兴政函(2022)28', '--db', db)
    expect(r.code).toBe(0)
    const doc = json<{ docNumber: string; paragraphs: string[] }>(r)
    expect(doc.docNumber).toBe('兴政函〔2022〕28号')
    expect(doc.paragraphs[0]).toContain('农民工工资')
    const human = cli('show', '兴政函〔2022〕28号', '--db', db)
    expect(human.stdout).toContain('文号：兴政函〔2022〕28号')
    const missing = cli('show', '兴政函〔2022〕99号', '--db', db, '--json')
    expect(missing.code).not.toBe(0)
    expect(json<{ error: { code: string } }>(missing).error.code).toBe('NOT_FOUND')
  })

  it('search delegates to the service and prints one JSON value', () => {
    const r = cli('search', '工作的通知', '--db', db, '--json', '--limit', '5')
    expect(r.code).toBe(0)
    const result = json<{ tookMs: number; total: number; hits: { id: number }[] }>(r)
    expect(typeof result.tookMs).toBe('number')
    expect(result.total).toBe(2) // both documents of the archive are 通知 about 工作
    expect(result.hits).toHaveLength(2)
  })

  it('export writes one PDF per document into a folder', () => {
    const out = join(dir, 'pdfs')
    const r = cli('export', '兴政函(2022)28', '--db', db, '--out', out)
    expect(r.code).toBe(0)
    const files = readdirSync(out)
    expect(files).toHaveLength(1)
    expect(readFileSync(join(out, files[0])).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('export --format ofd and pdfa write OFD and PDF/A; a third format is refused', async () => {
    const ofd = join(dir, '28.ofd')
    expect(cli('export', '兴政函(2022)28', '--db', db, '--out', ofd, '--format', 'ofd').code).toBe(0)
    const read = await readSource(readFileSync(ofd), ofd)
    expect(read.meta?.文号).toBe('兴政函〔2022〕28号')
    const pdfa = join(dir, '28.pdf')
    expect(cli('export', '兴政函(2022)28', '--db', db, '--out', pdfa, '--format', 'pdfa').code).toBe(0)
    expect(checkPdfA(readFileSync(pdfa)).ok).toBe(true)
    const bad = cli('export', '兴政函(2022)28', '--db', db, '--out', pdfa, '--format', 'doc')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('--format 只能是 pdf、pdfa 或 ofd（收到「doc」）')
  })

  it('docs and verify on a path without an archive say so, exit non-zero and create nothing', () => {
    const where = join(dir, 'nothing-here')
    for (const cmd of ['docs', 'verify']) {
      const r = cli(cmd, '--db', join(where, 'archive.db'), '--json')
      expect(r.code).not.toBe(0)
      expect(r.stderr).toContain('还没有档案库')
    }
    expect(existsSync(where)).toBe(false)
  })

  it('import --json reports refusals as data and exits non-zero when something failed', () => {
    const doc = join(dir, 'old.doc')
    writeFileSync(doc, 'x')
    const r = cli('import', doc, '--db', join(dir, 'other.db'), '--json')
    expect(r.code).toBe(1)
    expect(json(r)).toEqual({ imported: [], skipped: [], failed: [{ file: doc, error: expect.stringContaining('.doc'), code: 'CORRUPT_FILE', sourceIndex: 0 }] })
  })

  it('verify passes, then names a corrupted original and fails', () => {
    const ok = cli('verify', '--db', db)
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('检查通过')
    const copy = join(dir, 'corrupt')
    expect(cli('backup', '--db', db, '--out', copy).code).toBe(0)
    const a = openArchive(join(copy, 'archive.db'))
    const [src] = listSourceFiles(a.db)
    a.close()
    writeFileSync(join(copy, 'archive.files', src.storedPath), 'tampered')
    const bad = cli('verify', '--db', join(copy, 'archive.db'))
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('xingxian-2022-02.txt')
    expect(bad.stdout).toContain('大小不符') // compared before hashing
  })

  it('backup and restore round-trip; restore keeps the replaced archive and refuses a damaged backup', async () => {
    const bk = join(dir, 'bk')
    expect(cli('backup', '--db', db, '--out', bk).code).toBe(0)
    const target = join(dir, 'restored', 'archive.db')
    await buildArchive(target) // something to be replaced
    const a = openArchive(target)
    a.db.prepare('DELETE FROM documents WHERE seq = 1').run()
    a.close()
    const r = cli('restore', '--from', bk, '--db', target)
    expect(r.code).toBe(0)
    expect(json(cli('docs', '--db', target, '--json'))).toEqual(json(cli('docs', '--db', db, '--json')))
    expect(readdirSync(join(dir, 'restored')).some((n) => n.startsWith('archive.before-restore-'))).toBe(true)
    expect(cli('verify', '--db', target).code).toBe(0)

    writeFileSync(join(bk, 'archive.db'), 'not a database')
    const refused = cli('restore', '--from', bk, '--db', target)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('大小不符：archive.db')
    expect(cli('verify', '--db', target).code).toBe(0)
  }, 120_000) // nine CLI processes one after another: a loaded machine takes over 30 s

  it('issues --json lists each issue with its originals; --original N --out F saves one', async () => {
    const file = join(dir, 'two-originals.db')
    const a = openArchive(file, { create: true })
    const bytes = (salt: string) => issueFile(makeIssue(3), salt)
    await importFiles(a, [{ name: '第3期.txt', bytes: bytes('txt') }, { name: '第3期.ofd', bytes: bytes('ofd') }], { pipeline: byExtensionPipeline })
    a.close()
    const list = json<{ id: number; issueNo: number; documentCount: number; originals: { id: number; fileName: string; format: string; size: number; ordinal: number }[] }[]>(
      cli('issues', '--db', file, '--json'),
    )
    expect(list.map((i) => [i.issueNo, i.documentCount])).toEqual([[3, 2]])
    expect(list[0].originals.map((o) => [o.ordinal, o.fileName, o.format, o.size])).toEqual([
      [1, '第3期.txt', '文本', bytes('txt').length],
      [2, '第3期.ofd', 'OFD', bytes('ofd').length],
    ])
    const out = join(dir, 'saved.ofd')
    const saved = cli('issues', String(list[0].id), '--original', String(list[0].originals[1].id), '--out', out, '--db', file)
    expect(saved.code).toBe(0)
    expect(readFileSync(out)).toEqual(Buffer.from(bytes('ofd')))
  })

  it('prints Chinese help and rejects unknown options without a stack trace', () => {
    expect(cli('--help').stdout).toContain('用法')
    const bad = cli('docs', '--db', db, '--frobnicate')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('未知选项')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})
