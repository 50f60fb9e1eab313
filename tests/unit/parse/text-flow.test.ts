// Hard-wrapped text (as pdftotext writes a typeset page): paragraphs rejoined from the body's
// full line width. The paragraphs are real State Council text (tests/fixtures/corpus), wrapped
// here the way a typesetter wraps a 公文 line: 28 characters, punctuation kept off a line's start.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { displayWidth, fullWidth, textEdges } from '../../../src/main/importer/parse/text-flow'
import { deinterleave } from '../../../src/main/importer/parse/text-deinterleave'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { CORPUS_DIR } from '../../support/sample'
import { sampleText } from './sample'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { flat } from '../../support/typeset-files'

const corpus = (name: string): string[] =>
  readFileSync(join(CORPUS_DIR, 'text', name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)

/**
 * Wraps at `width` characters, the first line indented two (pdftotext drops the indent); a
 * line-start punctuation mark stays on the line before.
 */
function wrap(p: string, width: number): string[] {
  const out: string[] = []
  let rest = p
  while (rest.length > width - (out.length ? 0 : 2)) {
    let cut = width - (out.length ? 0 : 2)
    if (/^[，。、；：！？）》”]/.test(rest.slice(cut))) cut++
    out.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  if (rest) out.push(rest)
  return out
}

/** Body paragraphs of a corpus document: the lines after its 主送 line. */
function bodyOf(name: string): string[] {
  const lines = corpus(name)
  const from = lines.findIndex((l) => /：$/.test(l))
  return lines.slice(from + 1)
}

function rebuilt(paragraphs: string[], width: number): string[] {
  const text = paragraphs.flatMap((p) => wrap(p, width)).join('\n')
  const src = splitLines(text)
  return buildBlocks(src, undefined, textEdges(src)).map((b) => b.text)
}

describe('the body’s full line width', () => {
  it('counts CJK and full-width punctuation as two columns, a lone space half, padding none', () => {
    // pdftotext writes the typesetter's gap between hanzi and digits as one space.
    expect(displayWidth('到 2025 年底，')).toBe(4 + 2 + 2 + 2 + 2 + 0.5 + 0.5)
    expect(displayWidth('到    2025')).toBe(4 + 2)
  })

  it('is found in hard-wrapped text and not in text written one paragraph per line', () => {
    const wrapped = bodyOf('03.txt').flatMap((p) => wrap(p, 28))
    expect(fullWidth(wrapped.map(displayWidth))).toBe(56)
    expect(textEdges(splitLines(wrapped.join('\n'))).size).toBe(wrapped.length)
    expect(textEdges(splitLines(sampleText)).size).toBe(0)
  })
})

describe('hard-wrapped paragraphs rejoined', () => {
  it.each(['03.txt', '07.txt', '09.txt'])('%s: at least 88%% of paragraphs come out whole', (name) => {
    const paragraphs = bodyOf(name)
    const got = new Set(rebuilt(paragraphs, 28))
    const whole = paragraphs.filter((p) => got.has(p)).length
    expect(paragraphs.length).toBeGreaterThan(10)
    expect(whole / paragraphs.length).toBeGreaterThanOrEqual(0.88)
  })

  it('a full line ending in a full stop goes on; a short one ends the paragraph', () => {
    const p1 = '一二三四五六七八九十一二三四五六七八九十一二三四五六七。甲乙丙丁戊己庚辛壬癸一二三四五六七八九十。'
    const p2 = '第二段落的文字从这里开始，它也比较长，会折到下一行去。再写一句结束它。'
    const filler = Array.from({ length: 10 }, (_, i) => `第${i}段：${'这是一段用来确定正文满行宽度的文字，'.repeat(3)}结束。`)
    const out = rebuilt([p1, p2, ...filler], 28)
    expect(out.slice(0, 3)).toEqual([p1, p2, filler[0]])
  })

  it('a paragraph label alone on its line goes with the text set after it', () => {
    // city-2col-lines: pdftotext set '（二十一）' on a line of its own.
    const src = splitLines('（二十一）\n加强督促检查。要把“三项制度”推进情况纳入法治政府建设考评指标体系。\n（二十二）加强宣传引导。')
    expect(buildBlocks(src).map((b) => b.text)).toEqual(['（二十一）加强督促检查。要把“三项制度”推进情况纳入法治政府建设考评指标体系。', '（二十二）加强宣传引导。'])
  })

  it('a letter-spaced chapter heading written line by line comes together', () => {
    const src = splitLines('第一章\n总\n则\n第一条　为了规范专利代理行为，制定本条例。')
    expect(buildBlocks(src).map((b) => b.text)).toEqual(['第一章总则', '第一条为了规范专利代理行为，制定本条例。'])
  })

  it('a bare article number goes with the text set after it', () => {
    const src = splitLines('第九条\n\n从事专利代理业务，应当向国务院专利行政部门提出申请。\n第十条　具有高等院校理工科专业专科以上学历的中国公民可以参加考试。')
    expect(buildBlocks(src).map((b) => b.text)).toEqual([
      '第九条从事专利代理业务，应当向国务院专利行政部门提出申请。',
      '第十条具有高等院校理工科专业专科以上学历的中国公民可以参加考试。',
    ])
  })
})

describe('two columns written line by line across the page', () => {
  /** Left and right column lines side by side, each its own block, as a converter writes them. */
  function interleaved(left: string[], right: string[]): string {
    const rows: string[] = []
    for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push(left[i] ?? '', right[i] ?? '')
    return rows.filter(Boolean).join('\n\n')
  }

  it('reads every other line as one column, so both columns’ paragraphs come out whole', () => {
    const [a, b, c, d] = bodyOf('03.txt').filter((p) => p.length > 120)
    // The text flows down the left column, then the right: a paragraph may cross between them.
    const flow = [a, b, c, d].flatMap((p) => wrap(p, 22))
    const half = Math.ceil(flow.length / 2)
    const text = interleaved(flow.slice(0, half), flow.slice(half))
    const src = deinterleave(splitLines(text))
    const got = buildBlocks(src, undefined, textEdges(src)).map((x) => x.text)
    expect(got).toEqual(expect.arrayContaining([a, b, c, d]))
  })

  it('leaves text written one paragraph per line as it is', () => {
    const src = splitLines(sampleText)
    expect(deinterleave(src)).toEqual(src)
  })
})

describe('paragraph ends in hard-wrapped gazette pages (lines from the tuning fixtures)', () => {
  const blocksOf = (text: string): string[] => {
    const src = splitLines(text)
    return buildBlocks(src, undefined, textEdges(src)).map((b) => b.text)
  }
  // city-lo-fang: a notice's body, then 附件： with a name and an attachment title that wrap.
  const notice = [
    '各乡（镇）人民政府，县直各单位：',
    '为贯彻落实国务院办公厅《关于加强我国',
    '非物质文化遗产保 护工作的意见 》（国办发',
    '〔2005〕18 号）精神，根据《山西省省级非物',
    '质文化遗产项目代表性传承人认定与管理暂行',
    '办法》规定，兴县文化和旅游局组织开展了第',
    '一批县级非物质文化遗产项目代表性传承人的',
    '申报和评审工作，经县非物质文化遗产保护工',
    '作专家评审委员会评审、县政府同意，最后确',
    '定白清泉同志为第一批县级非物质文化遗产项',
    '目代表性传承人，现予以公布。',
  ]

  it('an attachment’s name or title that fills the line goes on with its short rest', () => {
    const tail = ['附件：兴县第一批非物质文化遗产项目代', '表性传承人名单', '兴县人民政府', '二〇二二年五月二十三日', '附件：', '兴县第一批非物质 文化遗产项目代表性传', '承人名单', '序号']
    const out = blocksOf([...notice, ...tail].join('\n'))
    expect(out).toContain('附件：兴县第一批非物质文化遗产项目代表性传承人名单')
    expect(out).toContain('兴县第一批非物质文化遗产项目代表性传承人名单')
    expect(out.slice(-1)).toEqual(['序号'])
  })

  it('a section number or a short unpunctuated line after a full stop starts a new paragraph', () => {
    // city-lo-decree: 国家粮食应急预案, set with decimal section numbers.
    const text = [
      '按照《粮食流通管理条例》和《中央储备粮',
      '管理条例》的要求，完善中央和地方粮食储备制',
      '度，保持必要的储备规模和企业周转库存，增强',
      '对粮食市场异常波动的防范意识和应对能力。',
      '5.1.1 为应对粮食应急状态，要进一步优',
      '化中央储备粮的布局和品种结构，适当提高口粮',
      '品种的储备比例和库存薄弱地区的储备规模，重',
      '点保证北京、天津、上海、重庆 4 个直辖市，南',
      '方粮价敏感的重点销区城市，以及其他缺粮地区',
      '的需要。国家储备粮的规模保持在合理水平上。',
      '5.2 粮食应急保障系统',
      '（3）其他引发粮食市场异常波动的情况，发生',
      '在全国或者省、自治区、直辖市的范围之内的。',
      '4 应急响应',
    ].join('\n')
    const out = blocksOf(text)
    expect(out[0]).toBe('按照《粮食流通管理条例》和《中央储备粮管理条例》的要求，完善中央和地方粮食储备制度，保持必要的储备规模和企业周转库存，增强对粮食市场异常波动的防范意识和应对能力。')
    expect(out[1]).toMatch(/^5\.1\.1 ?为应对.*合理水平上。$/)
    expect(out.slice(2).map((t) => t.replace(/\s/g, ''))).toEqual(['5.2粮食应急保障系统', '（3）其他引发粮食市场异常波动的情况，发生在全国或者省、自治区、直辖市的范围之内的。', '4应急响应'])
  })

  it('a section number alone goes with the heading or text set after it; a letter-spaced 目录 comes together', () => {
    // prov-1col-pages: pdftotext writes a number set apart from its text as a block of its own.
    const text = ['国家粮食应急预案', '目', '', '录', '', '1', '', '总则', '', '1.1', '', '编制目的及依据', '', '1.2', '', '等级划分', '',
      '1.2.1', '', '国家级：两个以上省、自治区、直辖市出现粮食应急状态，以及超过省级人民政', '府处置能力和国务院认为需要按照国家级粮食应急状态来对待的情况。']
    const out = blocksOf(text.join('\n')).map((t) => t.replace(/\s/g, ''))
    expect(out).toEqual(['国家粮食应急预案', '目录', '1总则', '1.1编制目的及依据', '1.2等级划分',
      '1.2.1国家级：两个以上省、自治区、直辖市出现粮食应急状态，以及超过省级人民政府处置能力和国务院认为需要按照国家级粮食应急状态来对待的情况。'])
    // A number alone before a sentence is no heading's: it stays (a 4 over a full line).
    expect(blocksOf(['4', '', '各地区、各部门要高度重视，切实加强领导。'].join('\n'))).toHaveLength(2)
  })

  it('a short line opening a quotation after a full stop is the rest of the line above', () => {
    // county-1col-heads: pdftotext cut '…能源保障。“煤改电”要积极做好电力' at the tucked quote.
    const text = [
      '3. 做好各类清洁取暖能源保供。要根据清洁取暖改造路径和改造户数，结合气候条',
      '件、能源供需和能源价格变化等情况，积极做好各类能源保障。',
      '“煤改电”要积极做好电力',
      '稳定供应，集中供热和“煤改气”要按时签订供用气量合同，同时要充分发挥我县煤成气',
      '资源优势，煤成气开采企业要给予稳价足量的燃气资源保障；要优化合理布置清洁煤供应',
      '点和生物质燃料加工企业，采购和储备足量的洁净煤、生物质等燃料，保障群众清洁取暖',
      '用能需求。',
      '“十四五”期间，全县改建 1 个以上体育公园；新建全民健身中心 1 个，总建筑面积达',
      '到 13380 平方米。',
      ...Array(6).fill('资源优势，煤成气开采企业要给予稳价足量的燃气资源保障；要优化合理布置清洁煤供应'),
    ]
    const out = blocksOf(text.join('\n')).map((t) => t.replace(/\s/g, ''))
    expect(out[0]).toBe(text.slice(0, 7).join('').replace(/\s/g, ''))
    // A quotation that opens an indented first line starts its own paragraph.
    expect(out[1]).toMatch(/^“十四五”期间/)
  })

  it('a name-list entry whose line runs to the full width goes on with its wrapped rest', () => {
    // city-lo-decree: a plan's 指挥部, labels and units in a column 21 hanzi wide.
    const text = [
      ...notice.slice(1, 10),
      '总指挥：国家发展改革委主要负责人。',
      '副总指挥：国家发展改革委分管负责人、国',
      '家粮食局主要负责人。',
      '成员：公安部、财政部、铁道部、交通部、',
      '农业部、商务部、工商总局、质检总局、国家统',
      '计局、国务院新闻办、中国农业发展银行、中国',
      '储备粮管理总公司有关负责人。',
    ]
    const out = blocksOf(text.join('\n')).map((t) => t.replace(/\s/g, ''))
    expect(out.slice(-3)).toEqual([
      '总指挥：国家发展改革委主要负责人。',
      '副总指挥：国家发展改革委分管负责人、国家粮食局主要负责人。',
      '成员：公安部、财政部、铁道部、交通部、农业部、商务部、工商总局、质检总局、国家统计局、国务院新闻办、中国农业发展银行、中国储备粮管理总公司有关负责人。',
    ])
  })

  it('a letter-spaced chapter name comes together across the blank lines it leaves', () => {
    // prov-2col-song: text-labels.ts took '总' up beside '第一章', leaving its line blank.
    expect(blocksOf(['第一章 总', '', '', '', '则', '', '第一条 为了规范专利代理行为，制定本条例。'].join('\n')).map((t) => t.replace(/\s/g, '')))
      .toEqual(['第一章总则', '第一条为了规范专利代理行为，制定本条例。'])
  })

  it('a bracket left open runs on; an office over its holder’s name is one line', () => {
    // prov-2col-song: a 国务院令 with its signature, then the regulation's history note.
    const text = [
      ...notice.slice(1, 10),
      '《专利代理条例》已经 2018 年 9 月 6 日国务',
      '院第 23 次常务会议修订通过，现将修订后的《专',
      '利代理条例》公布，自 2019 年 3 月 1 日起施行。',
      '总理',
      '',
      '李克强',
      '',
      '2018 年 11 月 6 日',
      '',
      '专利代理条例',
      '（1991 年 3 月 4 日中华人民共和国国务院令第 76',
      '号发布',
      '',
      '2018 年 9 月 6 日国务院第 23 次常务会',
      '',
      '议修订通过）',
    ].join('\n')
    const out = blocksOf(text).map((t) => t.replace(/\s/g, ''))
    expect(out).toContain('总理李克强')
    expect(out.slice(-1)).toEqual(['（1991年3月4日中华人民共和国国务院令第76号发布2018年9月6日国务院第23次常务会议修订通过）'])
  })
})

describe('a regulation of short 条 and a name list (city-lo-redline, lines as pdftotext wrote them)', () => {
  // Most of the regulation's paragraphs are a line or two: more first lines, two ems short of the
  // full width, than full ones; the name list under it is short lines. Fewer than a third of the
  // body-wide lines sit at the full width, yet the text is wrapped at it.
  const articles = [
    '第十三条　专利代理机构可以接受委托，代理专利申请、宣告专利权无效、转让专利',
    '申请权或者专利权以及订立专利实施许可合同等专利事务，也可以应当事人要求提供专利',
    '事务方面的咨询。',
    '第十四条　专利代理机构接受委托，应当与委托人订立书面委托合同。专利代理机构',
    '接受委托后，不得就同一专利申请或者专利权的事务接受有利益冲突的其他当事人的委',
    '托。',
    '专利代理机构应当指派在本机构执业的专利代理师承办专利代理业务，指派的专利代',
    '理师本人及其近亲属不得与其承办的专利代理业务有利益冲突。',
    '第十五条　专利代理机构解散或者被撤销、吊销执业许可证的，应当妥善处理各种尚',
    '未办结的专利代理业务。',
    '第十六条　专利代理师应当根据专利代理机构的指派承办专利代理业务，不得自行接',
    '受委托。',
    '专利代理师不得同时在两个以上专利代理机构从事专利代理业务。',
    '专利代理师对其签名办理的专利代理业务负责。',
    '第十七条　专利代理机构和专利代理师对其在执业过程中了解的发明创造的内容，除',
    '专利申请已经公布或者公告的以外，负有保守秘密的义务。',
    '第十八条　专利代理机构和专利代理师不得以自己的名义申请专利或者请求宣告专利',
    '权无效。',
    '第十九条　国务院专利行政部门和地方人民政府管理专利工作的部门的工作人员离职',
    '后，在法律、行政法规规定的期限内不得从事专利代理工作。',
    '曾在国务院专利行政部门或者地方人民政府管理专利工作的部门任职的专利代理师，',
    '不得对其审查、审理或者处理过的专利申请或专利案件进行代理。',
    '第二十条　专利代理机构收费应当遵循自愿、公平和诚实信用原则，兼顾经济效益和',
    '社会效益。',
    '国家鼓励专利代理机构和专利代理师为小微企业以及无收入或者低收入的发明人、设',
    '计人提供专利代理援助服务。',
  ]
  // A plan's longer paragraphs, from the same issue, run more lines to the full width.
  const plan = [
    '为加强地下水资源的统一管理和保护，合理开发利用地下水资源，根据《中华人民共',
    '和国水法》《地下水管理条例》《山西省水资源管理条例》和《山西省水利厅关于加快推',
    '进依法关闭自备水井的通知》（晋水资源便〔2022〕13 号）精神，我县决定开展依法关',
    '闭全县范围内自备水井的专项整治行动，特制定实施方案如下：',
    '一、指导思想',
    '以黄河流域生态保护和高质量发展理念为指导，以《地下水管理条例》为准则，以宣',
    '传教育、依法整治、强化管理为手段，以落实最严格的水资源管理制度为目标，全面关闭',
    '全县范围内的自备水井，保护水生态，维护水平衡，保障地下水质量和可持续利用，为县',
    '域社会经济发展创造良好的水环境。',
    '二、整治重点',
    '（一）全县范围内未经批准的自备水井；',
    '（二）城区公共供水管网覆盖范围内的自备井；',
    '（三）其他整治重点：宾馆、酒店、',
    '洗车行、企业、厂矿、学校、村集体和个体户自备水井，尤其以城区为重中之重。',
    '三、阶段任务',
    '整治行动分为三个阶段：',
    '第一阶段：摸底动员、自行整改。时间为 2022 年 5 月 15 日至 2022 年 6 月 15 日。由',
    '各乡镇成立专项整治队伍，对本辖区的自备水井进行调查摸底，并下达自行关闭自备水井',
    '通知书，限期在 2022 年 6 月 15 日前自行关闭水源井，特别是要做好宣传教育工作，发放',
    '宣传材料，动员用水户自行拆除封闭自备水源井。',
    '第二阶段：强制执行，依法关闭。时间为 2022 年 6 月 15 日至 2022 年 7 月 15 日。由',
    '各乡镇负责，所在地派出所配合，城区由县城市管理综合行政执法大队配合，对限期未自',
    '行关闭的自备井进行强制拆除封闭；一是要拆除收缴机电设备；二是要对水井进行浇注填',
  ]
  // Each member's line is a paragraph of its own in the source, however its post wraps.
  const members = [
    '委 员：陈志军 县人民法院常务副', '院长', '白建军 县人民检察院副', '检察长', '刘晓永 县司法局副局长', '贺建军 县教科局副局长',
    '白海凤 县发改局副局长', '刘学智 县卫体局副局长', '张 军 县医疗保障局副', '局长', '吕 军 县工信局副局长', '高 峰 县民政局副局长',
    '刘梅萍 县财政局副局长', '郭永兴 市生态环境局兴', '县分局副局长', '张三牛 县自然资源局执', '法大队副队长', '张虎军 县文旅局副局长',
    '王 琦 县市场监管局副', '局长', '康 鸣 县应急管理局二', '级主任科员', '刘振平 县交通局副局长', '原科伟 县农业农村局副局长',
    '孙继荣 县人社局副局长', '白小斌 县融媒体中心副', '主任', '白利珍 县总工会副主席', '赵 赫 团县委副书记', '郭永勤 县妇联副主席',
    '委员会下设办公室，办公室设在县', '公安局禁毒大队，县禁毒办主任由刘旭耀', '同志兼任，副主任由杨旭兵同志兼任，具', '体负责县禁毒委员会日常工作。',
  ]
  const lines = [...articles, ...plan, ...members]

  it('is read at the full width its wrapped lines reach, not at its commoner first lines’', () => {
    expect(fullWidth(lines.map(displayWidth))).toBe(78)
  })

  it('ends a paragraph at each line far short of it', () => {
    const src = splitLines(lines.join('\n'))
    const out = buildBlocks(src, undefined, textEdges(src)).map((b) => b.text.replace(/\s/g, ''))
    expect(out).toContain('第十四条专利代理机构接受委托，应当与委托人订立书面委托合同。专利代理机构接受委托后，不得就同一专利申请或者专利权的事务接受有利益冲突的其他当事人的委托。')
    expect(out).toContain('专利代理师不得同时在两个以上专利代理机构从事专利代理业务。')
    expect(out).toEqual(expect.arrayContaining(['（三）其他整治重点：宾馆、酒店、', '委员：陈志军县人民法院常务副', '院长', '委员会下设办公室，办公室设在县', '公安局禁毒大队，县禁毒办主任由刘旭耀']))
  })
})

describe('an item’s number after a full line that ends a sentence (county-tables.txt 208–215, 234–245, 524–526)', () => {
  it('starts a new paragraph: a finished sentence then （一） 一、 2. is a new item', () => {
    const text = [
      '做到有制度管护、有资金维护、有人员看护，形成规范化管理、市场化运维机制。同步规划建设改厕后续',
      '管护网点，乡镇设立环卫站。每村至少确定 1 名公益性岗位，为农户开展有偿服务。根据各乡镇农村公',
      '厕、户厕拥有量，每个乡镇环卫站配套一定的工作运营经费，用于购置吸粪车、厕所日常维护维修、粪',
      '污清运等，确保厕具坏了有人修、粪污满了有人抽、抽走之后有利用。充分发挥村级组织和农民主体作',
      '用，引导农民组建社会化、专业化、职业化服务队伍，集中开展粪污清理、维修维护等服务，降低粪污',
      '清运成本。将农村公厕、户厕纳入村级公益性设施共管共享范畴，确保村公厕“专人管理、卫生干净”。',
      '（六）持续扎实开展问题厕所整改。',
      '要对去年以来开展的问题厕所摸排进行二次“回头看”',
      '各乡镇要在摸底调查的基础上，召开改厕专题会议，确定改厕示范村、改厕重点村、整村推进村，编',
      '制农村厕所改造规划、乡镇公厕布局规划，研究制定实施方案。',
      '第三阶段：宣传发动阶段（2022 年 3 月 21 日至 4 月 15 日）。',
      '各乡镇通过融媒体、微信群、宣传标语、村喇叭、政策宣传栏等形式多途径、多渠道宣传农村健康卫',
      '生知识和农村“厕所革命”的重大意义，让改厕工作家喻户晓，让更多的群众自觉主动参与进来，奠定',
      '改厕工作良好的舆论氛围。农业农村局要同步开展技术培训和厕具采购招投标等施工前各项准备工作。',
      '第四阶段：组织实施阶段（2022 年 4 月 16 日至 11 月 15 日）。',
      '各乡镇对照目标任务、时间节点和工程质量，细化责任，倒排工期，统筹安排，确保按期完成任务。',
      '在组织实施过程中，乡镇要关口前移，采取地下部分、厕具安装、厕屋建设分阶段验收办法，坚持“谁',
      '验收、谁负责”',
      '，做到竣工一个、验收一个、合格一个。按照农村改厕“一户一档”要求，建立乡村改厕',
      '档案，做好相关影像资料的留存工作。',
      '说明：1. 各乡镇拥有卫生厕所数指 2015 年以来实施过的农村户改厕数；',
      '2. 县城建成区奥家湾乡、蔚汾镇、蔡家崖乡三个乡镇拥有卫生厕所数不包括 2021 年创卫户改厕数；',
      '3. 2022 年户改厕任务数中，县城建成区奥家湾乡、蔚汾镇、蔡家崖乡三个乡镇包括创卫户改厕数。',
    ].join('\n')
    const src = splitLines(text)
    const out = buildBlocks(src, undefined, textEdges(src)).map((b) => b.text.replace(/\s/g, ''))
    expect(out.slice(-2)).toEqual([
      '2.县城建成区奥家湾乡、蔚汾镇、蔡家崖乡三个乡镇拥有卫生厕所数不包括2021年创卫户改厕数；',
      '3.2022年户改厕任务数中，县城建成区奥家湾乡、蔚汾镇、蔡家崖乡三个乡镇包括创卫户改厕数。',
    ])
  })
})

describe('a line that ends on an opening quote (county-tables.txt 198–207, 539–547)', () => {
  it('goes on: the quotation it opens is set after it', () => {
    const text = [
      '（四）强化监督，切实提升农村改厕质量。坚持质量实效第一，求好不求快。县农业农村局要积极对',
      '接生产厂家做好技术指导和售后服务工作，建立技术人员包乡包村制度，现场指导改厕工作。严把产品',
      '质量关，改厕材料、产品采取政府集中采购方式。严把施工质量关，对施工队伍进行技术培训，未参加',
      '培训不得上岗施工，鼓励乡村工匠施工。强化改厕过程监督，建立乡镇政府主导，村委会、村民代表、改',
      '厕户参与的全方位监管制度。严把竣工验收关，进一步完善改厕验收标准和办法，采取关口前移，由乡',
      '镇政府、村委、农户、施工方联合分阶段逐村逐厕签字验收。强化档案管理。按照农村改厕数据库建设',
      '和建档立卡工作要求，切实做好农村户厕改造“一户一档”“一村一档”工作，建立卫生农村建档立卡',
      '制度。完善新改厕户档案信息，包括农户姓名、身份证号、联系电话、改厕模式、厕所编号、厕具产品、',
      '技术负责人、验收人、管护员、包户干部及改厕前、中、后相关图片等，建立改厕工作追溯体系。',
      '（五）建管并重，建立健全农村厕所管护机制。统筹农村改厕建设与管护，明确各类厕所管护标准，',
      '兴县煤炭消费减量替代 2022 年工作方案',
      '为贯彻落实《中共中央国务院关于深入打好污染防治攻坚战的意见》',
      '《国务院关于印发“十四五”节',
      '能减排综合工作方案的通知》中提出的“',
      '‘十四五’时期，汾渭平原煤炭消费量实现负增长”的目标，全',
      '面践行山西省煤炭消费减量替代要求，扎实推进全县煤炭消费减量替代工作，以煤炭清洁高效利用为核',
      '心，聚焦“增量控制、存量削减”',
      '，有序推进清洁能源替代，确保完成我县“十四五”煤炭消费减量替代',
      '工作的进度目标要求，特制定本工作方案。',
    ].join('\n')
    const src = splitLines(text)
    const out = buildBlocks(src, undefined, textEdges(src)).map((b) => b.text.replace(/\s/g, ''))
    expect(out.slice(-1)[0]).toMatch(/^为贯彻落实.*中提出的“‘十四五’时期.*特制定本工作方案。$/)
  })
})

describe('a justified line pdftotext cut after a comma (county-xe-issuer.txt 864–873, the whole issue parsed)', () => {
  const FILE = join(__dirname, '../../fixtures/typeset/tuning/county-xe-issuer/county-xe-issuer.txt')
  const text = readFileSync(FILE, 'utf8')
  const paragraphs = parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))

  it('goes on with its rest when the two fill the column; the paragraphs around it stay apart', () => {
    // As written: '县发改局：支持农村电子商务领域重大项目建设，' / '牵' / '头负责推进现代物流相关工作。'
    expect(text).toContain('县发改局：支持农村电子商务领域重大项目建设，\n牵\n头负责推进现代物流相关工作。')
    expect(paragraphs).toContain('县发改局：支持农村电子商务领域重大项目建设，牵头负责推进现代物流相关工作。')
    expect(paragraphs).toContain('县人社局：协调做好电子商务高端人才引进和本地电商人才培养，鼓励和引导电子商务领域的创业和就业。')
    // A paragraph's first line cut so is set indented: after a full stop, it starts a paragraph.
    expect(paragraphs).toContain('县工信局：引导工业企业创建电子商务示范企业，推进电子商务产业集聚建设，加强工业企业电子商务人才培养。做好农村电子商务技术支撑，加快农村信息化基础建设。')
  })

  it('a list item that ends on a semicolon short of the edge still ends there', () => {
    expect(paragraphs).toContain('——经常参加体育锻炼人数比例达到40%；')
    expect(paragraphs).toContain('——全民健身品牌活动数量达到3项；')
  })
})

