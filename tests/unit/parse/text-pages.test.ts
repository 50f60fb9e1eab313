// pdftotext text of typeset issues (tests/fixtures/typeset/tuning, arranged from real documents):
// running heads found by repetition at page edges, lines cut at punctuation made whole again, a
// short line ending its paragraph, hanging article labels, names and posts in two columns, and
// two columns interleaved block by block. Each rule is checked on its real paragraphs, exactly.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pageFurniture } from '../../../src/main/importer/parse/text-pages'
import { pairLabels, pairSectionNumbers } from '../../../src/main/importer/parse/text-labels'
import { readColumns } from '../../../src/main/importer/parse/text-columns'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

/** Every block of the document with this 文号, as text. */
function blocksOf(layout: string, docNumber: string): string[] {
  const doc = parseIssueTraced(tuning(layout)).documents.find((d) => d.doc.docNumber === docNumber)
  return doc?.drafts.map((b) => b.text) ?? []
}

describe('a running head naming the section a page is in (prov-2col-song)', () => {
  // The odd pages' head names the section ('国务院文件', then '国务院办公厅文件'): one name each
  // on fewer pages than a running head must reach, yet one head, the section's.
  const lines = splitLines(tuning('prov-2col-song'))
  const sections = ['政府令', '国务院文件', '国务院办公厅文件']
  // A line's index (a page's first line shares its number with the form feed's).
  const at = (no: number): number => lines.findIndex((l) => l.no === no && l.text.trim() !== '')
  const body = lines.findIndex((l) => l.no === 35)

  it('is furniture on each page whose top is in that section', () => {
    const furniture = pageFurniture(lines, sections, body)
    for (const no of [682, 1023, 2945, 3260, 6509]) expect(furniture.has(at(no))).toBe(true)
    expect(lines[at(682)].text).toBe('国务院文件')
    expect(lines[at(3260)].text).toBe('国务院办公厅文件')
  })

  it('leaves the banners where a section starts', () => {
    const furniture = pageFurniture(lines, sections, body)
    // Lines 39 '政府令', 453 '国务院文件' and 3164 '国务院办公厅文件' are banners in the body.
    for (const no of [39, 453, 3164]) expect(furniture.has(at(no))).toBe(false)
    expect(pageFurniture(lines).has(at(682))).toBe(false)
  })
})

describe('a running head naming the section, next to the gazette’s head line (county-xe-issuer)', () => {
  // Odd pages head '部门文件' or '县政府办公室文件' over '兴县人民政府公报 2022 年第 16 期' (the
  // gazette's own head on every page): each name on a few pages only, yet one head, the section's.
  const lines = splitLines(tuning('county-xe-issuer'))
  const sections = ['县政府文件', '部门文件', '县政府办公室文件']
  const at = (no: number): number => lines.findIndex((l) => l.no === no && l.text.trim() !== '')
  const body = lines.findIndex((l) => l.no === 36)

  it('is furniture on each page whose top is in that section', () => {
    const furniture = pageFurniture(lines, sections, body)
    expect([594, 881].map((no) => [lines[at(no)].text, furniture.has(at(no))])).toEqual([['部门文件', true], ['县政府办公室文件', true]])
    // Without the 目录's sections no shape reaches the share of pages.
    expect(pageFurniture(lines).has(at(881))).toBe(false)
  })

  it('stays over the banner of the section that starts on its page, as the banner does', () => {
    const furniture = pageFurniture(lines, sections, body)
    // Line 784 '县政府办公室文件' heads the page whose banner '【县政府办公室文件】' (791) opens the section.
    expect([784, 791].map((no) => furniture.has(at(no)))).toEqual([false, false])
  })

  it('is dropped, so a 职责 cut by the page break under it comes out whole', () => {
    // '县文旅局：建立和完善旅游领域农村电子商务服务' / (page break, the head) / '平台；推进…应用。'
    expect(blocksOf('county-xe-issuer', '兴政办函〔2022〕5号')).toContain('县文旅局：建立和完善旅游领域农村电子商务服务平台；推进农村电子商务在旅游行业的推广应用。')
  })
})

