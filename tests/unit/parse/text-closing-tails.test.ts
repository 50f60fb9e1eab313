// pdftotext text of city-lo-decree (tests/fixtures/typeset/tuning): 兴人社发〔2022〕30号, issued
// by six units, signs three at the left column's foot and the other three, the date and the 附注 at
// the right column's head; 国办函〔2005〕21号 starts under the cut signatures, so the closing's rest
// was read inside it, and its own rest (after 兴人社发〔2022〕25号, set whole in the right column)
// found no document cut off without a closing to go back to; that rest turns the page mid-sentence
// ('…安排相应的污水回' / '用研究课题…'), so it is taken from under 25号's closing, not from the turn.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const text = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'city-lo-decree', 'city-lo-decree.txt'), 'utf8')
const compactOf = (s: string): string => s.replace(/\s+/g, '')

describe('a closing cut at a column’s foot (city-lo-decree.txt)', () => {
  const docs = parseIssueTraced(text).documents.map((d) => d.doc)
  const texts = (num: string): string[] => docs.find((d) => d.docNumber === num)!.blocks.map((b) => compactOf(b.text))

  it('gives the signatures their rest, the date and the note', () => {
    const joint = texts('兴人社发〔2022〕30号')
    const at = joint.indexOf('兴县财政局')
    expect(joint.slice(at, at + 5)).toEqual(['兴县财政局', '兴县住房和城乡建设管理局', '兴县交通运输局', '兴县水利局', '二〇二二年五月六日'])
    expect(texts('国办函〔2005〕21号')).not.toContain('兴县水利局')
  })

  it('then returns the next document’s rest, signed by its issuer, from under the document after it', () => {
    const reply = texts('国办函〔2005〕21号')
    expect(reply.some((t) => t.includes('宝钢、莱钢等钢铁企业'))).toBe(true)
    expect(reply.slice(-2)).toEqual(['国务院办公厅', '二〇〇五年三月三日'])
    expect(texts('兴人社发〔2022〕25号').some((t) => t.includes('宝钢'))).toBe(false)
  })
})
