// Doubts read from a document's siblings on real typeset layouts, with a converter fault injected
// the way scripts/confidence-faults.ts does: the fault's wrong field must sit in a doubtful document,
// and the unfaulted issue must not gain the doubt.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import type { ParsedDocument } from '../../../src/shared/domain'
import { typesetFile } from '../../support/typeset-fixture'

const text = (layout: string, ext = 'txt'): string => readFileSync(typesetFile(layout, ext), 'utf8')
const codes = (d: ParsedDocument | undefined): string[] => (d?.reasons ?? []).map((r) => r.code)
const byTitle = (docs: ParsedDocument[], part: string): ParsedDocument | undefined => docs.find((d) => d.title.includes(part))

describe('NUMBER_LOST: a 文号 lost where the 目录 prints none', () => {
  it('flags a 批复 whose 文号 line the converter dropped, among numbered siblings of its 栏目', () => {
    const lines = text('county-docx-tabletoc2').split('\n')
    const at = lines.findIndex((l) => l.trim() === '兴政函〔2022〕43 号')
    expect(at).toBeGreaterThan(0)
    lines[at] = ''
    const docs = parseIssue(lines.join('\n')).documents
    const lost = byTitle(docs, '殡仪馆')
    expect(lost?.docNumber).toBeNull()
    expect(codes(lost)).toContain('NUMBER_LOST')
    expect(isDoubtful(lost?.confidence ?? 1)).toBe(true)
  })

  it('leaves the issue as printed alone, and a document the 目录 lists without a 文号', () => {
    expect(parseIssue(text('county-docx-tabletoc2')).documents.flatMap(codes)).not.toContain('NUMBER_LOST')
    // The 目录 prints 文号 for the others: its entry without one says the document has none.
    const docs = parseIssue(text('county-lo-levels')).documents
    const bare = byTitle(docs, '小水网')
    expect(bare?.docNumber).toBeNull()
    expect(codes(bare)).not.toContain('NUMBER_LOST')
  })
})

describe('a public 附注 read after the next title', () => {
  it('gives it back to the document left without it, and doubts that one and the one whose body opens with it', () => {
    // city-lo-fang.txt: 国办发〔2018〕115号's （此件公开发布） read after the next document's title
    // (国办发明电〔2018〕15号, which has no 附注 of its own).
    const lines = text('city-lo-fang').split('\n')
    const title = lines.findIndex((l) => l.trim() === '国务院办公厅关于 2019 年部分')
    expect(lines[title - 2].trim()).toBe('（此件公开发布）')
    const [note] = lines.splice(title - 2, 1)
    lines.splice(title + 1, 0, note)
    const docs = parseIssue(lines.join('\n')).documents
    const left = docs.find((d) => d.docNumber === '国办发〔2018〕115号')
    const opened = docs.find((d) => d.docNumber === '国办发明电〔2018〕15号')
    expect(left?.public).toBe(true)
    expect(codes(left)).toContain('PUBLIC_FROM_NEXT')
    expect(isDoubtful(left?.confidence ?? 1)).toBe(true)
    expect(opened?.public).toBe(false)
    expect(codes(opened)).toContain('PUBLIC_AT_HEAD')
    expect(codes(opened)).toContain('PUBLIC_GIVEN')
    expect(isDoubtful(opened?.confidence ?? 1)).toBe(true)
    // As printed, every 附注 closes its own document.
    const printed = parseIssue(text('city-lo-fang')).documents.flatMap(codes)
    expect(printed).not.toContain('PUBLIC_IN_NEXT')
    expect(printed).not.toContain('PUBLIC_FROM_NEXT')
    expect(printed).not.toContain('PUBLIC_AT_HEAD')
  })
})

describe('SECTION_IN_BODY: a 栏目 banner read after a title', () => {
  it('doubts the 栏目 of the document it opens and of those after it that took the 栏目 before it', () => {
    // city-pdfkit-2col.txt (no 目录): the banner 国务院办公厅文件 read after the first title under it.
    const lines = text('city-pdfkit-2col').split('\n')
    const title = lines.findIndex((l) => l.trim().startsWith('国务院办公厅关于山西、安徽省四起'))
    const banner = lines.slice(0, title).map((l) => l.trim()).lastIndexOf('国务院办公厅文件')
    expect(banner).toBeGreaterThan(0)
    const [moved] = lines.splice(banner, 1)
    // After the title's line and the two after it (scripts/confidence-faults.ts moveLine).
    lines.splice(title + 2, 0, moved)
    const docs = parseIssue(lines.join('\n')).documents
    const misfiled = docs.filter((d) => d.issuers[0] === '国务院办公厅' && d.category === '国务院文件')
    expect(misfiled.length).toBeGreaterThan(1)
    for (const d of misfiled) {
      expect(codes(d)).toContain('SECTION_IN_BODY')
      expect(isDoubtful(d.confidence ?? 1)).toBe(true)
    }
    expect(parseIssue(text('city-pdfkit-2col')).documents.flatMap(codes)).not.toContain('SECTION_IN_BODY')
  })

  it('takes no running head for a banner when the 目录 lists the 栏目', () => {
    // prov-3col-replies.txt: the running head 国务院办公厅文件 read at a body's head; the 目录 lists no such 栏目.
    expect(parseIssue(text('prov-3col-replies')).documents.flatMap(codes)).not.toContain('SECTION_IN_BODY')
  })
})
