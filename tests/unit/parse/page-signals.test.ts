// The page's signals in the parser (PDF lines with layout): where a paragraph ends, headings set
// in their own face, table rows; and where each block came from. Text without layout is unchanged.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ParsedIssue } from '../../../src/shared/domain'
import type { LineLayout } from '../../../src/shared/source-line'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { isCellRow, lineEdges } from '../../../src/main/importer/parse/geometry'
import type { SourceLine } from '../../../src/main/importer/parse/lines'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'

const RIGHT = 533
const SIZE = 12

function at(no: number, x1: number, over: Partial<LineLayout> = {}): LineLayout {
  return { page: 1, column: 0, columns: 1, spans: false, x0: 62, x1, y: 100 + 20 * no, size: SIZE, relSize: 1, font: 'fangsong', bold: false, align: x1 >= RIGHT - 1 ? 'full' : 'left', indent: 0, gapBefore: 0, parts: 1, ...over }
}

function blocks(lines: SourceLine[]): string[] {
  return buildBlocks(lines, undefined, lineEdges(lines)).map((b) => b.text)
}

describe('paragraphs from the page', () => {
  it("joins an attachment's title wrapped in a narrow column: a full line, then a centred one of the same type (county-lo-autonum)", () => {
    const big = { size: 15, relSize: 1.36, font: 'song' as const }
    const lines: SourceLine[] = [
      { no: 1, text: '附件', layout: at(1, 120, { font: 'hei' }) },
      { no: 2, text: '兴县煤炭消费减量替代2022年工', layout: at(2, RIGHT, { ...big, align: 'full' }) },
      { no: 3, text: '作方案重点任务分工表', layout: at(3, 400, { ...big, align: 'centre', indent: 2.5 }) },
      { no: 4, text: '各有关单位要按照分工抓好落实。', layout: at(4, 300, { indent: 2 }) },
    ]
    expect(blocks(lines)).toEqual(['附件', '兴县煤炭消费减量替代2022年工作方案重点任务分工表', '各有关单位要按照分工抓好落实。'])
    // Two centred lines are two the author set (county-docx-masthead: a title over its subtitle).
    const centred = lines.map((l, i) => (i === 1 ? { ...l, text: '关于湖北省巴东县官渡口镇马鬃山村', layout: at(2, 450, { ...big, align: 'centre', indent: 4 }) } : l))
    expect(blocks(centred).slice(1, 3)).toEqual(['关于湖北省巴东县官渡口镇马鬃山村', '作方案重点任务分工表'])
  })

  const heading = '（一）政府引导，市场为主'
  const body = '创造良好发展环境，进一步完善政策、优化服务、加强监管，做好督导检查'
  const tail = '和绩效评价，积极推进项目实施。'

  it('a heading set in 黑体 or 楷体 stands alone; the text alone would run it into the paragraph', () => {
    const text: SourceLine[] = [{ no: 1, text: heading }, { no: 2, text: body }, { no: 3, text: tail }]
    expect(blocks(text)).toEqual([heading + body + tail])
    const paged = text.map((l, i) => ({ ...l, layout: at(i + 1, [300, RIGHT, 250][i], { font: i === 0 ? 'hei' : 'fangsong', indent: i === 1 ? 2 : 0 }) }))
    expect(blocks(paged)).toEqual([heading, body + tail])
  })

  it('a line short of the column edge ends its paragraph; one run to the edge goes on', () => {
    // The same face throughout: only the geometry tells the name list apart.
    const names = ['副组长：马兴勇 县政府副县长', '钟连山 县政府副县长、公安局局长', '高 潮 县政府办副主任']
    const paged = names.map((text, i) => ({ no: i + 1, text, layout: at(i + 1, 240 + 10 * i) }))
    paged.push({ no: 9, text: '全文写满一行的正文，排到栏的右边', layout: at(9, RIGHT) })
    expect(blocks(paged)).toHaveLength(4)
    const wrapped = [
      { no: 1, text: '（六）自贸试验区内的外商独资建筑业企业承揽本省（市）的中外联合建设项目', layout: at(1, RIGHT - 2 * SIZE) },
      { no: 2, text: '时，不受建设项目的中外方投资比例限制。', layout: at(2, 300) },
      { no: 3, text: '（七）正文排满一行，为比较栏宽而设', layout: at(3, RIGHT) },
    ]
    expect(blocks(wrapped)[0]).toBe('（六）自贸试验区内的外商独资建筑业企业承揽本省（市）的中外联合建设项目时，不受建设项目的中外方投资比例限制。')
  })

  it('a name-list row stays a row of its own, even when its post runs to the column’s edge', () => {
    // prov-2col-bands.pdf: one member a line, the post set after the name; some posts fill the column.
    const rows = ['王荣华 教授、上海市政协原副主席', '李 烈 正高级教师、北京第二实验小学原校长', '李 捷 研究员、求是杂志社原社长', '吴岳良 院士、中国科学院大学副校长']
    const paged = rows.map((text, i) => ({ no: i + 1, text, layout: at(i + 1, i === 1 ? RIGHT : 493, { indent: 2 }) }))
    expect(blocks(paged).map((t) => t.replace(/\s/g, ''))).toEqual(rows.map((t) => t.replace(/\s/g, '')))
    // A post that wraps goes on: its rest is no row of its own.
    const wrapped = [{ no: 1, text: '马志明 院士、中科院数学与系统科学研究院学术委员', layout: at(1, RIGHT, { indent: 2 }) }, { no: 2, text: '会主任', layout: at(2, 120) }]
    expect(blocks(wrapped)).toHaveLength(1)
  })

  it('a note in brackets goes on with its paragraph, though pdfkit broke the line short of the edge', () => {
    // state-pdfkit.pdf: no first-line indent; a line breaks early rather than start with a mark.
    const lines = [
      ['（二十九）支持平潭口岸建设进境种苗、水果、食用水生动物等监管作业场所。', 490],
      ['（负责部门：海关总署，适用范围：福建自贸试验区）', 358],
      ['（四十三）支持在有条件的自贸试验区开展知识产权证券化试点。（负责部门：', 490],
      ['证监会、知识产权局）', 190],
      ['（四十四）允许平潭各金融机构试点人民币与新台币直接清算，允许境外机构境', 490],
      ['内外汇账户办理定期存款业务。', 514],
    ] as const
    const paged = lines.map(([text, x1], i) => ({ no: i + 1, text, layout: at(i + 1, x1 + 19) }))
    expect(blocks(paged)).toEqual([lines[0][0] + lines[1][0], lines[2][0] + lines[3][0], lines[4][0] + lines[5][0]])
  })

  it('table rows whose cells are numbers stay rows', () => {
    expect(isCellRow('交楼申乡 9461 3146 422 94 47')).toBe(true)
    expect(isCellRow('（1991 年 3 月 4 日中华人民共和国国务院令第 76')).toBe(false)
    expect(isCellRow('合计，共 3 个 4 项')).toBe(false)
    const rows = ['交楼申乡 9461 3146 422 94 47', '奥家湾乡 24984 8478 1227 207 103'].map((text, i) => ({ no: i + 1, text, layout: at(i + 1, RIGHT) }))
    expect(blocks(rows)).toHaveLength(2)
  })
})

