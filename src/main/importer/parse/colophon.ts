// The 版权页: provincial and State Council gazettes end the issue with who runs, edits, prints and
// prices it (主管 / 主办 / 编辑出版 / 地址 / 邮编 / 电话 / 印刷 / CN / ISSN / 定价 / 出版日期),
// under the gazette's name and issue. It is no document's text: the body ends where it starts.
import { compact, isBlank, type SourceLine } from './lines'
import type { NoiseTest } from './noise'

// A colophon line opens with its label ('主管：', '编辑出版：'; in a ruled table the label is a cell of
// its own: '主管单位\t南屏省人民政府') or is a serial number's line.
const LABELLED =
  /^(主管|主办|承办|编辑出版|编辑|出版|发行|出版发行|地址|社址|邮编|邮政编码|电话|传真|印刷|承印|国内统一连续出版物号|国际标准连续出版物号|刊号|定价|出版日期|网址|电子邮箱)(单位)?\s*([:：]|\t|\s{2})/
const SERIAL = /ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|CN\s*\d{2}\s*-\s*\d{4}\s*\/\s*[A-Z]/
// Only a publication has these: a notice that ends with an address, post code and telephone does not.
const PUBLISHER = /^(主管|主办|编辑出版|出版发行|印刷|承印|国内统一连续出版物号|国际标准连续出版物号|刊号|定价)/

// Over the labelled lines: the gazette's name, how often it comes out, the issue.
const FREQUENCY = /^[（(](半月|月|季|双月|旬)刊[）)]$/
const ISSUE = /^((19|20)\d{2}年)?第\d{1,3}期([(（]?总第\d+期[)）]?)?$/

function isColophonLine(t: string): boolean {
  // A two-character label is often letter-spaced to the width of the longer ones ('印　　刷：').
  const label = t.replace(/^(\S)[\s\u3000]+(\S)(?=\s*([:：]|\t))/, '$1$2')
  return LABELLED.test(label) || SERIAL.test(t)
}

/**
 * The first line of the 版权页 when the body's last lines [.., to) are one (at least three
 * labelled lines, two of them a publication's own), with the name, frequency and issue set over
 * it; else `to`.
 */
export function colophonStart(lines: SourceLine[], from: number, to: number, gazette: string, isNoise: NoiseTest): number {
  let labelled = 0
  let publisher = 0
  let top = to
  let i = to - 1
  for (; i >= from; i--) {
    const t = lines[i].text
    if (isBlank(t) || isNoise(t)) continue
    const c = compact(t)
    if (!isColophonLine(t.trim())) break
    labelled++
    if (PUBLISHER.test(c) || SERIAL.test(c)) publisher++
    top = i
  }
  if (labelled < 3 || publisher < 2) return to
  // The heading over it: the gazette's name (with 《》, or alone: a running head's shape), its
  // frequency, the issue.
  for (; i >= from; i--) {
    const t = lines[i].text
    if (isBlank(t)) continue
    if (isNoise(t)) {
      top = i
      continue
    }
    const c = compact(t).replace(/[《》]/g, '')
    if (c === gazette || FREQUENCY.test(c) || ISSUE.test(c)) top = i
    else break
  }
  return top
}
