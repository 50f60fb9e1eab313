// Every bad input is refused with the right code and a Chinese message naming the file.
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import { readSource } from '../../../src/main/importer/read/read-source'
import { badFixture, fixture } from './helpers'

async function refusal(bytes: Uint8Array, name: string, limits = {}): Promise<AppError> {
  const err = await readSource(bytes, `/some/folder/${name}`, limits).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

describe('refused files', () => {
  it.each([
    ['empty.txt', 'EMPTY_FILE', /空文件/],
    ['random-bytes.txt', 'CORRUPT_FILE', /不是可识别的文本文件/],
    ['random.pdf', 'CORRUPT_FILE', /不是有效的 PDF/],
    ['truncated.pdf', 'CORRUPT_FILE', /不是有效的 PDF|损坏/],
    [
      'scanned.pdf',
      'SCANNED_PDF',
      /是扫描件（没有文字层），无法导入。请使用带文字层的 PDF 或 Word 文件。/,
    ],
    ['broken.docx', 'CORRUPT_FILE', /已损坏/],
    ['notes.md', 'UNSUPPORTED_FILE', /格式不受支持/],
  ])('%s → %s', async (name, code, text) => {
    const err = await refusal(badFixture(name), name)
    expect(err.code).toBe(code)
    expect(err.message.startsWith(`「${name}」`)).toBe(true)
    expect(err.message).toMatch(text)
  })

  it('accepts ordinary Chinese prose (the parser, not the reader, rejects it)', async () => {
    const r = await readSource(badFixture('not-a-gazette.txt'), 'not-a-gazette.txt')
    expect(r.text).toContain('老槐树')
  })

  it('refuses whitespace only as EMPTY_FILE', async () => {
    const err = await refusal(new TextEncoder().encode(' \r\n\u3000\n\t'), '空白.txt')
    expect(err.code).toBe('EMPTY_FILE')
  })

  it('refuses a file over maxBytes as FILE_TOO_LARGE', async () => {
    const err = await refusal(fixture('xingxian-2022-02.pdf'), '第2期.pdf', { maxBytes: 1024 })
    expect(err.code).toBe('FILE_TOO_LARGE')
    expect(err.message).toMatch(/^「第2期\.pdf」大小为 .* MB，超过/)
  })

  it('refuses a cut-off old .doc as corrupt (read-doc.test.ts has the rest), and a .pdf holding text', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])
    expect((await refusal(doc, '通知.doc')).message).toMatch(/^「通知\.doc」已损坏/)
    const text = new TextEncoder().encode('兴县人民政府公报')
    expect((await refusal(text, 'a.pdf')).code).toBe('CORRUPT_FILE')
  })

  it('wraps whatever goes wrong inside as an AppError', async () => {
    const fake = new Uint8Array(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'))
    const err = await refusal(fake, 'x.pdf')
    expect(err.code).toBe('CORRUPT_FILE')
    expect(err.message).toMatch(/^「x\.pdf」/)
  })
})