describe('headings and signatures by their place and face', () => {
  const kinds = (lines: SourceLine[]): string[] => buildBlocks(lines, undefined, lineEdges(lines)).map((b) => b.kind)

  it('takes a short line in 黑体 for a first-level heading, in 楷体 for a second-level one', () => {
    const lines: SourceLine[] = [
      { no: 1, text: '总体要求', layout: at(1, 150, { font: 'hei' }) },
      { no: 2, text: '加强组织领导', layout: at(2, 170, { font: 'kai' }) },
      { no: 3, text: '各乡镇要高度重视，切实加强领导。', layout: at(3, 300, { indent: 2 }) },
    ]
    expect(kinds(lines)).toEqual(['heading1', 'heading2', 'paragraph'])
    expect(kinds(lines.map(({ no, text }) => ({ no, text })))).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('signs with every right-set line above the date, unit names or not', () => {
    const right = (no: number): LineLayout => at(no, RIGHT - SIZE, { align: 'right', indent: 20 })
    const lines: SourceLine[] = [
      { no: 1, text: '特此通知。', layout: at(1, 150, { indent: 2 }) },
      { no: 2, text: '兴县人民武装部', layout: right(2) },
      { no: 3, text: '兴县人民政府', layout: right(3) },
      { no: 4, text: '2022年3月1日', layout: right(4) },
    ]
    expect(kinds(lines)).toEqual(['paragraph', 'signature', 'signature', 'date'])
    expect(kinds(lines.map(({ no, text }) => ({ no, text })))).toEqual(['paragraph', 'paragraph', 'signature', 'date'])
  })
})

describe('a typeset PDF through the parser with its lines', () => {
  const FILE = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-1col-heads/county-1col-heads.pdf')
  let withLines: ParsedIssue
  let textOnly: ParsedIssue

  beforeAll(async () => {
    const source = await readSource(new Uint8Array(readFileSync(FILE)), path.basename(FILE))
    withLines = parseIssue({ text: source.text, lines: source.lines })
    textOnly = parseIssue(source.text)
  }, 60_000)

  it('finds the same documents and fields with or without the lines', () => {
    const fields = (i: ParsedIssue): unknown[] => i.documents.map((d) => [d.docNumber, d.title, d.category, d.issuers, d.date, d.public])
    expect(fields(withLines)).toEqual(fields(textOnly))
  })

  it('keeps 黑体 headings apart from the paragraph under them', () => {
    const texts = withLines.documents.flatMap((d) => d.blocks.map((b) => b.text))
    expect(texts).toContain('（一）政府引导，市场为主')
    expect(textOnly.documents.flatMap((d) => d.blocks.map((b) => b.text))).not.toContain('（一）政府引导，市场为主')
  })

  it('gives every block its page and box, pages in reading order', () => {
    let lastPage = 0
    for (const d of withLines.documents) {
      expect(d.sources).toHaveLength(d.blocks.length)
      for (const s of d.sources ?? []) {
        expect(s.lineFrom).toBeLessThanOrEqual(s.lineTo)
        expect(s.boxes?.length).toBeGreaterThan(0)
        for (const b of s.boxes ?? []) {
          expect(b.x0).toBeLessThan(b.x1)
          expect(b.top).toBeLessThan(b.bottom)
        }
        const page = s.boxes?.[0].page ?? 0
        expect(page).toBeGreaterThanOrEqual(lastPage)
        lastPage = page
      }
    }
    // Printed page labels come along where the page shows one.
    expect(withLines.documents[0].sources?.[0].boxes?.[0].pageLabel).toMatch(/^\d+$/)
  })
})