describe('a heading longer than a short one, over its paragraph (prov-2col-bands.txt 1089, the whole issue parsed)', () => {
  const FILE = join(__dirname, '../../fixtures/typeset/tuning/prov-2col-bands/prov-2col-bands.txt')
  const text = readFileSync(FILE, 'utf8')
  const paragraphs = parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))

  it('goes on past a comma where the pieces hold a character more than the column, their marks set half wide (.txt 1368–1373)', () => {
    // '较低，' (3) and '近期增设…成熟。应' (21) fill a column of 23 hanzi: XeLaTeX set their marks tight.
    expect(text).toContain('较低，\n近期增设主要石油期货品种的条件还不成熟。应\n')
    expect(paragraphs.some((p) => p.startsWith('（一）由于目前我国原油、成品油市场开放程度仍较低，近期增设主要石油期货品种的条件还不成熟。'))).toBe(true)
    expect(paragraphs.some((p) => p.startsWith('（一）你省的电力发展应纳入东北电网统筹考虑，') && p.includes('在东北区域内平衡，电源点建设应优先考虑'))).toBe(true)
  })

  it('ends where it stops a character short of the indented first line under it', () => {
    // Read in its column, the heading (20 hanzi) stops short of '对党中央…和科' (21), a paragraph's first line.
    expect(text).toContain('二、制定政策落实的配套制度和具体实施办法\n')
    expect(paragraphs).toContain('二、制定政策落实的配套制度和具体实施办法')
    expect(paragraphs.some((p) => p.startsWith('对党中央、国务院已经出台的赋予科研单位和科研人员自主权的有关政策，'))).toBe(true)
  })
})

