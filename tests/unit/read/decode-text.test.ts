// The encoding detector on short strings, where guessing is hardest.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText, scoreText } from '../../../src/main/importer/read/decode-text'

const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gb18030'))
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decodeText', () => {
  it.each([
    '兴县人民政府公报',
    '公报',
    '县政府文件',
    '联通',
    '兴政发〔2022〕8号',
    '2022年第2期（总第4期）',
    '关于印发全面落实保障农民工工资支付相关制度的通知',
    '附件：1. 兴县农民工工资支付监控预警平台',
    '兴县人民政府关于𠀀㐀的通知', // 4-byte GB18030 sequences (CJK extensions B and A)
  ])('reads GBK/GB18030 bytes of %s as GB18030', (s) => {
    expect(decodeText(gbk(s))).toEqual({ text: s, encoding: 'GB18030' })
  })

  // Hanzi with GBK lead C2–DF and trail A1–BF are also well-formed UTF-8 (Latin letters).
  it.each(['陆路', '鲁莽', '忙碌'])(
    'prefers GB18030 when %s would be valid UTF-8 but not CJK',
    (s) => {
      const bytes = gbk(s)
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow()
      expect(decodeText(bytes)).toEqual({ text: s, encoding: 'GB18030' })
    },
  )

  it.each([
    ['兴县人民政府公报', 'UTF-8'],
    ['plain ASCII notice 2022', 'UTF-8'],
    ['café résumé', 'UTF-8'],
    ['兴政发〔2022〕8号\n', 'UTF-8'],
  ])('reads UTF-8 %s as UTF-8', (s, encoding) => {
    expect(decodeText(utf8(s))).toEqual({ text: s, encoding })
  })

  it('strips a BOM and normalises line ends', () => {
    expect(decodeText(utf8('\ufeff兴县\r\n公报\r'))).toEqual({
      text: '兴县\n公报\n',
      encoding: 'UTF-8 BOM',
    })
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('公报', 'utf16le').swap16()])
    expect(decodeText(be)).toEqual({ text: '公报', encoding: 'UTF-16BE' })
  })

  it('finds BOM-less UTF-16 of pure Chinese, which has almost no NUL bytes', () => {
    const s = '兴县人民政府关于印发全面落实保障农民工工资支付相关制度的通知'
    expect(decodeText(Buffer.from(s, 'utf16le'))).toEqual({ text: s, encoding: 'UTF-16LE' })
    const be = Buffer.from(s, 'utf16le').swap16()
    expect(decodeText(be)).toEqual({ text: s, encoding: 'UTF-16BE' })
  })

  it('refuses binary data', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24)
    expect(decodeText(random)).toBeNull()
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0, 0, 1, 2, 3, 0]))).toBeNull()
    expect(decodeText(utf8('\x01\x02\x03\x04\x05\x06\x07\x08abc'))).toBeNull()
  })

  it('scores Chinese prose high and mojibake low', () => {
    expect(scoreText('兴县人民政府关于印发实施方案的通知')).toBeGreaterThan(0.95)
    expect(scoreText('\ufffd\ufffd\x01\x02abc')).toBeLessThan(0.6)
  })
})