describe('page furniture in text with page breaks', () => {
  // Three pages of county-1col-heads as pdftotext wrote them: folio, then head lines.
  const pages = [
    '（四）按月发放工资不得低于当地最低工资标准且要达到应发工资的 80% 以上，剩余工\n严禁发生跨月发放工资、大量现金发\n—1 —\n\n',
    '兴县人民政府公报\n\n2022 年第 3 期\n\n放工资、由班组长或包工头代领代发工资、只发少部分工资或生活费等现象。\n\n—2 —\n\n',
    '兴县人民政府公报\n\n2022 年第 3 期\n\n（二）按照“谁审批，谁负责”的原则，各类工程建设项目在报建之前，均应向行业主\n—3 —\n\n',
    '兴县人民政府公报\n\n2022 年第 3 期\n\n一、同意将位于兴县奥家湾乡姚儿湾村的 2022-02 号宗地\n2022 年 5 月 24 日\n—4 —\n',
  ]
  const lines = splitLines(pages.join('\f'))
  const found = [...pageFurniture(lines)].map((i) => lines[i].text)

  it('is the lines of one shape (digits aside) at the edges of enough pages', () => {
    expect(found).toEqual([
      '—1 —', '兴县人民政府公报', '2022 年第 3 期', '—2 —', '兴县人民政府公报', '2022 年第 3 期', '—3 —',
      '兴县人民政府公报', '2022 年第 3 期', '—4 —',
    ])
  })

  it('never takes body text or a closing date, even at a page edge', () => {
    expect(found.some((t) => /[，。]/.test(t) || t.includes('月'))).toBe(false)
  })

  it('is dropped, so a sentence cut by the page break comes out whole', () => {
    expect(blocksOf('county-1col-heads', '兴政发〔2022〕8号')).toContain(
      '（四）按月发放工资不得低于当地最低工资标准且要达到应发工资的80%以上，剩余工资最迟每3个月结算支付一次。工期结束农民工退场时，应及时结算并全额付清剩余工资，并向农民工出具解除或者终止劳动合同的书面证明。严禁发生跨月发放工资、大量现金发放工资、由班组长或包工头代领代发工资、只发少部分工资或生活费等现象。',
    )
  })
})

