// The LibreOffice-made .docx of the sample, and zip bombs built at runtime with jszip.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { cjkCoverage, docNumberSet, fixture, sampleText } from './helpers'

const MB = 1024 * 1024

async function zipWithDocument(body: Uint8Array | string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
  zip.file('word/document.xml', body)
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 1 },
  })
}

// Rewrites the declared uncompressed size of every entry (local and central headers alike).
function understateSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip)
  const view = new DataView(out.buffer)
  for (let p = 0; p + 4 <= out.length; p++) {
    const sig = view.getUint32(p, true)
    if (sig === 0x04034b50) view.setUint32(p + 22, size, true)
    if (sig === 0x02014b50) view.setUint32(p + 24, size, true)
  }
  return out
}

describe('readSource on the sample .docx', () => {
  it('keeps every 文号 and the hanzi, without blank lines', async () => {
    const sample = sampleText()
    const warnings: string[] = []
    const r = await readSource(fixture('xingxian-2022-02.docx'), 'in/x.docx', {}, (m) =>
      warnings.push(m),
    )
    expect(warnings.every((m) => m.startsWith('「x.docx」'))).toBe(true)
    expect(r.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect([...docNumberSet(sample)].filter((n) => !docNumberSet(r.text).has(n))).toEqual([])
    expect(cjkCoverage(sample, r.text)).toBeGreaterThanOrEqual(0.98)
    expect(r.text).not.toMatch(/\n\s*\n/)
    expect(r.text).toContain('（兴政发〔2022〕8号）……………1')
  })

  it('writes a table row per line with tab-separated cells', async () => {
    const r = await readSource(fixture('table.docx'), 'table.docx')
    expect(r.text.split('\n')).toEqual([
      '兴县人民政府办公室关于公布政府工作部门权责清单的通知',
      '兴政办发〔2022〕15号',
      '序号\t单位\t联系电话',
      '1\t县财政局县审计局\t0358-6325063',
      '2\t县人力资源和社会保障局\t0358-6322011',
      '兴县人民政府办公室',
      '2022年6月1日',
    ])
  })

  it('is typed by content: a .docx renamed to .bin still reads', async () => {
    const r = await readSource(fixture('xingxian-2022-02.docx'), 'download.bin')
    expect(r.detail).toMatch(/^Word/)
  })
})

describe('zip bombs', () => {
  const refused = {
    code: 'CORRUPT_FILE',
    message: expect.stringMatching(/^「bomb\.docx」.*压缩炸弹/),
  }

  it('refuses ~300 MB of zeros declared inside a small file', async () => {
    const bomb = await zipWithDocument(new Uint8Array(300 * MB))
    expect(bomb.length).toBeLessThan(3 * MB)
    await expect(readSource(bomb, 'bomb.docx')).rejects.toMatchObject(refused)
  }, 60_000)

  it('refuses a compression ratio over 100 even under the size limit', async () => {
    const bomb = await zipWithDocument(new Uint8Array(20 * MB))
    await expect(readSource(bomb, 'bomb.docx')).rejects.toMatchObject(refused)
  })

  it('refuses an entry that inflates past the size its header declares', async () => {
    const bomb = understateSizes(await zipWithDocument(new Uint8Array(2 * MB)), 1000)
    await expect(readSource(bomb, 'bomb.docx')).rejects.toMatchObject(refused)
  })

  it('refuses a zip that is not a Word document', async () => {
    const zip = new JSZip()
    zip.file('readme.txt', '说明')
    const bytes = await zip.generateAsync({ type: 'uint8array' })
    await expect(readSource(bytes, 'files.zip')).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' })
  })
})
