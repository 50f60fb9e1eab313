// -layout text read in its columns, where a paragraph's first line stands set in from its column's
// edge: the set-in line tells a paragraph's start that its width cannot.
//  - A narrow web column (city-web-3col-lists) sets a paragraph's first line five cells in: a
//    heading run to the column's width, over a first line set in alike, ended its paragraph only
//    when the indent was three cells or fewer, and the heading took the paragraph under it.
//  - A line run to the width whose sentence ends there, over a short line set in by an indent
//    (prov-xe-unbal-b, a reply's closing thanks), went on into that line. A right column's line
//    that stands left of the line over it (the row beside it held fewer cells: city-2col-flow)
//    shows no edge, and the line under it is no first line for being further in.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'

const WEB_COLUMN = [
  "各乡（镇）人民政府、县直各有关单",
  "位：",
  "     住户收支与生活状况调查是一项重",
  "要的民生调查，能全面、准确、及时了",
  "解城乡居民收入、消费及其他生活状",
  "况，为国民经济核算和居民消费价格指",
  "数权重制定提供基础数据。按照国家统",
  "计局要求，每5年进行一次大样本轮换",
  "工作，现行的住户调查样本自2017年开",
  "始到2022年结束，为了防止样本老化、",
  "保证样本的代表性，确保住户调查数据",
  "质量。根据《山西省人民政府办公厅关",
  "于认真做好住户调查大样本轮换工作的",
  "通知》（晋政办函〔2022〕10号）及",
  "《吕梁市人民政府办公室关于认真做好",
  "住户调查大样本轮换工作的通知》（吕",
  "政办函〔2022〕12号）要求，定于2022",
  "年开展兴县新一轮住户调查大样本轮换",
  "工作。现就有关事项通知如下：",
  "     一、提高政治站位，强化思想认识",
  "     住户调查数据是准确反映全县巩固",
  "拓展脱贫攻坚成果，监测乡村振兴实施",
  "效果，保障改善民生工作成效，促进全",
  "县人民共同富裕的基础性指标。住户调",
  "查样本轮换是保证样本代表性的必然要",
]

const REPLY_CLOSING = [
  "断推进，各级政府及其组成部门相继在互联网上建",
  "立了政府网站，及时发布法规规章、规范性文件及",
  "各类重要政务信息，这对于促进政务公开、改进公",
  "共服务发挥了积极作用。",
  "  中央政府门户网站于 2006 年 1 月 1 日正式开",
  "通。网站专门开设了“法律法规”栏目，收集整理",
  "了现行的主要法律、2000 年以来的行政法规，以",
  "及部分司法解释、部门规章和地方性法规、地方",
  "政府规章，供公众免费查询和下载。",
  "  目前，法律法规的公布实施涉及多个方面，如",
  "法律的公布涉及全国人大常委会，司法解释涉及",
  "最高人民法院和最高人民检察院，地方性法规和",
  "地方政府规章又涉及相应的地方人民代表大会和",
  "人民政府。对于你们提出的建议，我们将认真研",
  "究，进一步加强和改进有关工作，积极做好与有关",
  "方面的沟通协调，不断充实中央政府门户网站“法",
  "律法规”栏目，以便为公众提供更多、更全面的免",
  "费法律法规查询服务。",
  "  同时，我们也将积极督促地方政府和政府部门",
  "加强地方性法规、地方政府规章的收集整理工作，",
  "及时在政府网站公开发布，方便公众免费查询。",
  "  感谢你们对政府工作的关心和支持。",
  "                   国务院办公厅",
  "               二〇〇六年九月七日",
]

const RIGHT_COLUMN = [
  "   作第一责任人，要切实加强对规范性文件合法性审核机",
  "   制建设工作的领导，听取合法性审核工作情况汇报，及",
  "   时研究解决工作中的重要问题。要结合本地区、本部门",
  "实际制定具体实施意见，进一步完善工作制度，明确责",
  "   任分工和时间进度要求，细化具体措施，确保各项工作",
  "   落实到位。",
  "      （十一）注重能力建设。各地区、各部门要高度重视",
  "   规范性文件合法性审核能力建设，认真落实审核责任。",
  "   要设立专门工作机构或者明确相关机构负责合法性审",
  "   核工作，配齐配强审核工作力量，确保与审核工作任务",
  "   相适应。要加强合法性审核人员正规化、专业化、职业",
  "   化建设，建立健全定期培训和工作交流制度，多形式开",
  "   展业务学习和经验交流，全面提升合法性审核人员的政",
  "治素质和业务能力。",
  "      （十二）强化指导监督。各地区、各部门要将规范",
  "   性文件合法性审核机制建设情况纳入法治政府建设督",
  "   察内容，将规范性文件合法性审核工作纳入法治政府建",
  "   设考评指标体系，建立情况通报制度，对工作扎实、成",
  "   效显著的予以表扬激励，对工作开展不力的及时督促整",
  "改，对工作中出现问题造成不良后果的依纪依法问责。",
  "   各级人民政府对所属部门、上级人民政府对下级人民政",
  "   府要加强指导监督，发现问题及时纠正。审核机构要建",
  "   立健全统计分析、规范指导、沟通衔接、问题通报等机",
  "   制，加强共性问题研究，定期向制定机关、起草单位通",
  "   报本地区、本部门合法性审核情况和存在的问题，切实",
  "   提高规范性文件质量。",
]

const edgeOf = (rows: string[], start: string): string | undefined => {
  const lines = splitLines(rows.join('\n'))
  const at = lines.findIndex((l) => l.text.trim().startsWith(start))
  return textEdges(lines).get(lines[at].no)
}

describe('a paragraph set in from its column’s edge (-layout text)', () => {
  it('ends a heading run to the width over a first line set in five cells alike', () => {
    expect(edgeOf(WEB_COLUMN, '一、提高政治站位，强化思想认识')).toBe('short')
    // A first line over its wrapped rest at the edge goes on.
    expect(edgeOf(WEB_COLUMN, '住户调查数据是准确反映全县巩固')).not.toBe('short')
  })

  it('ends a full line whose sentence ends there over a short line set in by an indent', () => {
    expect(edgeOf(REPLY_CLOSING, '及时在政府网站公开发布，方便公众免费查询。')).toBe('short')
    // A full line whose sentence goes on over the line at the edge stays full.
    expect(edgeOf(REPLY_CLOSING, '加强地方性法规、地方政府规章的收集整理工作，')).toBe('full')
  })

  it('keeps a full line standing left of the line over it full', () => {
    expect(edgeOf(RIGHT_COLUMN, '改，对工作中出现问题造成不良后果的依纪依法问责。')).toBe('full')
  })
})
