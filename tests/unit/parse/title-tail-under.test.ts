// A title whose 文号 is set flush right on its last line (city-xe-one2-numright): pdftotext writes the
// 文号 before that line's text, so the title's tail stands under the 文号. Real lines of
// city-xe-one2-numright.txt (196–199 and 285–288).
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'

describe('a title whose tail stands under its 文号 (city-xe-one2-numright.txt)', () => {
  it('takes the tail into the title: the body starts with the recipients', () => {
    const text = [
      '国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况',
      '（国办发〔2004〕7 号）',
      '的通报',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '2003 年，全国安全生产形势总体稳定，生产安全事故总起数和死亡总人数比上年都有所下降。',
      '',
      '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实',
      '（国办发〔2018〕127 号）',
      '工作的通知',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '党中央、国务院高度重视激发科研人员创新积极性。',
    ].join('\n')
    const spans = splitDocuments(splitLines(text), 0, [])
    expect(spans.map((s) => [s.docNumber, s.header, s.bodyStart])).toEqual([
      ['国办发〔2004〕7号', [0, 2], 3],
      ['国办发〔2018〕127号', [6, 8], 9],
    ])
  })

  it('leaves a title that ends in its 文种 over the 文号 as it is', () => {
    const text = [
      '国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函',
      '（国办函〔2004〕80 号）',
      '湖北省人民政府：',
      '你省《关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示》收悉。',
    ].join('\n')
    const [span] = splitDocuments(splitLines(text), 0, [])
    expect([span.header, span.bodyStart]).toEqual([[0], 2])
  })
})
