// A band over a 栏目 banner on a page of three columns (sweep_swap.py's swap-web3-lists1, page 10
// of its -layout text; Chromium, AR PL UMing in 17-character columns): a joint notice's closing,
// balanced over the three columns, holds its last lines and first signature in the left one, the
// other three signatures centred in the middle one and the date and public marker in the right
// one. No row of the band reaches a column's edge, so the right side, read again in the columns
// the page's whole side shows, was taken as one column: '兴县发展和改革局  二〇二二年五月十二日'
// on one line, the notice's date lost to the document before.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'

const page = [
  '                     云州市人民政府公报      2022年第11期 总第260期',
  '前制定工作预案，切实保障调查人员和                   兴县发展和改革局              二〇二二年五月十二日',
  '调查对象安全。                                兴县财政局          (此件公开发布)',
  '      兴县人力资源和社会保障局            兴县住房和城乡建设管理局',
  '',
  '',
  '',
  '                              五、人事任免',
  '                            局长                      人民政府高度重视巡察反馈问题，迅速',
  '兴县人民政府办公室关于调                康 鸣 县应急管理局二             研究制定整改方案，明确整改目标，细',
  '整兴县禁毒委员会成员单位                级主任科员                   化责任分工，强化整改措施，积极有序',
  '                            刘振平 县交通局副局长             开展整改工作，在规定时间内较好地完',
  '  及组成人员的通知',
  '                            原科伟 县农业农村局副局长           成了整改工作任务，现将具体情况报告',
  '各乡（镇）人民政府、县直各单位：',
  '                            孙继荣 县人社局副局长             如下。',
  '     根据工作需要，现对兴县禁毒委员',
  '                            白小斌 县融媒体中心副               （一）提高思想认识。2022年1月',
  '会成员单位及组成人员进行调整，调整           主任                      28日，政府领导班子召开了巡察整改专',
  '后的成员单位及组成人员如下：',
  '                            白利珍 县总工会副主席             题民主生活会。积极对照市委机动巡察',
  '     主任：梁文壮 县委副书记、政府',
  '                            赵 赫 团县委副书记              二组反馈的问题，深入开展剖析，开展',
  '县长                          郭永勤 县妇联副主席              批评与自我批评，达到了“红脸出汗”',
].join('\n')

describe('a closing balanced over three columns above a banner', () => {
  const read = readLayoutColumns(page).split('\n').map((r) => r.trim())

  it('reads the middle column’s signatures apart from the right column’s date and marker', () => {
    const at = (t: string): number => read.indexOf(t)
    for (const t of ['兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局', '二〇二二年五月十二日', '(此件公开发布)']) expect(read, t).toContain(t)
    // Column by column: the four signatures in order, then the date, then the marker.
    expect(at('兴县人力资源和社会保障局')).toBeLessThan(at('兴县发展和改革局'))
    expect(at('兴县住房和城乡建设管理局')).toBeLessThan(at('二〇二二年五月十二日'))
    expect(at('二〇二二年五月十二日')).toBeLessThan(at('(此件公开发布)'))
    expect(at('(此件公开发布)')).toBeLessThan(at('五、人事任免'))
  })
})
