// A PDF made at runtime with pdfkit: pages without text are warned about, stdout stays clean.
import PDFDocument from 'pdfkit'
import { describe, expect, it, vi } from 'vitest'
import { withQuietConsole } from '../../../src/main/importer/read/quiet-console'
import { readSource } from '../../../src/main/importer/read/read-source'

function makePdf(pages: string[]): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ autoFirstPage: false, compress: false })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    for (const text of pages) doc.addPage().font('Helvetica').fontSize(12).text(text, 72, 72)
    doc.end()
  })
}

describe('PDF pages without text', () => {
  it('are reported through onWarn, naming the file and the page', async () => {
    const pdf = await makePdf([
      'Notice on wage payment for migrant workers, 2022',
      '',
      'Page three text here.',
    ])
    const warnings: string[] = []
    const r = await readSource(pdf, '/in/第2期.pdf', undefined, (m) => warnings.push(m))
    expect(r.text).toBe(
      'Notice on wage payment for migrant workers, 2022\n\f\n\n\f\nPage three text here.',
    )
    expect(warnings).toEqual([expect.stringMatching(/^「第2期\.pdf」第 2 页没有文字/)])
  })

  it('make the file a scan when almost every page is empty', async () => {
    const pdf = await makePdf(['', '', '', '', '', '', '', '', '', '', '', '7'])
    await expect(readSource(pdf, 'scan.pdf')).rejects.toMatchObject({ code: 'SCANNED_PDF' })
  })
})

describe('withQuietConsole', () => {
  it('sends console output to the sink, never to stdout, and restores the console', async () => {
    const write = vi.spyOn(process.stdout, 'write')
    const original = console.log
    const got: string[] = []
    await withQuietConsole(
      (m) => got.push(m),
      async () => {
        console.log('Warning: %s', 'x')
        console.info('info')
      },
    )
    expect(got).toEqual(['Warning: x', 'info'])
    expect(write).not.toHaveBeenCalled()
    expect(console.log).toBe(original)
    write.mockRestore()
  })
})