describe('a note pdftotext set apart from the sentence it closes (city-xe-yearcols.txt 171–172, the whole issue parsed)', () => {
  const FILE = join(__dirname, '../../fixtures/typeset/tuning/city-xe-yearcols/city-xe-yearcols.txt')
  const text = readFileSync(FILE, 'utf8')
  const paragraphs = parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))

  it('goes on the line above it when the two fill the column', () => {
    expect(text).toContain('精特新”方向发展。\n（体育总局、市场监管总局负责）\n')
    expect(paragraphs.some((p) => p.startsWith('（九）支持企业发展。') && p.endsWith('向“专精特新”方向发展。（体育总局、市场监管总局负责）'))).toBe(true)
  })

  it('a note on a line of its own under a short line stays apart', () => {
    expect(paragraphs).toContain('（此件公开发布）')
  })

  it('a note after a full stop closes the paragraph: the indent-wide line under it starts the next (.txt lines 335–337)', () => {
    expect(paragraphs.some((p) => p.startsWith('（十九）完善相关投入机制。') && p.endsWith('予以必要支持。（体育总局、人民银行、银保监会、证监会、财政部负责）'))).toBe(true)
    expect(paragraphs.some((p) => p.startsWith('各地区、各有关部门要充分认识发展体育竞赛表演产业的重要意义，') && p.endsWith('重大事项及时报告国务院。'))).toBe(true)
  })
})

