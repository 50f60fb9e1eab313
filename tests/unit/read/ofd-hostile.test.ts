// OFD packages that are broken or hostile: each refused with a clear Chinese reason naming the
// file, never a crash, a hang or a read outside the package; signed files import with a note.
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildOfd } from '../../../src/main/export/ofd-build'
import { readSource } from '../../../src/main/importer/read/read-source'
import { isAppError } from '../../../src/shared/errors'

const LINES = [
  '兴县人民政府关于印发全面落实保障农民工工资支付相关制度的通知',
  '各乡（镇）人民政府，各有关单位：为了进一步贯彻落实保障农民工工资支付条例，现通知如下。',
]

/** A small valid package (one page of two lines), as our writer makes it. */
function validOfd(): Promise<Buffer> {
  const runs = LINES.map((text, i) => ({ x: 28, y: 40 + i * 10, text, font: 1, size: 5.6, deltaX: [...text].slice(1).map(() => 5.6), width: [...text].length * 5.6 }))
  return buildOfd({
    width: 210,
    height: 297,
    pages: [{ runs, rules: [] }],
    fonts: [{ id: 1, fontName: 'FandolFang-Regular', familyName: '仿宋' }],
    info: { title: '测试' },
    custom: { 文号: '兴政发〔2022〕8号' },
  })
}

async function edit(change: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await validOfd())
  await change(zip)
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}

async function refusal(bytes: Uint8Array, limits = {}): Promise<{ code: string; message: string }> {
  try {
    await readSource(bytes, '坏.ofd', limits)
  } catch (err) {
    if (isAppError(err)) return { code: err.code, message: err.message }
    throw err
  }
  throw new Error('was read')
}

const replaceIn = (path: string, from: string | RegExp, to: string) => async (zip: JSZip) => {
  zip.file(path, (await zip.file(path)!.async('string')).replace(from, to))
}

