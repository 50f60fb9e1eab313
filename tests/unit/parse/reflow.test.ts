// Blocks of the sample: page-break splits rejoined, structure kept apart, no text lost.
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { isCjkChar, splitLines } from '../../../src/main/importer/parse/lines'
import { note, sampleText, truth } from './sample'

const traced = parseIssueTraced(sampleText)
const blockOfLine = new Map<number, number>()
traced.documents.forEach((d, i) => d.drafts.forEach((b, k) => b.lines.forEach((n) => blockOfLine.set(n, i * 1000 + k))))
const sameBlock = ([a, b]: number[]): boolean => blockOfLine.has(a) && blockOfLine.get(a) === blockOfLine.get(b)

describe('reflow on the sample', () => {
  const splits = note<{ all: number[][]; nameListEntrySplits: number[][] }>('pageBreakSplits')

  it('rejoins ≥ 95% of the 134 page-break splits', () => {
    const joined = splits.all.filter(sameBlock).length
    expect(joined / splits.all.length).toBeGreaterThanOrEqual(0.95)
  })

  it('rejoins name-list entries split across a blank line', () => {
    expect(splits.nameListEntrySplits.filter(sameBlock)).toEqual(splits.nameListEntrySplits)
  })

  it('never glues signature, date or note to a neighbour', () => {
    for (const d of traced.documents) {
      for (const b of d.drafts) {
        if (['signature', 'date'].includes(b.kind)) expect(b.lines).toHaveLength(1)
      }
    }
  })

  it('keeps the 政策咨询 block and 扫码咨询 out of the blocks; the 主送机关 line stays first, as printed', () => {
    const texts = traced.issue.documents.flatMap((d) => d.blocks.map((b) => b.text))
    expect(texts.some((t) => /咨询单位|咨询电话|扫码咨询|^政\s*策\s*咨\s*询$/.test(t))).toBe(false)
    const first = traced.issue.documents[0]
    expect(first.blocks[0].text).toBe(`${first.recipients}：`)
    expect(first.blocks[1].text).toMatch(/^为了进一步贯彻落实/)
  })
})

describe('no source text lost', () => {
  const NOISE = ['政策咨询', '咨询单位', '咨询电话', '扫码咨询', '联系电话']
  const cjk = (s: string): Map<string, number> => {
    const m = new Map<string, number>()
    for (const c of s) if (isCjkChar(c)) m.set(c, (m.get(c) ?? 0) + 1)
    return m
  }

  it.each(truth.documents.map((t) => [t.seq, t] as const))('document %i', (seq, t) => {
    const doc = traced.issue.documents[seq - 1]
    const src = traced.lines.filter((l) => l.no >= t.startLine && l.no <= t.endLine).map((l) => l.text)
    const out = [
      ...doc.blocks.map((b) => b.text),
      doc.consult?.unit ?? '',
      doc.consult?.phone ?? '',
      doc.title,
      doc.docNumberRaw ?? '',
      doc.recipients ?? '',
      ...doc.issuers,
    ].join('')
    const have = cjk(out)
    const missing = new Map<string, number>()
    for (const [c, n] of cjk(src.join(''))) if (n > (have.get(c) ?? 0)) missing.set(c, n - (have.get(c) ?? 0))
    const noise = cjk(NOISE.join('').repeat(3))
    const lost = [...missing].filter(([c]) => !noise.has(c))
    expect(lost).toEqual([])
  })
})

const blocksOf = (text: string): { kind: string; text: string }[] =>
  buildBlocks(splitLines(text)).map(({ kind, text }) => ({ kind, text }))

describe('reflow cases from the sample', () => {
  it.each([
    [
      '（一）建设单位必须…在市场准入、招标投标资格和新开工项目施工许可中进行限\n\n制。',
      [{ kind: 'heading2', text: '（一）建设单位必须…在市场准入、招标投标资格和新开工项目施工许可中进行限制。' }],
    ],
    [
      '2018 年 11 月 13 日，省自然资源厅以\n\n晋自然资函〔2018〕73号文件批复了。',
      [{ kind: 'paragraph', text: '2018年11月13日，省自然资源厅以晋自然资函〔2018〕73号文件批复了。' }],
    ],
    [
      '一、基本原则\n\n城乡绿色低碳建设运营商是指在政府主导下。',
      [
        { kind: 'heading1', text: '一、基本原则' },
        { kind: 'paragraph', text: '城乡绿色低碳建设运营商是指在政府主导下。' },
      ],
    ],
    [
      '《兴县美丽宜居乡村建设 PPP 项目》经政府常务会，\n\n兴县人民政府\n\n2022 年 4 月 20 日',
      [
        { kind: 'paragraph', text: '《兴县美丽宜居乡村建设PPP项目》经政府常务会，' },
        { kind: 'signature', text: '兴县人民政府' },
        { kind: 'date', text: '2022年4月20日' },
      ],
    ],
    [
      '副组长：王瑞丰 县政府办副主任\n\n康建华 县现代农业发展\n服务中心主任\n王慈迎 市生态环境局兴\n\n县分局局长',
      [
        { kind: 'nameListEntry', text: '副组长：王瑞丰 县政府办副主任' },
        { kind: 'nameListEntry', text: '康建华 县现代农业发展服务中心主任' },
        { kind: 'nameListEntry', text: '王慈迎 市生态环境局兴县分局局长' },
      ],
    ],
    [
      '- 组 长： 马兴勇 政府副县长\n- 高 潮 县政府办副主任',
      [
        { kind: 'nameListEntry', text: '组长：马兴勇 政府副县长' },
        { kind: 'nameListEntry', text: '高潮 县政府办副主任' },
      ],
    ],
    [
      '(联系人：贾广田 联系电话：\n18234852296)\n\n(此件公开发布)',
      [
        { kind: 'note', text: '(联系人：贾广田联系电话：18234852296)' },
        { kind: 'note', text: '(此件公开发布)' },
      ],
    ],
    [
      '附件 1\n\n兴县 2022 年农村“厕所革命”任务分配表\n\n乡镇\t总人口\t其中：ECO 厕所\n一、传统技艺\t\t',
      [
        { kind: 'attachmentHeading', text: '附件1' },
        { kind: 'title', text: '兴县2022年农村“厕所革命”任务分配表' },
        { kind: 'tableRow', text: '乡镇\t总人口\t其中：ECO厕所' },
        { kind: 'tableRow', text: '一、传统技艺\t\t' },
      ],
    ],
    [
      '- 附件：1. 兴县任务分配表\n2. 双瓮式厕所剖面示意图\n\n图 1-1 规划范围示意图',
      [
        { kind: 'attachmentNote', text: '附件：1.兴县任务分配表' },
        { kind: 'attachmentNote', text: '2.双瓮式厕所剖面示意图' },
        { kind: 'caption', text: '图1-1规划范围示意图' },
      ],
    ],
    [
      '——经常参加体育锻炼人数比例达到 40%；\n\nXING XIAN data 做好督导检查 and 绩效评价。',
      [
        { kind: 'listItem', text: '——经常参加体育锻炼人数比例达到40%；' },
        { kind: 'paragraph', text: 'XING XIAN data做好督导检查and绩效评价。' },
      ],
    ],
  ])('%s', (text, want) => {
    expect(blocksOf(text)).toEqual(want)
  })
})