describe('a heading whose numeral Word set apart by a tab, wrapped (county-lo-autonum.txt, the whole issue parsed)', () => {
  const FILE = join(__dirname, '../../fixtures/typeset/tuning/county-lo-autonum/county-lo-autonum.txt')
  const text = readFileSync(FILE, 'utf8')
  const doc = parseIssue(text).documents.find((d) => d.docNumber === '兴人社发〔2022〕15号')
  const paragraphs = doc?.blocks.map((b) => b.text.replace(/\s/g, '')) ?? []

  it('goes on over its short rest: the tab’s room is not in the text', () => {
    // As written: '二、' / '全面落实农民工工资专户和按' / '月足额支付农民工工资制度'.
    expect(paragraphs).toContain('二、全面落实农民工工资专户和按月足额支付农民工工资制度')
    expect(paragraphs).toContain('三、全面落实工程建设领域农民工工资保证金制度')
  })

  it('a short heading ends on its line: the paragraph under it starts its own (county-lo-levels.txt 545–547)', () => {
    const levels = parseIssue(readFileSync(join(__dirname, '../../fixtures/typeset/tuning/county-lo-levels/county-lo-levels.txt'), 'utf8'))
    const blocks = levels.documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))
    expect(blocks).toContain('一、总体思路')
  })
})

