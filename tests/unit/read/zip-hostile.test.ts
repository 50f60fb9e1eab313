// Word files whose zip lies about its entries: refused before mammoth sees anything. Built at
// run time (tests/support/hostile-files.ts); each one was read in full by the old check.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { verifyDocxZip } from '../../../src/main/importer/read/zip-verify'
import {
  duplicateEntryDocx,
  entryPastCountDocx,
  unlistedLocalDocx,
  zipOf,
  documentXml,
} from '../../support/hostile-files'
import { fixture } from './helpers'

const HIDDEN = 5_000_000 // characters in the hidden part: 15 MB of XML from a few KB

describe('zip entries that are not listed consistently', () => {
  it('refuses a directory entry past the count the end record declares (JSZip reads it)', async () => {
    const bytes = entryPastCountDocx(HIDDEN)
    expect(bytes.length).toBeLessThan(200_000)
    // The trick works on JSZip: it sees three entries and the huge part wins.
    const seen = await JSZip.loadAsync(bytes)
    expect((await seen.file('word/document.xml')?.async('string'))?.length).toBeGreaterThan(HIDDEN)
    await expect(readSource(bytes, 'past-count.docx')).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringMatching(/^「past-count\.docx」已损坏（Word 压缩包的目录与内容不一致）/),
    })
  })

  it('refuses two entries with the same name', async () => {
    await expect(readSource(duplicateEntryDocx(HIDDEN), 'dup.docx')).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('「dup.docx」含有重复的压缩条目（word/document.xml）'),
    })
  })

  it('refuses a local entry that no directory entry lists', async () => {
    await expect(readSource(unlistedLocalDocx(), 'hidden.docx')).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('目录与内容不一致'),
    })
  })

  it('stops inflating at the cap, whatever the headers declare', async () => {
    const zip = zipOf([{ name: 'word/document.xml', content: documentXml(['甲'.repeat(300_000)]) }])
    // 900 KB of XML: fine under a 10 MB cap; under 500 KB it is refused mid-stream.
    await expect(verifyDocxZip(zip, 'a.docx', { maxTotal: 10_000_000, maxXml: 10_000_000 })).resolves.toBeInstanceOf(Uint8Array)
    await expect(verifyDocxZip(zip, 'a.docx', { maxTotal: 500_000, maxXml: 10_000_000 })).rejects.toMatchObject({ message: expect.stringContaining('疑似压缩炸弹') })
  })
})

describe('honest Word files still read the same', () => {
  it('rewrites the sample .docx into a zip JSZip reads entry for entry', async () => {
    const original = fixture('xingxian-2022-02.docx')
    const rewritten = await verifyDocxZip(original, 'x.docx', { maxTotal: 200 * 1024 * 1024, maxXml: 32 * 1024 * 1024 })
    const [a, b] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(rewritten)])
    expect(Object.keys(b.files)).toEqual(Object.keys(a.files))
    for (const name of Object.keys(a.files)) {
      const [was, is] = await Promise.all([a.file(name)!.async('nodebuffer'), b.file(name)!.async('nodebuffer')])
      // Buffer.equals: vitest's deep equality walks a megabyte element by element (seconds).
      expect(is.equals(was), name).toBe(true)
    }
  })

  it('reads a small hand-built document', async () => {
    const zip = zipOf([{ name: 'word/document.xml', content: documentXml(['兴县人民政府公报', '2022年第2期']) }])
    const r = await readSource(zip, 'small.docx')
    expect(r.text).toBe('兴县人民政府公报\n2022年第2期')
  })
})