describe('hard-wrapped text from pdftotext', () => {
  it('joins the pieces pdftotext cut a typeset line into at tucked punctuation', () => {
    // '…条例》' / '（国务院令第 724 号）' / '、' / '《山西省保障' were one line on the page.
    expect(blocksOf('county-1col-heads', '兴政发〔2022〕8号')).toContain(
      '为了进一步贯彻落实《保障农民工工资支付条例》（国务院令第724号）、《山西省保障农民工工资支付办法》（山西省人民政府令第295号）和《山西省人民政府办公厅关于进一步做好根治拖欠农民工工资工作的通知》（晋政办发〔2021〕44号）相关规定，规范农民工工资支付行为，保障农民工按时足额获得工资，现就在我县工程建设领域全面落实保障农民工工资支付相关制度通知如下。',
    )
  })

  it('ends a heading as wide as an indent before a first line of ideographs as wide', () => {
    // city-pdfkit-2col.txt: '四、关于黄金产品增值税和黄金产地加工问题' / '在国内黄金收购价格与国际市场黄金价格并轨'
    // (both 20 ideographs, the column 22): no narrow figure took the second line's width, so it was indented.
    const blocks = blocksOf('city-pdfkit-2col', '国办函〔1996〕16号')
    expect(blocks).toContain('四、关于黄金产品增值税和黄金产地加工问题')
    expect(blocks).toContain('在国内黄金收购价格与国际市场黄金价格并轨前，继续免征黄金生产环节的增值税，配售环节的增值税即征即退。鉴于国家对黄金产品实行统收统配政策，因此，不能返回部分黄金由产地加工。')
  })

  it('keeps a numbered paragraph’s first line with its last, a sentence and a note, as wide', () => {
    // state-pdfkit.txt: '（四十六）允许…金融同业跨' / '境拆出短期人民币资金。（负责部门：人民银行，…）'.
    expect(blocksOf('state-pdfkit', '国发〔2018〕38号')).toContain('（四十六）允许自贸试验区内银行业金融机构按相关规定向台湾地区金融同业跨境拆出短期人民币资金。（负责部门：人民银行，适用范围：福建自贸试验区）')
  })

  it('goes on from a short line to the next when that starts with a word’s last ideograph and a stop', () => {
    // prov-lo-masthead.txt: LibreOffice set the heading '（六） 支 持 … 在 岗 培' letter-spaced to the
    // column's width; pdftotext gives its characters only, a short line, and '训。2019 年…' goes on.
    expect(blocksOf('prov-lo-masthead', '国发〔2018〕39号')).toContain('（六）支持困难企业开展职工在岗培训。2019年1月1日至12月31日，困难企业可组织开展职工在岗培训，所需经费按规定从企业职工教育经费中列支，不足部分经所在地人力资源社会保障部门审核评估合格后，可由就业补助资金予以适当支持。（人力资源社会保障部、财政部负责）')
  })

  it('puts a comma that hung past the line back on its line', () => {
    expect(blocksOf('county-1col-heads', '兴政办发〔2022〕8号')).toContain(
      '完善农村商贸流通基础设施，鼓励大型商贸流通企业实现连锁化经营，开展“农超对接”和平价商店建设，开展集中采购、统一配送、直供直销等业务，推动传统零售网点、乡村电子商务服务站升级改造，推动农村流通降本增效。建设高科技、智能化的县、乡、村三级农村电商公共服务体系，通过完善、提升县级电商公共服务中心和乡村电商服务站（点），使其服务功能进一步完备，服务领域进一步拓展，运营水平进一步提高。扶持乡村特色产业销售网络多元化、全域化。',
    )
  })

  it('ends a name-list entry at a short line, though no sentence closes it', () => {
    const blocks = blocksOf('county-1col-heads', '兴政办发〔2022〕12号')
    const from = blocks.indexOf('副组长：马兴勇县政府副县长')
    expect(blocks.slice(from, from + 4)).toEqual([
      '副组长：马兴勇县政府副县长', '钟连山县政府副县长、公安局局长', '高潮县政府办副主任', '范兴森县水利局局长',
    ])
  })

  it('reads a first line a little short of the edge as indented, and a full stop on a later indent-wide line as the end', () => {
    // ASCII parentheses and commas make these lines narrower than their column.
    expect(blocksOf('county-2col-kai', '兴人社发〔2022〕16号')).toContain(
      '(二)总承包施工企业按照施工管理全面负责的原则,确保农民工工资按月足额通过银行卡发放到农民工本人,不得有欠薪行为,否则列为重点监控单位,记入不良记录,由县人社局在本地媒体曝光。',
    )
    const blocks = blocksOf('county-docx-joint', '兴政函〔2022〕44号')
    expect(blocks).toContain('根据《自然资源部关于做好近期国土空间规划有关工作的通知》(自然资发〔2020〕183号)等文件要求,兴县经济技术开发区2022年第1批次建设用地项目需办理建设用地审批手续,现将有关用地规划情况承诺如下:')
    expect(blocks).toContain('该批次用地拟用于兴县经济技术开发区园区建设,用地涉及兴县瓦塘镇兴汉村,申请用地总面积14.3639公顷,其中:农用地7.2048公顷(含耕地5.2633公顷)、未利用地7.1591公顷。新增建设用地面积14.3639公顷。项目用地符合土地利用总体规划,位于城镇开发边界,不与三条控制线管控规则冲突。')
  })

  it('opens a paragraph at a page’s first line as wide as an indent, its sentence open, whatever the page before left open', () => {
    // prov-xe-3col-answers.txt 1739–1741 and 1756–1766: three columns read, another column's foot
    // ('…约 35 亿立方') came last on page 10; page 11's head '建议提案答复' is blanked (a form feed,
    // then the head's line left empty), so nothing stood between it and the reply's first line.
    const text = [
      '来，各地在城市节水和污水处理等', '方面做了大量工作。近 5 年来，全', '国城市平均年节水量约 35 亿立方', '', '\f', '',
      '教育部、外交部、财政部、体', '育总局《关于以哈尔滨市名义申请', '举办 2009 年世界大学生冬季运动', '会的请示》', '（教外际〔2004〕14 号）',
      '收悉。经国务院领导同志批准，现', '函复如下：', '同意以哈尔滨市名义申办', '2009 年第二十四届世界大学生冬', '季运动会。运动会申办全部经费由',
    ].join('\n')
    const lines = splitLines(text)
    expect(buildBlocks(lines, undefined, textEdges(lines)).map((b) => b.text)).toEqual([
      '来，各地在城市节水和污水处理等方面做了大量工作。近5年来，全国城市平均年节水量约35亿立方',
      '教育部、外交部、财政部、体育总局《关于以哈尔滨市名义申请举办2009年世界大学生冬季运动会的请示》（教外际〔2004〕14号）收悉。经国务院领导同志批准，现函复如下：',
      '同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会。运动会申办全部经费由',
    ])
    // The same lines read whole from the issue, the head found as the section's.
    expect(blocksOf('prov-xe-3col-answers', '国办函〔2004〕36号')).toContain(
      '教育部、外交部、财政部、体育总局《关于以哈尔滨市名义申请举办2009年世界大学生冬季运动会的请示》（教外际〔2004〕14号）收悉。经国务院领导同志批准，现函复如下：',
    )
  })

  it('joins a post set in its own column to the lone name above it', () => {
    const blocks = blocksOf('state-pdfkit', '国办发〔2018〕109号')
    expect(blocks).toContain('梁言顺 中央宣传部副部长')
    expect(blocks).toContain('王作安 中央统战部副部长、宗教局局长')
  })
})

