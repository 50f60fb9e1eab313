// Old Word (.doc): the typeset issues' .doc copies (LibreOffice's Word 97 export of the .docx) read
// to the same lines as the .docx (county-lo-autonum: list numbers written as text); the text's Word
// marks (fields, breaks, notes, tables) handled as the .docx reader handles them; and what is not a
// readable .doc refused in Chinese.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { readCompoundFile } from '../../../src/main/importer/read/ole-compound'
import { AppError } from '../../../src/shared/errors'
import { buildCfb, buildDoc, buildWordStreams } from '../../support/doc-files'
import { REPO_ROOT } from '../../support/sample'

const LIMITS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000 }
const typeset = (layout: string, ext: string): Uint8Array =>
  new Uint8Array(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.${ext}`)))

async function lines(bytes: Uint8Array, name = 'a.doc'): Promise<{ text: string; whole: boolean }[]> {
  const read = await readSource(bytes, name, LIMITS)
  return read.lines.map((l) => ({ text: l.text, whole: l.whole === true }))
}

async function refusal(bytes: Uint8Array, name = '公报.doc'): Promise<AppError> {
  const err = await readSource(bytes, name, LIMITS).then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

describe('.doc (Word 97-2003)', () => {
  it.each(['county-docx-joint', 'city-lo-decree', 'county-lo-noto', 'county-lo-2col', 'county-docx-masthead', 'county-lo-towns', 'county-lo-autonum'])(
    'reads %s.doc to the lines of its .docx, and the parser to the same documents',
    async (layout) => {
      const doc = await readSource(typeset(layout, 'doc'), `${layout}.doc`, LIMITS)
      const docx = await readSource(typeset(layout, 'docx'), `${layout}.docx`, LIMITS)
      expect(doc.mediaType).toBe('application/msword')
      expect(doc.detail).toMatch(/^Word 97-2003 \d+ 段$/)
      expect(doc.lines).toEqual(docx.lines)
      const a = parseIssue({ text: doc.text, lines: doc.lines })
      const b = parseIssue({ text: docx.text, lines: docx.lines })
      const fields = (d: (typeof a.documents)[number]): unknown[] => [d.title, d.docNumber, d.issuer, d.date, d.blocks.length]
      expect(a.documents.map(fields)).toEqual(b.documents.map(fields))
    },
    60_000,
  )

  it('keeps a field’s shown result and drops its code; nested fields too', async () => {
    const main = '目录\r\u0013 TOC \\o "1-3" \u0014\u0013 HYPERLINK \\l "_Toc1" \u0014关于印发方案的通知\t\u0013 PAGEREF _Toc1 \\h \u00143\u0015\u0015\u0015\r落款\u0013 DATE \\@ "yyyy年M月d日" \u00142022年5月6日\u0015\r'
    expect(await lines(buildDoc({ main }))).toEqual([
      { text: '目录', whole: true },
      { text: '关于印发方案的通知\t3', whole: true },
      { text: '落款2022年5月6日', whole: true },
    ])
  })

  it('cuts a paragraph at a soft line break or page break, its pieces not whole; a break at either end cuts nothing', async () => {
    const main = '兴县人民政府\u000b2022年5月24日\r第一段。\u000c第二段。\r标题\u000b\r'
    expect(await lines(buildDoc({ main }))).toEqual([
      { text: '兴县人民政府', whole: false },
      { text: '2022年5月24日', whole: false },
      { text: '第一段。', whole: false },
      { text: '第二段。', whole: false },
      { text: '标题', whole: true },
    ])
  })

  it('sets a footnote under the paragraph that refers to it, its mark dropped, never after the last document', async () => {
    const main = '正文第一段有注\u0002。\r正文第二段。\r'
    const doc = buildDoc({ main, notes: [{ ref: main.indexOf('\u0002'), text: '注释的内容。\r' }] })
    expect((await lines(doc)).map((l) => l.text)).toEqual(['正文第一段有注。', '注释的内容。', '正文第二段。'])
  })

  it('joins table cells by a tab; without paragraph properties a row ends at a doubled cell mark', async () => {
    const main = '表前\r姓名\u0007职务\u0007\u0007张三\u0007县长\u0007\u0007表后\r'
    expect((await lines(buildDoc({ main }))).map((l) => l.text)).toEqual(['表前', '姓名\t职务', '张三\t县长', '表后'])
  })

  it('drops pictures, annotation marks and other control characters', async () => {
    expect((await lines(buildDoc({ main: '图\u0001示\u0008文\u0005字\u001f。\r' }))).map((l) => l.text)).toEqual(['图示文字。'])
  })
})

describe('.doc refusals', () => {
  it('refuses a password-protected .doc, saying so', async () => {
    const err = await refusal(buildDoc({ main: '正文。\r', encrypted: true }))
    expect(err.code).toBe('UNSUPPORTED_FILE')
    expect(err.message).toBe('「公报.doc」设有打开密码（已加密），无法读取。请在 Word 或 WPS 中取消密码后再导入。')
  })

  it('refuses a password-protected .docx (an OLE file holding the encrypted package) the same way', async () => {
    const ole = buildCfb({ EncryptionInfo: new Uint8Array(100), EncryptedPackage: new Uint8Array(5000) })
    expect((await refusal(ole, '公报.docx')).message).toMatch(/设有打开密码/)
  })

  it('names an Excel or PowerPoint file, and a Word 95 one', async () => {
    expect((await refusal(buildCfb({ Workbook: new Uint8Array(10) }))).message).toMatch(/是 Excel 表格而不是 Word 文档/)
    expect((await refusal(buildCfb({ 'PowerPoint Document': new Uint8Array(10) }))).message).toMatch(/PowerPoint/)
    expect((await refusal(buildDoc({ main: '正文。', nFib: 0x65 }))).message).toMatch(/Word 95 或更早版本/)
  })

  it('says what a .doc really is when it is RTF, a web page, MHT or Word 2003 XML', async () => {
    const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
    expect((await refusal(enc('{\\rtf1\\ansi\\ansicpg936 正文}'))).message).toMatch(/实际是 RTF 格式文件.*另存为 \.docx/)
    expect((await refusal(enc('\ufeff<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>正文</body></html>'))).message).toMatch(/实际是网页（HTML）文件/)
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<html><body>x</body></html>').flatMap((c) => [c.charCodeAt(0), 0])])
    expect((await refusal(utf16)).message).toMatch(/实际是网页（HTML）文件/)
    expect((await refusal(enc('MIME-Version: 1.0\r\nContent-Type: multipart/related'))).message).toMatch(/MHT/)
    expect((await refusal(enc('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument>'))).message).toMatch(/Word 2003 XML/)
    const junk = await refusal(enc('兴县人民政府公报'))
    expect(junk.code).toBe('CORRUPT_FILE')
    expect(junk.message).toMatch(/不是有效的 Word 文件/)
  })

  it('refuses a truncated .doc as corrupt', async () => {
    const whole = typeset('county-docx-joint', 'doc')
    for (const keep of [8, 600, 4096, Math.floor(whole.length / 2), whole.length - 512]) {
      const err = await refusal(whole.subarray(0, keep))
      expect(err.code, `${keep} bytes`).toBe('CORRUPT_FILE')
      expect(err.message).toMatch(/已损坏/)
    }
  })

  it('refuses a .doc whose text exceeds the cap before decoding it', async () => {
    const err = await readSource(buildDoc({ main: '正文。'.repeat(1000) }), 'a.doc', { ...LIMITS, maxDocxXml: 1000 }).catch((e: unknown) => e as AppError)
    expect((err as AppError).code).toBe('FILE_TOO_LARGE')
  })
})

describe('.doc hostile bytes', () => {
  const streams = buildWordStreams({ main: '正文。\r' })

  it('refuses cyclic sector chains at once (a two-sector cycle, a self-loop, a cycle in the directory)', async () => {
    const cycles = [
      buildCfb(streams, { fat: (fat, s) => void (fat[s[0].first + 1] = s[0].first) }),
      buildCfb(streams, { fat: (fat, s) => void (fat[s[1].first + 3] = s[1].first + 3) }),
      buildCfb(streams, { fat: (fat, s) => void (fat[s[1].first + s[1].count] = s[1].first + s[1].count) }),
    ]
    for (const bytes of cycles) {
      const t = Date.now()
      expect((await refusal(bytes)).code).toBe('CORRUPT_FILE')
      expect(Date.now() - t).toBeLessThan(2000)
    }
  })

  it('refuses absurd sizes without allocating them: a stream of 4 GB, a FAT of 2^31 sectors, a piece of 2^30 characters', async () => {
    const big = buildCfb(streams, { sizes: { WordDocument: 0xfffffff0 } })
    expect((await refusal(big)).code).toBe('CORRUPT_FILE')
    const fatCount = buildDoc({ main: '正文。' })
    new DataView(fatCount.buffer).setInt32(44, 0x7fffffff, true)
    expect((await refusal(fatCount)).code).toBe('CORRUPT_FILE')
    const piece = buildWordStreams({ main: '正文。' })
    // The piece's end CP (in the PlcPcd after the Clx's 0x02 and size) claims 2^30 characters.
    new DataView(piece['1Table'].buffer).setUint32(9, 0x40000000, true)
    const err = await refusal(buildCfb(piece))
    expect(['CORRUPT_FILE', 'FILE_TOO_LARGE']).toContain(err.code)
  })

  it('refuses a piece table pointing past the WordDocument stream, and a directory naming no Word stream', async () => {
    const past = buildWordStreams({ main: '正文。' })
    new DataView(past['1Table'].buffer).setUint32(15, 0x7ffffff0, true)
    expect((await refusal(buildCfb(past))).code).toBe('CORRUPT_FILE')
    expect((await refusal(buildCfb({ Other: new Uint8Array(10) }))).message).toMatch(/不是 Word 文档/)
  })

  it('survives every single-byte corruption of a small .doc header and FIB with a refusal or text', async () => {
    const base = buildDoc({ main: '兴县人民政府公报。\r' })
    const wdAt = 512 // WordDocument is the first stream: sector 0
    const offsets = [...Array.from({ length: 80 }, (_, i) => i), ...Array.from({ length: 160 }, (_, i) => wdAt + i * 4)]
    for (const at of offsets) {
      for (const v of [0x00, 0xff, 0x7f]) {
        const bytes = base.slice()
        bytes[at] = v
        const out = await readSource(bytes, 'a.doc', LIMITS).then(
          () => 'read',
          (e: unknown) => (e instanceof AppError ? 'refused' : `threw ${String(e)}`),
        )
        expect(out, `byte ${at} = ${v}`).toMatch(/^(read|refused)$/)
      }
    }
  }, 60_000)

  it('reads the compound file of a real .doc with its streams', () => {
    const cfb = readCompoundFile(typeset('county-lo-noto', 'doc'))
    expect(cfb.stream('WordDocument')?.length).toBeGreaterThan(1000)
    expect(cfb.stream('Nothing')).toBeNull()
  })
})