describe('a 条’s label that pdftotext wrote apart from its row (city-xe-span-mid.txt 321–326)', () => {
  // As written: '第二十一条' / '' / the other column's line / '纳税人应当留存住房租赁合同、协' / '议等有关资料备查。'.
  // Around them, wrapped prose at the column's width (23 hanzi) gives the text its full width.
  const body = bodyOf('03.txt').flatMap((p) => wrap(p, 23)).slice(0, 30)
  const edgesOf = (rows: string[]): { src: ReturnType<typeof splitLines>; edges: ReturnType<typeof textEdges> } => {
    const src = splitLines([...body, ...rows, ...body].join('\n'))
    return { src, edges: textEdges(src) }
  }

  it('takes the row’s text, short by the label and its gap, as the label’s visual line: the 条 goes on under it', () => {
    const { src, edges } = edgesOf(['第二十一条', '纳税人应当留存住房租赁合同、协', '议等有关资料备查。'])
    expect(edges.get(src[body.length + 1].no)).toBe('part')
    expect(buildBlocks(src, undefined, edges).map((b) => b.text.replace(/\s/g, ''))).toContain('第二十一条纳税人应当留存住房租赁合同、协议等有关资料备查。')
  })

  it('leaves a row that ends its sentence apart: it may be the other column’s last line', () => {
    const { src, edges } = edgesOf(['第二十一条', '纳税人应当留存相关资料备查。'])
    expect(edges.get(src[body.length + 1].no)).not.toBe('part')
  })
})

