// Electron's shell methods with injected dialogs: grants, safe names, sample import.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dirname } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDesktopShell, createPathGrants, pendingPrintTemps, removePrintTemps, safeExportName, safeFileName } from '../../../src/main/shell/desktop-shell'
import { createFakeApi } from '../../support/fake-api'

function setup(folder: string | null, savePath: string | null = null, asked: string[][] = [], print?: (f: string) => Promise<void>) {
  const api = createFakeApi()
  const grants = createPathGrants()
  const printed: string[] = []
  const seen: string[] = []
  const shell = createDesktopShell({
    api,
    sampleFile: '/app/resources/samples/s.txt',
    grants,
    chooseFolder: async () => folder,
    chooseSavePath: async (name, ext) => {
      asked.push([name, ext ?? ''])
      return savePath
    },
    printFile: async (f) => {
      printed.push(f)
      if (print) return print(f)
      seen.push(readFileSync(f, 'latin1'))
    },
  })
  return { api, grants, shell, printed, seen }
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

  it('writes the PDF to a temp file for printing, and removes it once printed', async () => {
    const { shell, printed, seen } = setup(null)
    await shell.printPdf({ fileName: '../../x', bytesBase64: 'JVBERi0=' })
    expect(printed[0]).toMatch(/gazette-print-.*x\.pdf$/)
    expect(seen[0]).toBe('%PDF-')
    expect(existsSync(printed[0])).toBe(false)
    expect(existsSync(dirname(printed[0]))).toBe(false)
    expect(pendingPrintTemps()).toBe(0)
  })

  it('removes the temp PDF when printing fails, and those of open prints on quit', async () => {
    const failing = setup(null, null, [], async () => {
      throw new Error('printer gone')
    })
    await expect(failing.shell.printPdf({ fileName: 'a.pdf', bytesBase64: 'JVBERi0=' })).rejects.toThrow('printer gone')
    expect(existsSync(failing.printed[0])).toBe(false)
    let release = (): void => {}
    const open = setup(null, null, [], () => new Promise<void>((ok) => (release = ok)))
    const printing = open.shell.printPdf({ fileName: 'b.pdf', bytesBase64: 'JVBERi0=' })
    await vi.waitFor(() => expect(open.printed).toHaveLength(1))
    expect(existsSync(open.printed[0])).toBe(true)
    removePrintTemps()
    expect(existsSync(open.printed[0])).toBe(false)
    release()
    await printing
  })

  it('grants the inbox folder the dialog returned, for setSettings', async () => {
    const { shell, grants } = setup('/home/a/收件')
    expect(await shell.chooseInboxFolder({})).toBe('/home/a/收件')
    expect(grants.isGranted('/home/a/收件')).toBe(true)
    expect(await setup(null).shell.chooseInboxFolder({})).toBeNull()
  })

  it('grants the backup folder the dialog returned (a USB stick), for backupArchive and listBackups', async () => {
    const { shell, grants } = setup('/media/usb')
    expect(await shell.chooseBackupFolder({ purpose: 'restore' })).toBe('/media/usb')
    expect(grants.isGranted('/media/usb')).toBe(true)
    expect(grants.isGranted('/media')).toBe(false)
    expect(await setup(null).shell.chooseBackupFolder({ purpose: 'backup' })).toBeNull()
  })

  it('saves a catalogue with its own extension and filter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-save-'))
    const asked: string[][] = []
    const { shell } = setup(null, join(dir, 'out.csv'), asked)
    expect(await shell.saveFile({ fileName: '../档案目录.csv', bytesBase64: Buffer.from('\ufeffa').toString('base64') })).toBe(join(dir, 'out.csv'))
    expect(asked[0]).toEqual(['档案目录.csv', 'csv'])
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('\ufeffa')
  })

  it.each([
    ['目录.xlsx', '目录.xlsx'],
    ['本期.zip', '本期.zip'],
    ['a/b.exe', 'b.exe.pdf'],
    ['.csv', '.csv.pdf'],
  ])('safeExportName(%s) = %s', (input, out) => {
    expect(safeExportName(input)).toBe(out)
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