describe('article labels hanging left of their text', () => {
  it('pairs each label of a stack with the text on its row, in order', () => {
    const text = ['第二章', '第七条', '第八条', '', '专利代理机构和专利代理师', '专利代理机构的组织形式应当为合伙企业、有限责任公司等。', '合伙企业、有限责任公司形式的专利代理机构从事专利代理业务应当具', '', '备下列条件：'].join('\n')
    expect(pairLabels(splitLines(text)).map((l) => l.text)).toEqual([
      '第二章\u3000专利代理机构和专利代理师',
      '第七条\u3000专利代理机构的组织形式应当为合伙企业、有限责任公司等。',
      '第八条\u3000合伙企业、有限责任公司形式的专利代理机构从事专利代理业务应当具',
      '', '', '', '', '', '备下列条件：',
    ])
  })

  it('pairs no label with a title’s first line: a 条 at a column’s foot, the next document’s title under it', () => {
    // prov-xe-3col-answers.txt: the right column's '第九条' written before the left column's next
    // title ('国务院关于印发个人所得税专项附加扣除暂' / '行办法的通知'); paired, the title read
    // '第九条国务院…' and its issuer '第九条国务院'.
    const text = ['第九条', '', '国务院关于印发个人所得税专项附加扣除暂', '行办法的通知', '（国发〔2018〕41 号）'].join('\n')
    expect(pairLabels(splitLines(text)).map((l) => l.text)).toEqual(text.split('\n'))
    const doc = parseIssueTraced(tuning('prov-xe-3col-answers')).issue.documents.find((d) => d.docNumber === '国发〔2018〕41号')
    expect(doc?.issuers).toEqual(['国务院'])
  })

  it('reads a letter-spaced chapter name as one text', () => {
    const text = ['第一章', '第一条', '', '总', '则', '为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合'].join('\n')
    expect(pairLabels(splitLines(text)).slice(0, 2).map((l) => l.text)).toEqual([
      '第一章\u3000总则', '第一条\u3000为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合',
    ])
  })

  it('gives whole articles and chapter headings in a real regulation', () => {
    const blocks = blocksOf('state-pdfkit', '中华人民共和国国务院令 第706号')
    expect(blocks).toContain('第一条为了规范专利代理行为，保障委托人、专利代理机构和专利代理师的合法权益，维护专利代理活动的正常秩序，促进专利代理行业健康发展，根据《中华人民共和国专利法》，制定本条例。')
    expect(blocks).toContain('第二章专利代理机构和专利代理师')
    expect(blocks).toContain('第七条专利代理机构的组织形式应当为合伙企业、有限责任公司等。')
  })

  it('pairs a chapter’s name and its first article’s text each set apart by a blank glyph (county-pdfkit-1col)', () => {
    // county-pdfkit-1col.txt 198–203: '第三章' / '第十三条' / '' / '专利代理执业' / '' / '专利代理机构
    // 可以接受委托…': each line drawn in one text op with U+3000 a blank glyph, the pieces one block each.
    const lines = pairLabels(splitLines(tuning('county-pdfkit-1col')), 30).map((l) => l.text)
    expect(lines).toContain('第三章\u3000专利代理执业')
    expect(lines.some((t) => t.startsWith('第十三条\u3000专利代理机构可以接受委托'))).toBe(true)
    const blocks = blocksOf('county-pdfkit-1col', '兴县人民政府令 第2号')
    expect(blocks).toContain('第三章专利代理执业')
    expect(blocks).toContain('第四章法律责任')
    expect(blocks).toContain('第二十四条以隐瞒真实情况、弄虚作假手段取得专利代理机构执业许可证、专利代理师资格证的，由国务院专利行政部门撤销专利代理机构执业许可证、专利代理师资格证。')
  })

  it('pairs a label with its text past the page’s foot, blanked as furniture (county-pdfkit-1col)', () => {
    // county-pdfkit-1col.txt 220–226: '第十六条' / '' / '第2页' / '' / '共21页' / '' / its text.
    const blocks = blocksOf('county-pdfkit-1col', '兴县人民政府令 第2号')
    expect(blocks).toContain('第十六条专利代理师应当根据专利代理机构的指派承办专利代理业务，不得自行接受委托。')
  })

  it('in two columns written line by line, takes a right-column label’s text past the left column’s full line', () => {
    // prov-2col-song.txt: '第十九条' / '' / '关系信息、出入境证件信息、相关出国人员信息、户' (the left
    // column's line, full) / '' / '住房租金支出由签订租赁住房合' (its text, short by the label).
    const lines = pairLabels(splitLines(tuning('prov-2col-song')), 30).map((l) => l.text)
    expect(lines).toContain('第十九条\u3000住房租金支出由签订租赁住房合')
    expect(lines).toContain('关系信息、出入境证件信息、相关出国人员信息、户')
  })

  it('does not take a paragraph’s last line past a full one for a label’s text', () => {
    // city-xe-span-mid.txt: '第十六条' is not followed by '还款支出凭证备查。', a paragraph's end.
    const lines = pairLabels(splitLines(tuning('city-xe-span-mid')), 30).map((l) => l.text)
    expect(lines.some((t) => t.startsWith('第十六条\u3000还款支出'))).toBe(false)
  })

  it('in two columns written line by line, finds a chapter’s name past the other column’s lines', () => {
    // prov-xe-inner.txt 932–939: '第十章' / '' / '告。' (the right column's paragraph end) / … /
    // '作风纪律'; and 1065–1070: '第五章' / '学历教育包括义务教育（小学、初中教育）' / … / '住房贷款利息'.
    const lines = pairLabels(splitLines(tuning('prov-xe-inner')), 30).map((l) => l.text)
    expect(lines).toContain('第十章\u3000作风纪律')
    expect(lines).toContain('第五章\u3000住房贷款利息')
    expect(lines).toContain('告。')
    expect(lines).toContain('学历教育包括义务教育（小学、初中教育）')
  })

  it('in two columns written line by line, finds a 条’s text that fills its row past the other column’s', () => {
    // city-xe-span-mid.txt: '第二十三条' is followed by the other column's full line '上述数据信息的
    // 格式、标准、共享方式，由国务', then by its own text, short by the label's width.
    const lines = pairLabels(splitLines(tuning('city-xe-span-mid')), 30).map((l) => l.text)
    expect(lines).toContain('第二十三条\u3000本办法所称被赡养人是指年满 60')
    expect(lines).toContain('上述数据信息的格式、标准、共享方式，由国务')
  })

  it('takes no paragraph’s first line of the other column, as wide as the column less its indent, for a short label’s text', () => {
    // city-xe-span-mid.txt 103–107: '第三条' / '' / '纳税人及其配偶、未成年子女发生的医药费用支' (the
    // left column's paragraph, indented two hanzi: 42 of the column's 46) / '' / '个人所得税专项附加扣除
    // 遵循公平合' (its text, short by the label). Lines 90–150 are cut so the page's width is known.
    const cut = tuning('city-xe-span-mid').split('\n').slice(89, 150).join('\n')
    const lines = pairLabels(splitLines(cut)).map((l) => l.text)
    expect(lines).toContain('第三条\u3000个人所得税专项附加扣除遵循公平合')
    expect(lines).toContain('纳税人及其配偶、未成年子女发生的医药费用支')
  })

  it('gives the chapter headings of a regulation set in columns written line by line', () => {
    const blocks = blocksOf('prov-xe-inner', '国发〔2004〕18号')
    expect(blocks).toContain('第五章坚持依法行政')
    expect(blocks).toContain('第十章作风纪律')
    expect(blocks.some((b) => b.startsWith('第五章济合作'))).toBe(false)
  })

  it('leaves a label whose next line is another paragraph alone', () => {
    const src = splitLines('第九条\n（一）有符合法律、行政法规规定的专利代理机构名称；')
    expect(pairLabels(src)).toEqual(src)
  })
})

