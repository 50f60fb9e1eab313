// Pages set at two widths in one text (pdftotext of an issue whose replies section is set in
// three columns, the rest in two): each page's lines are judged against its own full width. The
// paragraphs are real State Council text (tests/fixtures/corpus), wrapped here as a typesetter
// wraps a column's lines; a form feed stands between pages, as pdftotext writes it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { displayWidth, textEdges } from '../../../src/main/importer/parse/text-flow'
import { columnWidths, fullWidth } from '../../../src/main/importer/parse/text-widths'
import { pageWidths } from '../../../src/main/importer/parse/text-page-widths'
import { pairLabels } from '../../../src/main/importer/parse/text-labels'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { CORPUS_DIR, SAMPLE_TXT } from '../../support/sample'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { flat } from '../../support/typeset-files'

const paragraphs = readFileSync(join(CORPUS_DIR, 'text', '03.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 60)

/** Each paragraph wrapped at `width` characters, its first line two short (the indent). */
function wrap(ps: string[], width: number): string[] {
  return ps.flatMap((p) => {
    const out: string[] = []
    for (let rest = p; rest; ) {
      const cut = width - (out.length ? 0 : 2)
      out.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    return out
  })
}

// Two-column pages (22 characters a line), then three-column pages (14 a line), more lines of them.
const twoCol = wrap(paragraphs.slice(0, 6), 22)
const threeCol = wrap(paragraphs.slice(6, 12), 14)
const text = `${twoCol.join('\n')}\n\f${threeCol.join('\n')}`

describe('a text set at two column widths', () => {
  it('has both widths, each held by many lines', () => {
    const widths = splitLines(text).map((l) => displayWidth(l.text))
    expect(columnWidths(widths).sort()).toEqual([28, 44])
  })

  it('is read at each page’s own width', () => {
    const lines = splitLines(text)
    const at = pageWidths(lines)
    expect(at?.(0)).toBe(44)
    expect(at?.(lines.length - 1)).toBe(28)
  })

  it('ends a paragraph at a two-column line no longer than a three-column one', () => {
    // Under one width for the whole text (28, the commoner), a paragraph's last line 13 to 17
    // characters long on the two-column page would run "full" and glue its paragraph to the next.
    const lines = splitLines(text)
    const edges = textEdges(lines)
    const ends = lines.filter((l, i) => i < twoCol.length && paragraphs.some((p) => p.endsWith(l.text)) && l.text.length >= 13 && l.text.length <= 17)
    expect(ends.length).toBeGreaterThan(0)
    for (const l of ends) expect(edges.get(l.no)).toBe('short')
  })

  it('has one width when a few lines sit elsewhere (a table in a column)', () => {
    const table = Array.from({ length: 12 }, (_, i) => `${'表格第'}${i}行的单元格文字内容`)
    const widths = splitLines([...twoCol, ...twoCol, ...table].join('\n')).map((l) => displayWidth(l.text))
    expect(columnWidths(widths)).toEqual([44])
  })
})

describe('the full width of a text whose full lines pack their marks', () => {
  // The -layout text of a XeLaTeX issue (sweep_swap.py's swap-xe-3col-mast1, its columns read
  // out): bodies in two columns (48 display columns a line) and a 130-entry list in three (32),
  // so fewer than a third of the lines sit at the full width. A full line whose marks XeTeX
  // tucked holds one ideograph more ('各省、自治区、直辖市人民政府，国务院各部委、各直属', 50).
  // Its widths, display column → lines:
  const histogram =
    '2:6 4:34 6:34 8:20 10:34 11:1 12:39 14:39 15:2 16:42 17:3 18:40 19:4 20:31 21:2 22:31 23:8 24:60 25:4 26:71 27:37 ' +
    '28:144 29:12 30:119 31:9 32:330 33:8 34:48 36:7 38:12 39:1 40:11 41:1 42:10 43:7 44:76 45:8 46:58 47:11 48:398 49:15 ' +
    '50:116 51:2 52:3 55:2 56:2 60:2 61:2 62:1 64:1 65:1 66:1 67:1 71:1 73:2 77:1 102:1'
  const widths = histogram.split(' ').flatMap((pair) => {
    const [w, n] = pair.split(':').map(Number)
    return Array.from({ length: n }, () => w)
  })

  it('is the width most lines run to, the packed lines one ideograph past it no sign of unwrapped text', () => {
    expect(fullWidth(widths)).toBe(48)
  })

  it('is none where lines run past it by more (one paragraph a line: the sample’s text)', () => {
    const sample = readFileSync(SAMPLE_TXT, 'utf8')
    expect(fullWidth(splitLines(sample).map((l) => displayWidth(l.text)))).toBeNull()
  })
})

describe('a chapter label set apart from its name', () => {
  it('takes its name across the running head blanked between them', () => {
    // prov-xe-inner.txt: '第二章' / '' / '2018 年第 24 期' (blanked as a running head) / '' / '组成人员职责'.
    const src = splitLines(['第二章', '', '', '', '组成人员职责', '五、国务院由下列人员组成：总理、副总理、国务委员、各部部长。'].join('\n'))
    expect(pairLabels(src).map((l) => l.text).filter(Boolean)).toEqual([
      '第二章\u3000组成人员职责', '五、国务院由下列人员组成：总理、副总理、国务委员、各部部长。',
    ])
  })
})

describe('decimal section numbers set apart from their texts (prov-1col-pages.txt 490–512, 422–427)', () => {
  // The one-column page's body around them (its lines run to 86 columns).
  const page = [
    '国务院有关部门（单位）和省级人民政府有关部门要加强对本预案及本省（区、市）粮食应急',
    '预案的学习培训，并结合日常工作进行演练，尽快形成一支熟悉日常业务管理，能够应对各种突发',
    '公共事件的训练有素的专业化队伍，保障各项应急措施的贯彻落实。',
    '各级政府和有关部门要及时对应急处理的效果进行评估、总结，对应急预案执行中发现的问题，',
  ]
  const onPage = (lines: string[]): string => [...page, ...page, ...page, ...page, ...page, ...lines].join('\n')

  it('each take the text in their place, so the first line is as wide as it was printed', () => {
    const src = splitLines(onPage(['6.2', '6.2.1', '', '应急经费和清算', '财政部会同国务院有关部门（单位），对应急动用中央储备粮发生的价差、贷款利息和', '费用开支，进行审核后，及时进行清算。']))
    expect(pairLabels(src).map((l) => l.text).filter(Boolean).slice(5 * page.length)).toEqual([
      '6.2\u3000应急经费和清算', '6.2.1\u3000财政部会同国务院有关部门（单位），对应急动用中央储备粮发生的价差、贷款利息和', '费用开支，进行审核后，及时进行清算。',
    ])
    const one = splitLines(onPage(['5.1.1', '', '为应对粮食应急状态，要进一步优化中央储备粮的布局和品种结构，适当提高口粮品种', '', '的储备比例和库存薄弱地区的储备规模']))
    const first = pairLabels(one).find((l) => l.text.startsWith('5.1.1'))
    expect(first && displayWidth(first.text)).toBe(5 + 2 + 76)
  })

  it('are left alone in a column: a number there may be a figure, or its text went on elsewhere', () => {
    const src = splitLines(['6.2', '6.2.1', '', '应急经费和清算', ...twoCol].join('\n'))
    expect(pairLabels(src).slice(0, 4).map((l) => l.text)).toEqual(['6.2', '6.2.1', '', '应急经费和清算'])
  })
})

describe('a chapter label and an article label written before their texts (state-pdfkit.txt)', () => {
  it('takes the letter-spaced chapter name across its blank lines, then the article its text', () => {
    const src = splitLines(['第五章', '第二十九条', '', '附', '', '则', '外国专利代理机构在中华人民共和国境内设立常驻代表机构，须经', '', '国务院专利行政部门批准。'].join('\n'))
    expect(pairLabels(src).map((l) => l.text).filter(Boolean)).toEqual([
      '第五章\u3000附则', '第二十九条\u3000外国专利代理机构在中华人民共和国境内设立常驻代表机构，须经', '国务院专利行政部门批准。',
    ])
  })
})

describe('an article’s label alone in two columns written line by line (city-xe-span-mid.txt 42–46, 84–88)', () => {
  // '第十条' / '' / '给你们，请认真贯彻执行。' (the other column's paragraph ending) / '' / its text.
  const file = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/city-xe-span-mid/city-xe-span-mid.txt'), 'utf8')
  const src = splitLines(file)
  const out = pairLabels(src)
  const at = (label: string): string | undefined => out.find((l) => l.text.startsWith(label))?.text

  it('takes the line filling its row beside it, past the other column’s ended line', () => {
    expect(at('第十条')).toBe('第十条\u3000纳税人接受技能人员职业资格继续教')
    expect(at('第二条')).toBe('第二条\u3000本办法所称个人所得税专项附加扣除，')
    // The other column's lines stay where they were.
    expect(out.some((l) => l.text === '给你们，请认真贯彻执行。')).toBe(true)
    expect(out.some((l) => l.text === '元限额内据实扣除。')).toBe(true)
  })

  it('still takes the line right after it when that one is its text (第十一条)', () => {
    expect(at('第十一条')).toBe('第十一条\u3000在一个纳税年度内，纳税人发生的与')
  })
})

describe('an article’s label over a block of two lines written together (city-xe-toc2dec.txt 360–363)', () => {
  // '第二十条' / '' / '己的名义申请专利或请求宣告专利权无效；' (the right column's list item, ended) /
  // '专利代理机构收费应当遵循自愿、' (the label's text): pdftotext wrote two rows' lines in one block.
  const file = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/city-xe-toc2dec/city-xe-toc2dec.txt'), 'utf8')
  const out = pairLabels(splitLines(file))
  const at = (label: string): string | undefined => out.find((l) => l.text.startsWith(label))?.text

  it('takes no line whose block is wider than the row beside it: the line filling the row is its text', () => {
    expect(at('第二十条')).toBe('第二十条\u3000专利代理机构收费应当遵循自愿、')
    expect(out.some((l) => l.text === '己的名义申请专利或请求宣告专利权无效；')).toBe(true)
  })

  it('still reads a row cut at a wide gap as one text (prov-sw-a0.txt 142–145)', () => {
    const a0 = pairLabels(splitLines(readFileSync(join(__dirname, '../../fixtures/typeset/tuning/prov-sw-a0/prov-sw-a0.txt'), 'utf8')))
    expect(a0.find((l) => l.text.startsWith('第九条'))?.text).toBe('第九条\u3000从事专利代理业务，')
  })
})

describe('an issue set in one column with a section in two (tuning county-tables.txt, county-1col-backtoc.txt)', () => {
  const tuning = (name: string): string => readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')
  const pageOf = (lines: ReturnType<typeof splitLines>, text: string): number => lines.findIndex((l) => l.text.startsWith(text))

  it('reads the two-column page at its column’s width, too few lines for a second width of the text', () => {
    const lines = splitLines(tuning('county-tables'))
    expect(columnWidths(lines.map((l) => displayWidth(l.text)))).toHaveLength(1)
    const at = pageWidths(lines)
    // 殡仪馆's批复, set in two columns under its title across the page: 44 columns a line.
    const column = at?.(pageOf(lines, '县自然资源局：')) ?? 0
    expect(column).toBeGreaterThanOrEqual(42)
    expect(column).toBeLessThanOrEqual(45)
    // The pages in one column keep the text's width.
    expect(at?.(pageOf(lines, '各乡镇通过融媒体'))).toBeGreaterThan(80)
  })

  it('gives the two-column document its numbered paragraphs whole', () => {
    const truth = (JSON.parse(readFileSync(join(__dirname, '../../fixtures/typeset/tuning/county-tables/county-tables.truth.json'), 'utf8')) as { documents: { docNumber: string | null; paragraphs: string[] }[] }).documents
    const want = truth.find((d) => d.docNumber === '兴政函〔2022〕43号')!.paragraphs.filter((p) => /^[一三四]、/.test(p))
    expect(want).toHaveLength(3)
    const doc = parseIssue(tuning('county-tables')).documents.find((d) => d.docNumber === '兴政函〔2022〕43号')!
    const got = new Set(doc.blocks.map((b) => flat(b.text)))
    for (const p of want) expect(got.has(flat(p))).toBe(true)
  })

  it('keeps a page of short list lines at the text’s width: they fill no column', () => {
    const lines = splitLines(tuning('county-1col-backtoc'))
    const at = pageWidths(lines)
    const widths = new Set(lines.map((_, i) => at?.(i)))
    expect(widths.size).toBe(1)
  })
})

describe('a page whose band in two columns stands over a section in three (tuning prov-3col-replies.txt, page 6)', () => {
  const name = 'prov-3col-replies'
  const file = readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')
  const lines = splitLines(file)
  const at = (text: string): number => lines.findIndex((l) => l.text.startsWith(text))

  it('reads the band on top at the wide width with `tops`, the columns under it at the narrow one', () => {
    const page = pageWidths(lines)
    const parts = pageWidths(lines, 0, true)
    const heading = at('三、关于黄金行业管理经费问题')
    const below = at('你们提出的关于完善与发展')
    // The page is read at its three columns' width...
    expect(page?.(heading)).toBe(page?.(below))
    expect(page?.(below) ?? 0).toBeLessThan(32)
    // ...its top at the two columns' width (the heading's 30 columns then stop short).
    expect(parts?.(heading) ?? 0).toBeGreaterThan(40)
    expect(parts?.(below)).toBe(page?.(below))
  })

  it('ends each heading’s paragraph at the heading, in the band in two columns', () => {
    const truth = (JSON.parse(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.truth.json`), 'utf8')) as { documents: { paragraphs: string[] }[] }).documents
    const want = truth.flatMap((d) => d.paragraphs).filter((p) => /^[三四]、关于黄金|^中国人民银行每年|^在国内黄金收购/.test(p))
    // 四's first line holds one ideograph fewer than the heading, set justified at the indent.
    expect(want).toHaveLength(4)
    const got = new Set(parseIssue(file).documents.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    for (const p of want) expect(got.has(flat(p))).toBe(true)
  })
})

describe('a short page set in one column in a text of two (tuning county-lo-towns.txt, page 9)', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/county-lo-towns/county-lo-towns.txt'), 'utf8')
  const lines = splitLines(text)
  const at = (start: string): number => lines.findIndex((l) => l.text.startsWith(start))

  it('reads the page at its one long line, not at the columns’ width', () => {
    expect(columnWidths(lines.map((l) => displayWidth(l.text)))).toEqual([40])
    const width = pageWidths(lines)!
    // The 通知's last lines under 五、人事任免 (set across the page): one line at 80, the next
    // ends its paragraph at 50, the rest a name list shorter than a column.
    expect(width(at('领导组下设办公室和技术指导组'))).toBe(80)
    // A two-column page keeps the columns' width.
    expect(width(at('兴县人民政府关于公布'))).toBe(40)
  })

  it('ends the paragraph where the short line ends it', () => {
    const doc = parseIssue(text).documents.find((d) => d.title.includes('高标准农田建设项目领导组'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('技术指导组成员如下：')
    expect(blocks.some((b) => b.endsWith('王志辉同志兼任。'))).toBe(true)
  })
})

describe('a section in three columns two pages long in -layout text of two (tuning county-web-mixed.layout.txt, 三、部门联合发文)', () => {
  const name = 'county-web-mixed'
  const dir = join(__dirname, '../../fixtures/typeset/tuning', name)
  const read = (ext: string): ReturnType<typeof splitLines> => splitLines(readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(dir, `${name}.${ext}`), 'utf8')))))

  it('too few lines for a second width of the text, reads its pages at their columns’ width for the edges', () => {
    const lines = read('layout.txt')
    expect(columnWidths(lines.map((l) => displayWidth(l.text)))).toHaveLength(1)
    const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))
    const inThree = at('城乡住户调查大样本轮换工作的具')
    const inTwo = at('工程款未到位为由拖欠工资')
    expect(pageWidths(lines, 0, true)?.(inThree)).toBeLessThan(32)
    expect(pageWidths(lines, 0, true)?.(inTwo)).toBeGreaterThan(42)
    // The streams' split keeps the text's width.
    expect(pageWidths(lines)?.(inThree)).toBeGreaterThan(42)
    // A full line of the narrow column runs full; the paragraph's last line stops short.
    const edges = textEdges(lines)
    expect(edges.get(lines[inThree].no)).toBe('full')
    expect(edges.get(lines[at('行撤销。')].no)).toBe('short')
  })

  it('reads no page of the plain text (lines at the edge, the columns interleaved) at the narrow width', () => {
    const lines = splitLines(readFileSync(join(dir, `${name}.txt`), 'utf8'))
    const at = pageWidths(lines, 0, true)
    expect(Math.min(...lines.map((_, i) => at?.(i) ?? 0))).toBeGreaterThan(42)
  })

  it('splits the plain text\'s pages in three columns at their own width, a name list\'s page too (人事任免, page 14)', () => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8')
    const lines = splitLines(text)
    const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))
    // The streams' split reads the page at its columns' width: three columns' lines interleaved.
    expect(pageWidths(lines)?.(at('城乡住户调查大样本轮换工作的具'))).toBeLessThan(32)
    expect(pageWidths(lines)?.(at('刘心学 县人民武装部副部长'))).toBeLessThan(32)
    expect(pageWidths(lines)?.(at('工程款未到位为由拖欠工资'))).toBeGreaterThan(42)
    // Read in three streams, the name list's entries come out one a paragraph, in their document.
    const doc = parseIssue(text).documents.find((d) => d.docNumber === '兴政办函〔2022〕14号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('刘心学县人民武装部副部长')
    expect(blocks).toContain('陈晓龙县委宣传部副部长')
  })
})

describe('a band in three columns at a page\'s foot, under two (tuning prov-xe-3col-answers.layout.txt, 【建议提案答复】)', () => {
  const name = 'prov-xe-3col-answers'
  const dir = join(__dirname, '../../fixtures/typeset/tuning', name)
  const lines = splitLines(readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(dir, `${name}.layout.txt`), 'utf8')))))
  const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))

  it('judges the band\'s lines at the three columns\' width, the page above at two', () => {
    const width = pageWidths(lines, 0, true)!
    const inThree = at('政府网站推进政府公共服务水平')
    expect(width(inThree)).toBeLessThan(32)
    expect(width(at('建立在保障人民群众生命财产安全的基础之上。'))).toBeGreaterThan(42)
    // A full line of the narrow column runs on into the next: the reply's first paragraph is whole.
    expect(textEdges(lines).get(lines[inThree].no)).toBe('full')
  })

  it('keeps the reply\'s paragraphs whole', () => {
    const doc = parseIssue(readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(dir, `${name}.layout.txt`), 'utf8'))))).documents.find((d) => (d.title ?? '').includes('2741'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('你们提出的关于完善与发展政府网站推进政府公共服务水平的提案，经商信息产业部、国务院信息办，现答复如下：')
  })
})

describe('a band in three columns under a banner, below two, in -layout text of one width (tuning prov-xe-3col-mast.layout.txt, page 9)', () => {
  const name = 'prov-xe-3col-mast'
  const dir = join(__dirname, '../../fixtures/typeset/tuning', name)
  const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(dir, `${name}.layout.txt`), 'utf8'))))
  const lines = splitLines(text)
  const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))

  it('too few three-column lines for a second width of the text, judges the band at its columns\' width, the page above at two', () => {
    expect(columnWidths(lines.map((l) => displayWidth(l.text)))).toHaveLength(1)
    const width = pageWidths(lines, 0, true)!
    const inThree = at('生产问题的意见》和冶金部')
    expect(width(inThree)).toBeLessThan(36)
    expect(width(at('好抗震设防标准确定、抗震设计'))).toBeGreaterThan(42)
    expect(textEdges(lines).get(lines[inThree].no)).toBe('full')
  })

  it('keeps the reply\'s paragraphs whole', () => {
    const doc = parseIssue(text).documents.find((d) => d.docNumber === '国办函〔1996〕16号')!
    const blocks = doc.blocks.map((b) => flat(b.text))
    expect(blocks).toContain(flat('国家经贸委《关于解决当前黄金生产问题的意见》和冶金部《关于“九五”期间黄金经济政策的请示》收悉。经与有关部门协商，并经国务院领导同志批准，现就黄金经济政策的有关问题函复如下：'))
    // The signature and the date under it stand apart, though the date's cells start where a staircase's would.
    expect(blocks).toContain('国务院办公厅')
    expect(blocks).toContain('一九九六年二月九日')
  })
})
