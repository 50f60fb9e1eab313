// Word paragraphs are paragraphs: the reader marks them whole (unless a <br> cut one, or the file
// was pasted from hard-wrapped text), and the parser never runs a whole one on into the next.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { norm, type TruthDoc } from '../../../bench/lib/accuracy-score'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { htmlToParagraphs } from '../../../src/main/importer/read/html-lines'
import { wholeParagraphs } from '../../../src/main/importer/read/read-docx'
import { readSource } from '../../../src/main/importer/read/read-source'
import { REPO_ROOT } from '../../support/sample'

const LIMITS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000 }

describe('Word paragraphs', () => {
  it('marks each paragraph whole, and the pieces of one cut by <br> not', () => {
    expect(htmlToParagraphs('<p>一、提高政治站位，强化思想认识</p><p>住户调查数据是基础性指标。</p><p>兴县人民政府<br />2022年5月24日</p>')).toEqual([
      { text: '一、提高政治站位，强化思想认识', whole: true },
      { text: '住户调查数据是基础性指标。', whole: true },
      { text: '兴县人民政府', whole: false },
      { text: '2022年5月24日', whole: false },
    ])
  })

  it('does not trust paragraphs pasted from hard-wrapped text, which end mid-sentence', () => {
    const wrapped = ['住户调查数据是准确反映全县巩固拓展脱贫攻坚成果，监测', '乡村振兴实施效果，保障改善民生工作成效，促进全县人民', '共同富裕的基础性指标。']
    expect(wholeParagraphs(wrapped.map((text) => ({ text, whole: true })))).toBe(false)
    const typed = ['一、提高政治站位，强化思想认识', '住户调查数据是准确反映全县巩固拓展脱贫攻坚成果的基础性指标。', '本次住户调查大样本轮换的范围是全县各镇的调查小区。']
    expect(wholeParagraphs(typed.map((text) => ({ text, whole: true })))).toBe(true)
  })

  it.each(['county-docx-joint', 'county-1col-heads', 'prov-2col-song', 'county-docx-realworld'])(
    'keeps every paragraph of the typeset Word issue %s whole',
    async (layout) => {
      const dir = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout)
      const truth = (JSON.parse(readFileSync(join(dir, `${layout}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
      const read = await readSource(new Uint8Array(readFileSync(join(dir, `${layout}.docx`))), `${layout}.docx`, LIMITS)
      const parsed = parseIssue({ text: read.text, lines: read.lines })
      expect(parsed.documents.map((d) => d.title)).toEqual(truth.map((d) => d.title))
      parsed.documents.forEach((d, i) => {
        const out = new Set(d.blocks.map((b) => norm(b.text)))
        const broken = truth[i].paragraphs.filter((p) => !out.has(norm(p)))
        expect(broken, d.title).toEqual([])
      })
    },
    60_000,
  )
})