describe('two columns interleaved block by block', () => {
  it('reads the left column, then the right, so paragraphs come out whole', () => {
    const blocks = blocksOf('county-2col-kai', '兴人社发〔2022〕16号')
    expect(blocks).toContain('（一）施工总承包单位或劳务分包单位应当与每一个农民工先签订书面劳动合同，后组织农民工进场务工，并办理劳动合同文本签领手续，项目部及农民工个人分别保存一份书面劳动合同。严禁发生代签劳动合同、代领或代保存劳动合同文本等现象。未订立劳动合同或者进行用工实名登记的人员，不得进入项目现场施工。')
    expect(blocks).toContain('（二）施工总承包单位、劳务分包单位应当按月建立健全职工名册、农民工考勤和工资支付等书面台账。职工名册应当包括劳动者姓名、性别、公民身份号码、户籍地址及现住址、联系方式、用工形式、用工起始时间、劳动合同期限等内容。')
  })

  it('leaves a decree’s signature, date and promulgated title in their order', () => {
    const decree = parseIssueTraced(tuning('prov-2col-song')).issue.documents.find((d) => d.docNumber === '中华人民共和国国务院令 第706号')
    expect(decree?.title).toBe('专利代理条例')
  })

  it('leaves single-column text in its order', () => {
    const src = splitLines(tuning('county-1col-heads'))
    expect(readColumns(src).map((l) => l.text)).toEqual(src.map((l) => l.text))
  })

  it('moves the lines of an interleaved page', () => {
    const src = splitLines(tuning('county-2col-kai'))
    expect(readColumns(src).map((l) => l.text)).not.toEqual(src.map((l) => l.text))
  })
})