describe('OFD reader on malformed packages', () => {
  it('reads the valid package it is given', async () => {
    const src = await readSource(await validOfd(), '好.ofd')
    expect(src.mediaType).toBe('application/ofd')
    expect(src.text.replace(/\s/g, '')).toBe(LINES.join(''))
    expect(src.meta?.文号).toBe('兴政发〔2022〕8号')
  })

  it.each([
    ['no OFD.xml', (z: JSZip) => void z.remove('OFD.xml'), /「坏\.ofd」不是完整的 OFD 文件（缺少入口文件 OFD\.xml）/],
    ['no Document.xml', (z: JSZip) => void z.remove('Doc_0/Document.xml'), /文档根 Doc_0\/Document\.xml 不存在/],
    ['no page content', (z: JSZip) => void z.remove('Doc_0/Pages/Page_0/Content.xml'), /第 1 页 Pages\/Page_0\/Content\.xml 不存在/],
    ['a wrong DocRoot path', replaceIn('OFD.xml', 'Doc_0/Document.xml', 'Doc_9/Document.xml'), /文档根 Doc_9\/Document\.xml 不存在/],
    ['a reference climbing out', replaceIn('Doc_0/Document.xml', 'Pages/Page_0/Content.xml', '../../../etc/passwd'), /引用路径「\.\.\/\.\.\/\.\.\/etc\/passwd」指向压缩包之外/],
    ['malformed XML', replaceIn('Doc_0/Pages/Page_0/Content.xml', '</ofd:Layer>', ''), /第 1 页 .*不是有效的 XML：标签不匹配/],
    ['an entity definition', replaceIn('OFD.xml', '<ofd:OFD', '<!DOCTYPE x [<!ENTITY a "aaaa">]><ofd:OFD'), /不是有效的 XML：含 DOCTYPE 或实体定义/],
    ['no DocBody', replaceIn('OFD.xml', /<ofd:DocBody>[^]*<\/ofd:DocBody>/, ''), /OFD\.xml 中没有 DocBody/],
  ])('refuses a package with %s, saying why', async (_name, change, reason) => {
    const r = await refusal(await edit(change))
    expect(r.code).toBe('CORRUPT_FILE')
    expect(r.message).toMatch(reason)
  })

  it('refuses an entry named with .. before reading anything', async () => {
    const bytes = await edit((z) => void z.file('Doc_0/../../evil.xml', '<a/>'))
    const r = await refusal(bytes)
    expect(r.message).toMatch(/^「坏\.ofd」含有不安全的路径（Doc_0\/\.\.\/.*），已拒绝。$/)
  })

  it('refuses XML past the limit, and a zip bomb, by their declared sizes', async () => {
    // Text that compresses as real text does (not a bomb): hanzi from a simple generator.
    let seed = 7
    const hanzi = Array.from({ length: 700 * 1024 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 3000)))
    const huge = await edit((z) => void z.file('Doc_0/Pages/Page_0/Content.xml', `<ofd:Page>${hanzi.join('')}</ofd:Page>`))
    const big = await refusal(huge, { maxDocxXml: 1024 * 1024 })
    expect(big).toEqual({ code: 'FILE_TOO_LARGE', message: expect.stringMatching(/「坏\.ofd」的文字内容过大（XML 共 2 MB，上限 1 MB）/) })
    const bomb = await edit((z) => void z.file('Doc_0/Res/zeros.bin', Buffer.alloc(8 * 1024 * 1024)))
    expect((await refusal(bomb)).message).toMatch(/压缩比异常，疑似压缩炸弹/)
  })

  it('refuses a part that inflates past its declared size', async () => {
    const bytes = new Uint8Array(await validOfd())
    const view = new DataView(bytes.buffer)
    const name = new TextEncoder().encode('Doc_0/Pages/Page_0/Content.xml')
    // Declare the page part 100 bytes smaller in its local header and in the central directory.
    for (let p = 0; p + 46 < bytes.length; p++) {
      const sig = view.getUint32(p, true)
      const at = sig === 0x04034b50 ? [30, 26, 22] : sig === 0x02014b50 ? [46, 28, 24] : null
      if (!at || view.getUint16(p + at[1], true) !== name.length) continue
      if (!name.every((b, k) => bytes[p + at[0] + k] === b)) continue
      view.setUint32(p + at[2], view.getUint32(p + at[2], true) - 100, true)
    }
    const r = await refusal(bytes)
    expect(r.message).toBe('「坏.ofd」的部件 Doc_0/Pages/Page_0/Content.xml 无法解压（损坏或大于声明的大小），已拒绝。')
  })

  it('refuses an encrypted OFD with a clear reason', async () => {
    const r = await refusal(await edit((z) => void z.file('Encryptions.xml', '<ofd:Encryptions xmlns:ofd="http://www.ofdspec.org/2016"/>')))
    expect(r.message).toBe('「坏.ofd」是加密的 OFD 文件（需要密钥或密码才能打开），无法导入。请提供未加密的文件。')
  })

  it('refuses an image-only OFD as a scan, for the import to read by OCR', async () => {
    const r = await refusal(await edit(async (z) => {
      await replaceIn('Doc_0/Pages/Page_0/Content.xml', /<ofd:TextObject[^]*<\/ofd:TextObject>/, '<ofd:ImageObject ID="90" Boundary="0 0 210 297" ResourceID="91"/>')(z)
    }))
    expect(r.code).toBe('SCANNED_PDF')
    expect(r.message).toBe('「坏.ofd」是只含图片的 OFD（扫描件，没有文字层），需经文字识别（OCR）才能导入。')
  })

  it('imports a signed OFD, noting the seals as kept and not verified', async () => {
    const bytes = await edit(async (z) => {
      await replaceIn('OFD.xml', '</ofd:DocRoot>', '</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>')(z)
      z.file('Doc_0/Signs/Signatures.xml', '<ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>')
    })
    const warnings: string[] = []
    const src = await readSource(bytes, '签章.ofd', {}, (w) => warnings.push(w))
    expect(src.detail).toBe('OFD 1 页，含电子签章 1 个（未验证）')
    expect(warnings).toEqual(['「签章.ofd」含电子签章或签名 1 个，已随原件一并保存，未验证其有效性。'])
  })

  it('refuses a .ofd that is not a zip', async () => {
    const r = await refusal(new TextEncoder().encode('这不是压缩包'))
    expect(r.message).toBe('「坏.ofd」不是有效的 OFD 文件（不是 OFD 压缩包），可能已损坏，无法导入。')
  })
})

describe('OFD number arrays', () => {
  it('expands g repeats, and caps a hostile count', async () => {
    const { numbers } = await import('../../../src/main/importer/read/ofd/ofd-text')
    expect(numbers('1 g 3 2.5 4')).toEqual([1, 2.5, 2.5, 2.5, 4])
    expect(numbers(Array.from({ length: 50 }, () => 'g 1000000000 1').join(' ')).length).toBe(100_000)
  })
})
