// The LibreOffice-made, hard-wrapped PDF of the sample: every 文号 and ≥ 98% of its hanzi survive.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { cjkCoverage, docNumberSet, fixture, sampleText } from './helpers'

describe('readSource on the sample PDF', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps every 文号 and the hanzi, one line per visual line, pages split by \\f', async () => {
    const sample = sampleText()
    const r = await readSource(fixture('xingxian-2022-02.pdf'), 'xingxian-2022-02.pdf')
    expect(r.mediaType).toBe('application/pdf')
    expect(r.detail).toMatch(/^PDF \d+ 页$/)
    const expected = docNumberSet(sample)
    expect(expected.size).toBeGreaterThan(20)
    expect([...expected].filter((n) => !docNumberSet(r.text).has(n))).toEqual([])
    expect(cjkCoverage(sample, r.text)).toBeGreaterThanOrEqual(0.98)
    const pages = Number(r.detail.match(/\d+/)?.[0])
    expect(r.text.split('\n').filter((l) => l === '\f')).toHaveLength(pages - 1)
    expect(r.text).toContain('\n（兴政发〔2022〕8号）……………1\n')
    // The line model: every line of the text, numbered as in the text, with its page and face.
    const textLines = r.text.split('\n')
    expect(r.lines.length).toBe(textLines.filter((l) => l.trim() !== '' && l !== '\f').length)
    for (const line of r.lines) expect(textLines[line.no - 1]).toBe(line.text)
    expect(r.lines.at(-1)?.layout?.page).toBe(pages)
    expect(r.lines.every((l) => l.layout?.columns === 1)).toBe(true)
    expect(r.lines.filter((l) => l.layout?.font === 'hei').length).toBeGreaterThan(r.lines.length * 0.9)
  })

  it('prints nothing to stdout while reading', async () => {
    const write = vi.spyOn(process.stdout, 'write')
    const log = vi.spyOn(console, 'log')
    const info = vi.spyOn(console, 'info')
    const warnings: string[] = []
    await readSource(fixture('xingxian-2022-02.pdf'), 'a.pdf', undefined, (m) => warnings.push(m))
    expect(write).not.toHaveBeenCalled()
    expect(log).not.toHaveBeenCalled()
    expect(info).not.toHaveBeenCalled()
  })

  it('gives up with TIMEOUT when the limit is too short', async () => {
    const read = readSource(fixture('xingxian-2022-02.pdf'), '第2期.pdf', { timeoutMs: 1 })
    await expect(read).rejects.toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('「第2期.pdf」'),
    })
  })
})
