// Electron's shell methods with injected dialogs: grants, safe names, sample import.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDesktopShell, createPathGrants, safeFileName } from '../../../src/main/shell/desktop-shell'
import { createFakeApi } from '../server/fake-api'

function setup(folder: string | null, savePath: string | null = null) {
  const api = createFakeApi()
  const grants = createPathGrants()
  const printed: string[] = []
  const shell = createDesktopShell({
    api,
    sampleFile: '/app/resources/samples/s.txt',
    grants,
    chooseFolder: async () => folder,
    chooseSavePath: async () => savePath,
    printFile: async (f) => void printed.push(f),
  })
  return { api, grants, shell, printed }
}

describe('desktop shell', () => {
  it('grants the folder the dialog returned, and nothing else', async () => {
    const { shell, grants } = setup('/home/a/公报')
    expect(await shell.chooseImportFolder({})).toEqual([{ kind: 'path', path: '/home/a/公报' }])
    expect(grants.isGranted('/home/a/公报')).toBe(true)
    expect(grants.isGranted('/home/a')).toBe(false)
  })

  it('returns null when the dialog is cancelled', async () => {
    expect(await setup(null).shell.chooseImportFolder({})).toBeNull()
  })

  it('imports the bundled sample by its main-side path', async () => {
    const { shell, api } = setup(null)
    await shell.importSample({ replace: true })
    expect(api.calls[0]).toEqual({ method: 'importFiles', req: { sources: [{ kind: 'path', path: '/app/resources/samples/s.txt' }], replace: true } })
  })

  it('writes the PDF to a temp file before printing', async () => {
    const { shell, printed } = setup(null)
    await shell.printPdf({ fileName: '../../x', bytesBase64: 'JVBERi0=' })
    expect(printed[0]).toMatch(/gazette-print-.*x\.pdf$/)
    expect(existsSync(printed[0]) && readFileSync(printed[0], 'latin1')).toBe('%PDF-')
  })

  it.each([
    ['兴政发〔2022〕8号.pdf', '兴政发〔2022〕8号.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['a\\b\\c.pdf', 'c.pdf'],
    ['', '公报文件.pdf'],
  ])('safeFileName(%s) = %s', (input, out) => {
    expect(safeFileName(input)).toBe(out)
  })
})
