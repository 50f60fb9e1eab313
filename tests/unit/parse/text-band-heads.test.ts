// A page written line by line whose lower band, at the page's foot, holds only the next document's
// head: county-docx-2col-b.txt page 3 (lines 225–341, tests/fixtures/typeset/tuning). Word balanced
// the 批复 and the 贷款意见 above a continuous section break; the 请示's section starts under
// them, its 文号 and two lines of its title at the left column's foot, the title's last two lines
// and '省交通运输厅：' at the right column's foot. The upper band reads left then right; the lower
// band in the text's order. The paragraphs expected are the file's truth.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { bandStreams } from '../../../src/main/importer/parse/text-band-streams'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { pageWidths } from '../../../src/main/importer/parse/text-widths'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { Unit } from '../../../src/main/importer/parse/text-joins'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const NAME = 'county-docx-2col-b'
const file = readFileSync(path.join(TUNING, NAME, `${NAME}.txt`), 'utf8')
const truth = (JSON.parse(readFileSync(path.join(TUNING, NAME, `${NAME}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
const flat = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')
const anchors = tocAnchors([
  { category: '县政府文件', title: '兴县人民政府关于兴县经济技术开发区控制性详细规划（2021-2035）的批复', docNumber: '兴政函〔2022〕50号', page: 2 },
  { category: '县政府文件', title: '兴县人民政府关于兴县城乡基础设施投资有限公司申请项目贷款意见', docNumber: '兴政函〔2022〕54号', page: 2 },
  { category: '县政府文件', title: '兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示', docNumber: '兴政函〔2022〕61号', page: 3 },
])
const lines = splitLines(file.split('\n').slice(224, 341).join('\n'))
const full = pageWidths(splitLines(file), 0)!(0)
const ctx = { full, grams: countBigrams(file.split('\n').filter((l) => l.trim() !== '')) }
const run = (): Unit[] => runsOf(lines, 0, lines.length, full).reduce((a, b) => (b.length > a.length ? b : a))

describe('a lower band at the page’s foot that holds only a document’s head (county-docx-2col-b.txt page 3)', () => {
  it('reads the upper band left then right, then the head in the text’s order', () => {
    const read = bandStreams(run(), ctx, anchors)
    expect(read).not.toBeNull()
    const seq = read!.filter((t) => t.trim() !== '')
    const after = (a: string, b: string): void => expect(seq[seq.findIndex((t) => t.startsWith(a)) + 1]).toMatch(new RegExp('^' + b))
    // The 批复's left column runs on into its numbered items, then its right column's top.
    after('魏家滩工业园区（西区、东区）。', '1. 瓦塘工业园区')
    after('沟煤矿西 60 米，北至斜沟煤矿运煤铁路线。', '三、原则同意控规')
    after('二〇二二年六月六日', '（此件公开发布）')
    // The 贷款意见 closes the upper band; the 请示's head follows, its title whole.
    after('公开属性：主动公开', '兴政函〔2022〕61 号')
    after('大线魏家滩至蔡家崖段（薛家', '塔隧道）公路改建工程养护资')
    after('金及维护费用的请示', '省交通运输厅：')
  })

  it('gives the 批复 its items, closing and 附注, and the 请示 its title, in the whole issue', () => {
    const docs = parseIssue(file).documents
    const doc = docs.find((d) => d.docNumber === '兴政函〔2022〕50号')
    expect(doc?.date).toBe('2022-06-06')
    const got = new Set(doc?.blocks.map((b) => flat(b.text)))
    const want = truth.find((d) => d.docNumber === '兴政函〔2022〕50号')!.paragraphs.filter((p) => /^(1\.|2\.|四、|五、|兴县人民政府$|\(此件公开发布\))/.test(flat(p)))
    expect(want.length).toBe(6)
    for (const p of want) expect(got.has(flat(p))).toBe(true)
    expect(docs.find((d) => d.docNumber === '兴政函〔2022〕61号')?.title).toBe('关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示')
  })
})
