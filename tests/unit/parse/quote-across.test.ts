// A bracketed 文号 that pdftotext -layout set on a line of its own inside a quoted title the text
// cites, the quote running on across it (tuning prov3-a4song.layout.txt 719–721, prov3-song.layout.txt
// 412–414: the 文号 set in another face, a little above the line it ends). It started a document of
// its own, titled by the sentence above (one invented document in each of prov3-song, -a4song and
// -song-bare -layout).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { parserText } from '../../support/perturb'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { quoteAcross, quoteOpenAbove } from '../../../src/main/importer/parse/quote-across'

const numbersOf = (text: string[]): (string | null)[] => splitDocuments(splitLines(text.join('\n')), 0, []).map((s) => s.docNumber)

describe('a 文号 cited inside a quoted title cut across its line', () => {
  it('a reply citing the request it answers is one document (prov3-a4song)', () => {
    expect(numbersOf([
      '国办函〔2004〕80 号', '', '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函', '湖北省人民政府：',
      '  你省《关于恳请解决巴东县官渡口镇马鬃山村', '           （鄂政文〔2004〕15 号）', '地质险情有关问题的请示》',
      '收悉。根据国务院领导同志批示，2004 年 4 月和', '9 月，国土资源部两次组成专家组赴你省巴东县官',
    ])).toEqual(['国办函〔2004〕80号'])
  })

  it('a notice quoting another in its sentence is one document (prov3-song)', () => {
    expect(numbersOf([
      '国办发〔1997〕2 号', '', '国务院办公厅转发国家地震局关于 1997 年地震', '趋势和加强防震减灾工作意见报告的通知', '各省、自治区、直辖市人民政府，国务院各部委、',
      '各直属机构：', '“九五”期间我国防震减灾工作目标，为在下世', '纪初全面实现防震减灾十年目标打下扎实的基', '础；要按照《国务院办公厅关于印发国家破坏',
      '          （国办发〔1996〕54 号）', '性地震应急预案的通知》', '精神，制定和进一步完善地震应急预案，切实', '做好应急准备工作，努力把地震灾害损失减轻',
    ])).toEqual(['国办发〔1997〕2号'])
  })

  it('a title that closes its quote before its 文号 still heads a document', () => {
    const lines = splitLines(['县人民政府关于印发《兴县冬季清洁取暖', '实施方案》的通知', '（兴政发〔2022〕8 号）', '各乡镇人民政府：'].join('\n'))
    expect(quoteAcross(lines, 2)).toBe(false)
    // Open above, but the line under opens another quote before it closes any.
    expect(quoteAcross(splitLines(['根据《吕梁市人民政府办公室关于印发', '（吕政办发〔2019〕23 号）', '、《山西省司法厅关于'].join('\n')), 1)).toBe(false)
  })

  it('a 文号 under a sentence that opens a quote and does not close it is cited, its quote\'s end read elsewhere (prov-sw-b5 -layout)', () => {
    // The columns' reading put '方案的通知》' after the 文号: '根据《吕梁市人民政府办公室关于印发' /
    // '吕梁市全面推行…执法全过' / '程记录制度…实施' / '（吕政办发〔2019〕23 号）'. It started a document of its own.
    const file = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-sw-b5', 'prov-sw-b5.layout.txt')
    const docs = parseIssue(parserText(readFileSync(file, 'utf8'))).documents
    expect(docs.map((d) => d.docNumber)).not.toContain('吕政办发〔2019〕23号')
    expect(docs).toHaveLength(8)
  })

  it('looks back over the sentence only: a title that closes its quote, or a quote closed before a finished sentence, heads a document', () => {
    const at = (text: string[]): boolean => quoteOpenAbove(splitLines(text.join('\n')), text.length - 1)
    expect(at(['县人民政府关于印发《兴县冬季清洁取暖', '实施方案》的通知', '（兴政发〔2022〕8 号）'])).toBe(false)
    expect(at(['请认真贯彻《条例', '》。', '兴县人民政府关于…的通知', '（兴政发〔2022〕9 号）'])).toBe(false)
    expect(at(['各乡镇人民政府：', '根据《吕梁市人民政府办公室关于印发', '吕梁市全面推行行政执法公示制度执法全过', '（吕政办发〔2019〕23 号）'])).toBe(true)
  })
})