describe('an article label over a document’s closing (city-xe-span-mid.txt 54–56)', () => {
  it('is not paired with the 附注 or the date: they close the document, not a chapter', () => {
    const src = splitLines(['第四章', '', '（此件公开发布）', '', '大病医疗'].join('\n'))
    expect(pairLabels(src)).toEqual(src)
    const dated = splitLines(['第十条', '', '2018 年 12 月 13 日'].join('\n'))
    expect(pairLabels(dated)).toEqual(dated)
  })
})

describe('a section number written under its heading (prov-1col-pages.txt 175–181)', () => {
  const text = ['制定本预案。', '等级划分', '', '1.2', '', '本预案所称粮食应急状态，是指因各类突发公共事件或者其他原因，引起国内粮食供求关系突']

  it('goes back in front of its heading, its own line blank', () => {
    expect(pairSectionNumbers(splitLines(text.join('\n'))).map((l) => l.text)).toEqual([
      '制定本预案。', '1.2\u3000等级划分', '', '', '', text[5],
    ])
  })

  it('stays where it is when its heading follows it', () => {
    const src = splitLines(['制定本预案。', '1.3', '', '适用范围', '本预案适用于在粮食应急状态下，对原粮及成品粮采购、调拨。'].join('\n'))
    expect(pairSectionNumbers(src)).toEqual(src)
  })

  it('stays where it is after a sentence: it numbers the text under it', () => {
    const src = splitLines(['和应急处理办法。', '1.2.3', '省级人民政府可以根据本地区实际情况，研究制订省级以下粮食应急状态分级'].join('\n'))
    expect(pairSectionNumbers(src)).toEqual(src)
  })
})