describe('a heading as wide as an indent over its paragraph’s first line, in -layout text (county-web-3col.layout.txt, 五、工作要求)', () => {
  const name = 'county-web-3col'
  const dir = join(__dirname, '../../fixtures/typeset/tuning', name)
  const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(dir, `${name}.layout.txt`), 'utf8'))))

  it('ends at the heading: the line under it, set in alike, reaches further', () => {
    const lines = splitLines(text)
    const edges = textEdges(lines)
    const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))
    expect(edges.get(lines[at('（一）加强领导，提高认识')].no)).toBe('short')
    expect(edges.get(lines[at('（四）认真履职，严肃问责')].no)).toBe('short')
    // The paragraph's first line under it still opens a paragraph that runs on.
    expect(edges.get(lines[at('为贯彻习近平总书记关于黄河')].no)).toBe('indented')
  })

  it('gives the headings and their paragraphs whole', () => {
    const truth = (JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as { documents: { paragraphs: string[] }[] }).documents
    const want = truth.flatMap((d) => d.paragraphs).filter((p) => /^（[一四]）(加强领导|认真履职)|^为贯彻习近平总书记关于黄河|^依法关闭自备井是改善/.test(p))
    expect(want).toHaveLength(4)
    const got = new Set(parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    for (const p of want) expect(got.has(flat(p))).toBe(true)
  })

  it('leaves a first line whose next line pdftotext set in alike (prov-web-3col.layout.txt: the line under that one runs full)', () => {
    const other = 'prov-web-3col'
    const lines = splitLines(readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', other, `${other}.layout.txt`), 'utf8')))))
    const i = lines.findIndex((l) => l.text.trim().startsWith('对于达到法定使用期限且依法可以'))
    expect(textEdges(lines).get(lines[i].no)).not.toBe('short')
  })
})

