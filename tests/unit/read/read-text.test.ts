// Every encoding of the sample issue decodes to exactly the UTF-8 original.
import { describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { fixture, sampleText } from './helpers'

describe('readSource on text files', () => {
  const sample = sampleText()

  it.each([
    ['xingxian-2022-02.gb18030.txt', 'GB18030'],
    ['xingxian-2022-02.utf16le.txt', 'UTF-16LE'],
    ['xingxian-2022-02.utf16be.txt', 'UTF-16BE'],
    ['xingxian-2022-02.crlf.txt', 'UTF-8'],
    ['xingxian-2022-02.bom.txt', 'UTF-8 BOM'],
  ])('%s decodes as %s to the sample', async (name, encoding) => {
    const r = await readSource(fixture(name), name)
    expect(r.mediaType).toBe('text/plain')
    expect(r.detail).toBe(encoding)
    expect(r.text === sample).toBe(true)
  })

  it('reads the UTF-8 sample itself unchanged', async () => {
    const r = await readSource(new TextEncoder().encode(sample), '第2期.txt')
    expect(r.detail).toBe('UTF-8')
    expect(r.text === sample).toBe(true)
  })

  it('normalises lone CR line ends and BOM-less UTF-16', async () => {
    const cr = await readSource(new TextEncoder().encode('兴县\r公报\r\n第2期\n'), 'a.txt')
    expect(cr.text).toBe('兴县\n公报\n第2期\n')
    const le = Buffer.from('2022 年第 2 期\n兴政发〔2022〕8号\n', 'utf16le')
    const r = await readSource(le, 'b.txt')
    expect(r.detail).toBe('UTF-16LE')
    expect(r.text).toBe('2022 年第 2 期\n兴政发〔2022〕8号\n')
  })
})