describe('a running head naming the section with the folio beside it on one line (prov-xe-unbal-b.layout.txt)', () => {
  // Lines 603–612, 1061–1072, 1161–1168 of pdftotext -layout's text: centred heads naming the 栏目
  // with a bare folio in the outer corner. Where a 栏目's last page fills its left column only
  // (columns never balanced), -layout sets the head and folio three blanks apart; each name with
  // its folio is on too few pages for its shape to count, and the head glued into the paragraph
  // the page break cut ('…将其作为推进农业农国务院文件13村现代化…').
  const text = [
    '区建设区域农机安全应急救援中心，提高农机安         （十九）强化地方政府责任。各省级人民政府',
    '全监理执法、快速救援、机具抢修和跨区作业实        要认真研究实施乡村振兴战略对农机装备的需求，',
    '时监测调度等能力。（农业农村部、发展改革委、       充分认识加快推进农业机械化和农机装备产业转',
    '财政部、自然资源部、税务总局等负责）           型升级的重要性、紧迫性，将其作为推进农业农',
    '\f                               国务院文件   13', '', '',
    '村现代化的重要内容，纳入本地区经济社会发展',
    '规划和议事日程，结合实际制定实施意见。深入',
    '贯彻落实《中华人民共和国农业机械化促进法》等',
    '外交部、公安部、海关总署、交通运输部负责）',
    '     五、强化协调配合，加强资金保障',
    '     （十八）持续推进“放管服”改革。继续推进',
    '体育赛事审批制度改革，加快制定赛事审批取消',
    '\f                         国务院办公厅函件                           23', '', '', '',
    '四、国务院办公厅函件', '', '',
    '         国办函〔2006〕71 号            国务院领导同志对电子政务建设高度重视。',
    '情况。2002 年太钢投资 4800 万元，采用“中和-分   生产促进法》的有关规定，要求排污和排水大户进',
    '离-灭菌-反渗透膜分离”工艺技术，建成了污水深         行清洁生产审核。',
    '度处理和回用设施。经深度处理后的焦化、轧钢             现将有关部门的报告一并报送您，供审阅。感',
    '\f                  国务院办公厅函件   25', '', '',
    '谢您对节水治污工作的关心和支持，我们将督促有',
    '关部门做好有关措施的落实工作。',
  ].join('\n')
  const lines = splitLines(text)
  const sections = ['省政府令', '国务院文件', '国务院办公厅文件', '国务院办公厅函件']
  const find = (s: string): number => lines.findIndex((l) => l.text.trim() === s)

  it('is furniture, however close the folio stands', () => {
    const furniture = pageFurniture(lines, sections, 0)
    for (const head of ['国务院文件   13', '国务院办公厅函件                           23', '国务院办公厅函件   25']) {
      expect(find(head)).toBeGreaterThan(0)
      expect(furniture.has(find(head))).toBe(true)
    }
  })

  it('leaves the banner that opens the section, and heads the 目录 does not name', () => {
    expect(pageFurniture(lines, sections, 0).has(find('四、国务院办公厅函件'))).toBe(false)
    expect(pageFurniture(lines, ['省政府令'], 0).has(find('国务院文件   13'))).toBe(false)
  })
})