describe('a note set with a hanging indent, in -layout text (county-pdfkit-16k.layout.txt, the 说明 under a table)', () => {
  const name = 'county-pdfkit-16k'
  const dir = join(__dirname, '../../fixtures/typeset/tuning', name)
  const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(dir, `${name}.layout.txt`), 'utf8'))))

  it('measures its wrapped lines from the block’s first line: they were wrapped, not ended', () => {
    // '   说明：1. …；' over '           2. …不包括' / '           2021 年创卫户改厕数；': the
    // second line stands eight cells in and stops where the page's full lines do.
    const lines = splitLines(text)
    const edges = textEdges(lines)
    const i = lines.findIndex((l) => l.text.trim().startsWith('2. 县城建成区奥家湾乡'))
    expect(edges.get(lines[i].no)).not.toBe('short')
    // The note's last line still ends it.
    expect(edges.get(lines[i + 1].no)).toBe('short')
  })

  it('gives the note whole', () => {
    const got = new Set(parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    expect(got.has(flat('2. 县城建成区奥家湾乡、蔚汾镇、蔡家崖乡三个乡镇拥有卫生厕所数不包括 2021 年创卫户改厕数；'))).toBe(true)
  })
})

describe('a public 附注 under a short last line of the column beside (county-web-3col.txt 1800–1860, as the three streams read it)', () => {
  // The streams put 29号's 附注 after '城区为重中之重。', a line of its attached plan: the two fill a
  // column's width, as a sentence and the bracketed note that closes it do. A public 附注 closes
  // no sentence; it stays a block of its own.
  const lines = splitLines([
    '意，现印发给你们，请认真抓好落',
    '实。',
    '一、指导思想',
    '洗车行、企业、厂矿、学校、',
    '三、阶段任务',
    '兴县依法关闭自备水井专项整',
    '第一阶段：摸底动员、自行整',
    '改。时间为2022年5月15日至2022年',
    '6月15日。由各乡镇成立专项整治队',
    '伍，对本辖区的自备水井进行调查',
    '摸底，并下达自行关闭自备水井通',
    '知书，限期在2022年6月15日前自行',
    '',
    '源管理条例》和《山西省水利厅关',
    '于加快推进依法关闭自备水井的通',
    '知》（晋水资源便〔2022〕13号）',
    '精神，我县决定开展依法关闭全县',
    '范围内自备水井的专项整治行动，',
    '特制定实施方案如下：',
    '以黄河流域生态保护和高质量',
    '发展理念为指导，以《地下水管理',
    '条例》为准则，以宣传教育、依法',
    '村集体和个体户自备水井，尤其以',
    '整治行动分为三个阶段：',
    '城区为重中之重。',
    '（此件公开发布）',
    '为加强地下水资源的统一管理',
    '和保护，合理开发利用地下水资',
    '源，根据《中华人民共和国水法》',
    '《地下水管理条例》《山西省水资',
  ].join('\n'))
  const blocks = buildBlocks(lines, undefined, textEdges(lines))

  it('stays apart from the line before it', () => {
    expect(blocks.map((b) => b.text)).toContain('（此件公开发布）')
    expect(blocks.map((b) => b.text)).toContain('城区为重中之重。')
  })
})
