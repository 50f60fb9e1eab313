// Builds a folder of hostile and broken files beside two good issues (generated: the big ones
// would bloat the repository, and random bytes are best made fresh).
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import JSZip from 'jszip'
import { ROOT, SAMPLE, writeIssues } from './helpers'
import { readFileSync } from 'node:fs'

const FIXTURES = join(ROOT, 'tests/fixtures/files/bad')

/** A .docx whose document.xml inflates to `mb` megabytes from a few kilobytes. */
async function docxBomb(mb: number): Promise<Buffer> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
  zip.file('word/document.xml', Buffer.alloc(mb * 1024 * 1024, 0x20))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } })
}

/** A real cover, then thousands of bare 文号 lines (once quadratic for the parser, now linear). */
export function slowParseText(lines: number): string {
  const cover = readFileSync(SAMPLE, 'utf8').split('\n').slice(0, 40).join('\n')
  return `${cover}\n${'兴政发〔2022〕1号\n'.repeat(lines)}`
}

export interface BadFolder {
  dir: string
  /** file name → a phrase its refusal must contain */
  expected: Record<string, string>
  good: string[]
}

/** `limitBytes` is the size limit the import will run with: big.txt is made just over it. */
export async function makeBadFolder(root: string, limitBytes: number): Promise<BadFolder> {
  const dir = join(root, 'bad-folder')
  mkdirSync(dir, { recursive: true })
  const put = (name: string, bytes: Uint8Array | string): void => writeFileSync(join(dir, name), bytes)
  put('empty.txt', '')
  put('random-bytes.txt', randomBytes(64 * 1024))
  put('random.pdf', randomBytes(64 * 1024))
  put('random.docx', randomBytes(64 * 1024))
  put('broken-zip.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(4096)]))
  put('bomb.docx', await docxBomb(64))
  put('not-a-gazette.txt', '会议纪要\n\n今天下午召开了例会，讨论了食堂菜单。\n')
  put('big.txt', Buffer.alloc(limitBytes + 1024, 0x41))
  // As many lines as the size limit allows: the parse then outlasts the time limit and must stop
  // partway (24 bytes a line).
  put('slow.txt', slowParseText(Math.floor(limitBytes / 24) - 200))
  copyFileSync(join(FIXTURES, 'truncated.pdf'), join(dir, 'truncated.pdf'))
  copyFileSync(join(FIXTURES, 'scanned.pdf'), join(dir, 'scanned.pdf'))
  writeFileSync(join(root, 'secret.txt'), '外面的文件')
  symlinkSync(join(root, 'secret.txt'), join(dir, 'outside-link.txt'))
  const good = writeIssues(dir, [7, 8])
  const expected = {
    'empty.txt': '是空文件',
    'random-bytes.txt': '不是可识别的文本文件',
    'random.pdf': '不是有效的 PDF 文件',
    'random.docx': '不是有效的 Word 文件',
    'broken-zip.docx': '已损坏',
    'bomb.docx': '疑似压缩炸弹',
    'not-a-gazette.txt': '不是政府公报',
    'big.txt': '的上限，无法导入',
    'slow.txt': '仍未完成，已停止',
    'truncated.pdf': '损坏',
    'scanned.pdf': '扫描',
    'outside-link.txt': '指向所选文件夹之外',
  }
  return { dir, expected, good }
}
