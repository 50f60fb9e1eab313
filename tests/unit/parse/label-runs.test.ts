// A 条 run that steps back by one once the columns are read (prov2-a0.txt page 1): pdftotext wrote
// '第五条' / '第十条' / '第四条' together, and pairing by place gave '第五条' a line of 第九条's
// second paragraph and '第四条' 第五条's text, right under it: '第五条　专利代理机构合伙人、股东或者
// 法定代表' / '第四条　国务院专利行政部门负责全国的' / '专利代理管理工作。'. The upper text stops
// mid-sentence at the next label, the lower goes on: the higher number takes the lower line, the
// lower number the unlabelled paragraph start above ('专利代理机构和专利代理师执业').
// On page 2 '第十八条' took '提供查询服务。' (第二十三条's last line) while its own first line,
// '专利代理机构和专利代理师不', stood bare under '第十七条　专利代理机构和专利代理师对': the label
// goes to that paragraph start, short of the column by a label, and the short line stays bare.
import { describe, expect, it } from 'vitest'
import type { SourceLine } from '../../../src/main/importer/parse/lines'
import { parseIssue, parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { mendLabelRuns } from '../../../src/main/importer/parse/text-label-runs'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const LAYOUT = 'prov2-a0'
const DECREE = '澄江省人民政府令 第331号'
const FOURTH = '第四条\u3000专利代理机构和专利代理师执业'
const FIFTH = '第五条\u3000国务院专利行政部门负责全国的'
const STRAY = '专利代理机构合伙人、股东或者法定代表'

describe('a 条 run that steps back by one, mended once the columns are read', () => {
  const read = parseIssueTraced(text(LAYOUT)).lines
  const at = (lines: readonly SourceLine[], t: string): number => lines.findIndex((l) => l.text === t)

  /** The read lines as pairing by place left them: the two labels stepping back, the paragraph start bare. */
  const unmended = (upper: string): SourceLine[] => {
    const out = [...read]
    const [four, five, stray] = [at(read, FOURTH), at(read, FIFTH), at(read, STRAY)]
    out[four] = { ...out[four], text: FOURTH.replace('第四条\u3000', '') }
    out[stray] = { ...out[stray], text: `第五条\u3000${upper}` }
    out[five] = { ...out[five], text: FIFTH.replace('第五条', '第四条') }
    return out
  }

  it('reads 第四条 at its paragraph start and 第五条 over its own text, the stray line bare', () => {
    const [four, stray, five] = [at(read, FOURTH), at(read, STRAY), at(read, FIFTH)]
    expect(four).toBeGreaterThan(0)
    expect(stray).toBeGreaterThan(four)
    expect(five).toBeGreaterThan(stray)
  })

  it('mends the pair as pairing by place leaves it', () => {
    const mended = mendLabelRuns(unmended(STRAY)).map((l) => l.text)
    expect(mended).toEqual(read.map((l) => l.text))
  })

  it('leaves the pair as it is when the upper text ends its sentence (a paragraph of its own)', () => {
    const whole = unmended(`${STRAY}。`)
    expect(mendLabelRuns(whole).map((l) => l.text)).toEqual(whole.map((l) => l.text))
  })

  const EIGHTEENTH = '专利代理机构和专利代理师不'
  const SHORT = '提供查询服务。'

  it('reads 第十八条 at the paragraph start under 第十七条, its short line left bare', () => {
    const eighteen = at(read, `第十八条\u3000${EIGHTEENTH}`)
    expect(eighteen).toBeGreaterThan(0)
    expect(read[eighteen - 1].text).toBe('第十七条\u3000专利代理机构和专利代理师对')
    expect(at(read, SHORT)).toBeGreaterThan(eighteen)
  })

  it('moves the label from the short line ending a sentence to the paragraph start', () => {
    const before = [...read]
    const [eighteen, short] = [at(read, `第十八条\u3000${EIGHTEENTH}`), at(read, SHORT)]
    before[eighteen] = { ...before[eighteen], text: EIGHTEENTH }
    before[short] = { ...before[short], text: `第十八条\u3000${SHORT}` }
    expect(mendLabelRuns(before).map((l) => l.text)).toEqual(read.map((l) => l.text))
    // A label's text that fills its row is its own: nothing moves.
    const full = [...before]
    full[short] = { ...full[short], text: `第十八条\u3000${EIGHTEENTH}得以自己。` }
    expect(mendLabelRuns(full).map((l) => l.text)).toEqual(full.map((l) => l.text))
  })

  it('gives the 令 第四条, 第五条 and 第十八条 whole', () => {
    const doc = parseIssue(text(LAYOUT)).documents.find((d) => d.docNumber === DECREE)
    const blocks = doc?.blocks.map((b) => flat(b.text)) ?? []
    const truth = typesetTruth(LAYOUT).find((d) => d.docNumber === DECREE)?.paragraphs ?? []
    for (const opening of ['第四条', '第五条', '第十八条']) {
      const para = truth.find((p) => p.startsWith(opening))
      expect(para).toBeDefined()
      expect(blocks).toContain(flat(para ?? ''))
    }
  })
})
