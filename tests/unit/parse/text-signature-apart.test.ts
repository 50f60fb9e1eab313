// A 令's signature that pdftotext wrote apart on a two-column page (text-signature-apart.ts): the
// office, the other column's rows, then the holder's name over the date. The excerpt is
// prov-xe-unbal-b.txt's decree (沅江省人民政府令, XeLaTeX, unbalanced columns); the PDF shows
// '省长　韩立钧' on one row over '2018 年 11 月 6 日'.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pairOfficeNames } from '../../../src/main/importer/parse/text-signature-apart'

const DECREE = `《专利代理条例》已经 2018 年 9 月 6 日国务院第
23 次常务会议修订通过，现将修订后的《专利代

国务院专利行政部门依法对专利代理行业组
织进行监督、指导。

理条例》公布，自 2019 年 3 月 1 日起施行。
省长

专利代理机构和专利代理师

第七条

专利代理机构的组织形式应当为合

韩立钧

第二章

2018 年 11 月 6 日`

// A name list's post wrapped so that its office stands alone (city-lo-redline.txt): no signature.
const LIST = `康 鸣 县应急管理局二
级主任科员
刘振平 县交通局副局长
原科伟 县农业农村局副局长
孙继荣 县人社局副局长
白小斌 县融媒体中心副
主任
白利珍 县总工会副主席
赵 赫 团县委副书记
郭永勤 县妇联副主席`

const texts = (text: string): string[] => pairOfficeNames(splitLines(text)).map((l) => l.text).filter((t) => t.trim() !== '')

describe('a signature written apart from its office (prov-xe-unbal-b.txt page 1)', () => {
  it('joins the office with the name over the date, where the office stood', () => {
    const out = texts(DECREE)
    expect(out).toContain('省长\u3000韩立钧')
    expect(out).not.toContain('韩立钧')
    expect(out.indexOf('省长\u3000韩立钧')).toBe(out.indexOf('理条例》公布，自 2019 年 3 月 1 日起施行。') + 1)
    // The other column's rows stay where they are, 第二章 among them (a name's shape, no name).
    expect(out).toContain('第二章')
    expect(out).toContain('专利代理机构的组织形式应当为合')
  })

  it('joins the office with its name right under it, before the columns are read (prov2-a0.txt page 3)', () => {
    // '省长' / '' / '林致远' / '' / the date: adjacent still, but the two-column reading may part them
    // ('林致远' read into the other column), and neither alone is a signature.
    const page = ['利代理条例》公布，自 2019 年 3 月 1 日起施', '', '第六条', '', '行。', '省长', '', '林致远', '', '二〇一八年十一月六日', '', '律、行政法规相抵触。']
    expect(texts(page.join('\n'))).toEqual(['利代理条例》公布，自 2019 年 3 月 1 日起施', '第六条', '行。', '省长\u3000林致远', '二〇一八年十一月六日', '律、行政法规相抵触。'])
  })

  it('leaves an office in a name list, with no date under a name', () => {
    expect(texts(LIST)).toEqual(LIST.split('\n'))
  })
})
