// A ruled table set inside the left column of a Word-born page, in pdftotext -layout's text: its
// cells apart by wide blanks, its last column a few cells before the right column's edge, each
// narrow cell wrapped onto the rows under it ('交楼   946   314' / '申乡   1     6'). The table's
// columns drew the gutter into the table (the right column read with the table's last figures
// glued before its lines), and its rows came out cut, a cell's rest on a row of its own. And a
// numbered 栏目 banner centred over two columns, starting a few cells before the right column's
// edge, was read as the right column's heading: the next document's title came before the last
// rows of the one above it. Cut from city-docx-span-b (pages 17 and 18 of the issue).
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { joinTableRows, tableStops } from '../../../src/main/importer/layout/text-layout-tables'

const TABLE_PAGE = [
  "所革命”建设情况进行跟踪问效，检查督导，形                2. 县城建成区奥家湾乡、蔚汾镇、蔡家崖乡",
  "成上下联动、合力共建的工作机制，促进我县农              三个乡镇拥有卫生厕所数不包括 2021 年创卫户",
  "村“厕所革命”工作任务圆满完成。                   改厕数；",
  "  附件：1. 兴县 2022 年农村“厕所革命”任           3. 2022 年户改厕任务数中，县城建成区奥",
  "务分配表                               家湾乡、蔚汾镇、蔡家崖乡三个乡镇包括创卫户",
  "  2. 双瓮式厕所剖面示意图、厕屋立面图",
  "                                   改厕数。",
  "  附件 1",
  "                                     附件 2",
  "  兴县 2022 年农村“厕所革命”任务分配表",
  "                                     双瓮式厕所剖面示意图、厕屋立面图",
  "乡镇   总人    总户    拥有    改厕    其",
  "                                     厕所立面图",
  "     口     数     卫生    任务    中：",
  "                 厕所",
  "                 数",
  "                       数     EC",
  "                             O厕",
  "                                   兴县人民政府办公室关于更新",
  "                             所       行政执法主体的通知",
  "交楼   946   314   422   94    47",
  "申乡   1     6                              （兴政办函〔2022〕6 号）",
  "奥家   249   847   122   207   103",
  "湾乡   84    8     7                 各乡镇人民政府，县直各有关单位：",
  "蔚汾   431   133   668   571   286     根据《吕梁市人民政府办公室关于印发吕梁",
  "镇    14    53",
  "蔡家   257   771   136   173   86    市全面推行行政执法公示制度执法全过程记录制",
  "崖乡   55    0     6                 度重大执法决定法制审核制度实施方案的通知》",
  "瓦塘   192   667   373   158   79    （吕政办发〔2019〕23 号）、《山西省司法厅关",
  "镇    19    2",
  "魏家   240   875   743   212   106   于加强行政执法资格管理的通知》（晋司办",
  "滩镇   13    7                       〔2019〕53 号）要求，因乡镇合并等原因，需重",
  "高家   155   528   514   105   53    新公布执法主体，经县司法局依法梳理审核，报",
  "村镇   66    6",
  "罗峪   932   325   891   47    23    县政府研究同意，现将我县 43 个行政执法主体",
  "口镇   8     3                       公布如下：",
  "康宁   212   726   124   114   57      一、乡（镇）人民政府（15 个）",
  "镇    72    2     7                   1. 蔚汾镇人民政府",
  "固贤   113   391   127   44    22",
  "乡    35    3     0                   2. 蔡家崖乡人民政府",
  "东会   803   274   228   59    30      3. 奥家湾乡人民政府",
  "乡    7     4                         4. 高家村镇人民政府",
  "孟家   221   765   142   88    44",
  "坪乡   18    4     8                   5. 瓦塘镇人民政府",
  "蔡家   113   415   101   47    24      6. 魏家滩镇人民政府",
  "会镇   85    9     0                   7. 康宁镇人民政府",
  "赵家   721   255   237   37    18",
  "坪乡   2     3                         8. 孟家坪乡人民政府",
  "圪塔   824   301   201   44    22      9. 罗峪口镇人民政府",
  "上乡   5     9                         10. 蔡家会镇人民政府",
  "合计   260   879   118   200   100",
  "     758   59    25    0     0       11. 东会乡人民政府",
  "                                     12. 固贤乡人民政府",
  "  说明：1. 各乡镇拥有卫生厕所数指 2015 年           13. 交楼申乡人民政府",
  "以来实施过的农村户改厕数；                        14. 赵家坪乡人民政府",
  "                                     15. 圪达上乡人民政府",
  "                                     二、县政府所属的行政执法主体（28 个）",
]

