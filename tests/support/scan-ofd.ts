// An image-only OFD (a scanned issue packed as OFD) built in memory, and strips of a typeset page
// rendered by poppler to fill it: for the scanned-OFD unit tests and the review screen's e2e.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { pdftoppm } from './pdftoppm'
import { REPO_ROOT } from './sample'

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'

export interface Img {
  file: string
  bytes?: Buffer
  boundary: string
  ctm?: string
  format?: string
}

/** A one-page OFD whose page holds only `images`, listed in DocumentRes under BaseLoc="Res". */
export async function scanOfd(page: [number, number], images: Img[]): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('OFD.xml', `<ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:Title>扫描</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`)
  zip.file('Doc_0/Document.xml', `<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${page[0]} ${page[1]}</ofd:PhysicalBox></ofd:PageArea>` +
    '<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
  const media = images.map((m, i) => `<ofd:MultiMedia ID="${10 + i}" Type="Image" Format="${m.format ?? 'PNG'}"><ofd:MediaFile>${m.file}</ofd:MediaFile></ofd:MultiMedia>`)
  zip.file('Doc_0/DocumentRes.xml', `<ofd:Res ${NS} BaseLoc="Res"><ofd:MultiMedias>${media.join('')}</ofd:MultiMedias></ofd:Res>`)
  images.forEach((m) => m.bytes && zip.file(`Doc_0/Res/${m.file}`, m.bytes))
  const objects = images.map((m, i) => `<ofd:ImageObject ID="${20 + i}" ResourceID="${10 + i}" Boundary="${m.boundary}"${m.ctm ? ` CTM="${m.ctm}"` : ''}/>`)
  zip.file('Doc_0/Pages/Page_0/Content.xml', `<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="2">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`)
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}

/** A full-width strip of a typeset page at 150 dpi (rows `y`..`y + h` in pixels), as poppler renders it. */
export function strip(page: number, y: number, h: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ofd-scan-'))
  try {
    const pdf = join(REPO_ROOT, 'tests/fixtures/typeset/tuning/county-1col-heads/county-1col-heads.pdf')
    const args = ['-f', String(page), '-l', String(page), '-r', '150', '-gray', '-png', '-x', '0', '-y', String(y), '-W', '1240', '-H', String(h)]
    pdftoppm([...args, pdf, join(dir, 'p')])
    return readFileSync(join(dir, `p-${String(page).padStart(2, '0')}.png`))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One A4-wide page of two images: the cover's gazette name, and below it a document's head (title, 文号). */
export async function coverAndHeadOfd(): Promise<Uint8Array> {
  const [cover, head] = [strip(1, 360, 240), strip(3, 100, 260)]
  const mm = (px: number): number => (px / 150) * 25.4
  return scanOfd([210, 92], [
    { file: 'cover.png', bytes: cover, boundary: `0 0 210 ${mm(240)}`, ctm: `210 0 0 ${mm(240)} 0 0` },
    { file: 'head.png', bytes: head, boundary: `0 45 210 ${mm(260)}`, ctm: `210 0 0 ${mm(260)} 0 0` },
  ])
}