const BANNER_PAGE = [
  "       9. 兴县审计局                      28. 兴县行政审批服务管理局",
  "       10. 兴县住房和城乡建设管理局              上述公布的县级行政执法主体应当严格在法",
  "       11. 兴县人力资源和社会保障局            定职权范围内履行执法职责，切实做到严格、规",
  "       12. 兴县交通运输局                 范、公正、文明执法，依法维护公共利益和公",
  "       13. 兴县水利局                   民、法人和其他组织的合法权益。今后，凡县级",
  "       14. 兴县农业农村局                 行政执法主体发生设立、分立、合并以及主体资",
  "       15. 兴县能源局                   格取消等情形的，有关部门应当及时报县政府审",
  "       16. 兴县林业局                   查确认后向社会公布。",
  "       17. 兴县自然资源局                                兴县人民政府办公室",
  "       18. 兴县统计局                                 二〇二二年五月十一日",
  "       19. 兴县文化和旅游局                  （此件主动公开）",
  "",
  "                                五、人事任免",
  "兴县人民政府办公室关于成立                        成 员：张富唐 县纪委监委主持日常工作的副",
  "                                   书记",
  "兴县 2022 年高标准农田建设项                    王志辉 县农业农村局局长",
  "     目领导组的通知                         张建兵 县发改局局长",
  "                                     张建平 县财政局局长",
  "各乡（镇）人民政府、县直各有关单位：                   薛探平 县审计局局长",
  "       实施高标准农田建设是落实好藏粮于地、藏           贾广田 县自然资源局局长",
  "粮于技，确保粮食安全的重要措施，也是现代农                王和平 县林业局局长",
  "业提质增效的基础、产业兴旺的保障。根据山西                乔恩务 高家村镇镇长",
  "省农业农村厅《关于提前下达 2022 年第一批农             张 景 孟家坪乡乡长",
  "田建设任务和中央财政资金使用计划的通知》                 张雁兵 蔡家会镇镇长",
  "（晋农计财发〔2021〕34 号）要求，2022 年我          张商信 东会乡乡长",
  "县承载高标准农田建设任务 1 万亩。为确保高标              领导组下设办公室和技术指导组，具体负责",
  "准农田建设项目顺利完成，特成立兴县 2022 年           项目日常工作和技术指导。办公室设在县农业农",
  "高标准农田建设项目领导组，具体负责项目建设              村局，办公室主任由县农业农村局局长王志辉同",
]

const read = (rows: string[]): string[] => readLayoutColumns(rows.join('\n')).split('\n').map((l) => l.trim()).filter((l) => l !== '')

describe('a ruled table inside the left column (pdftotext -layout)', () => {
  it("finds the table's columns from its rows of figures", () => {
    expect([...tableStops(TABLE_PAGE)].sort((a, b) => a - b)).toEqual([0, 5, 11, 17, 23, 29])
  })

  it('reads the right column apart from the table, whole', () => {
    const rows = read(TABLE_PAGE)
    const i = rows.indexOf('各乡镇人民政府，县直各有关单位：')
    expect(i).toBeGreaterThan(rows.indexOf('以来实施过的农村户改厕数；'))
    expect(rows.slice(i + 1, i + 3)).toEqual(['根据《吕梁市人民政府办公室关于印发吕梁', '市全面推行行政执法公示制度执法全过程记录制'])
    expect(rows).toContain('附件：1. 兴县 2022 年农村“厕所革命”任')
  })

  it("reads each table row whole, a wrapped cell's rest after its start", () => {
    const rows = read(TABLE_PAGE)
    expect(rows).toContain('乡镇\t总人口\t总户数\t拥有卫生厕所数\t改厕任务数\t其中：ECO厕所')
    expect(rows).toContain('交楼申乡\t9461\t3146\t422\t94\t47')
    expect(rows).toContain('合计\t260758\t87959\t11825\t2000\t1000')
  })

  it('leaves rows with no table as they were', () => {
    const rows = ['  一、乡（镇）人民政府（15 个）', '  1. 蔚汾镇人民政府', '  2. 蔡家崖乡人民政府']
    expect(joinTableRows(rows)).toEqual(rows)
  })
})

describe('a numbered banner centred over two columns (pdftotext -layout)', () => {
  it("reads the columns above it before it, the next document's title after it", () => {
    const rows = read(BANNER_PAGE)
    const banner = rows.indexOf('五、人事任免')
    expect(banner).toBeGreaterThan(rows.indexOf('（此件主动公开）'))
    expect(banner).toBeGreaterThan(rows.indexOf('28. 兴县行政审批服务管理局'))
    expect(rows.indexOf('兴县人民政府办公室关于成立')).toBeGreaterThan(banner)
  })
})
