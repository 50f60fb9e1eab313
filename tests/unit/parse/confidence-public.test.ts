// A public 附注 read into the wrong document (a column read late, a line moved by the converter):
// it goes back to the document left without one (stray-public.ts), and the document that took it
// and the one that lost it both stay doubtful, on real typeset layouts as printed and with the
// fault scripts/confidence-faults.ts injects (moveLine).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import type { ParsedDocument } from '../../../src/shared/domain'
import { typesetFile } from '../../support/typeset-fixture'

const text = (layout: string, ext = 'txt'): string => readFileSync(typesetFile(layout, ext), 'utf8')
const codes = (d: ParsedDocument | undefined): string[] => (d?.reasons ?? []).map((r) => r.code)
const byNumber = (docs: ParsedDocument[], n: string): ParsedDocument | undefined => docs.find((d) => d.docNumber === n)

/** Moves the line `from` to stand after the line `after` (both trimmed texts), as moveLine does. */
function moved(lines: string[], from: number, after: number): string {
  const out = [...lines]
  const [line] = out.splice(from, 1)
  out.splice(after > from ? after : after + 1, 0, line)
  return out.join('\n')
}

describe('PUBLIC_MID_BODY: a public 附注 amid a body that is not its own', () => {
  it('gives the 附注 back to the document before, and doubts both', () => {
    // prov-xe-3col-answers-b.txt as printed: three columns read across, 国办发〔2018〕127号's tail
    // and its （此件公开发布） read at the head of the 2004 通报 (which is printed without one).
    const docs = parseIssue(text('prov-xe-3col-answers-b')).documents
    const took = byNumber(docs, '国办发〔2004〕7号')
    const lost = byNumber(docs, '国办发〔2018〕127号')
    expect(took?.public).toBe(false)
    expect(codes(took)).toContain('PUBLIC_MID_BODY')
    expect(codes(took)).toContain('PUBLIC_GIVEN')
    expect(isDoubtful(took?.confidence ?? 1)).toBe(true)
    expect(lost?.public).toBe(true)
    expect(codes(lost)).toContain('PUBLIC_FROM_NEXT')
    expect(isDoubtful(lost?.confidence ?? 1)).toBe(true)
  })

  // prov-2col-song.txt: the 附注 stands before 附件 (the closing read after the attachment);
  // city-web-3col-b.txt: paragraphs read out of order around the document's own 附注.
  it.each(['prov-2col-song', 'city-web-3col-b', 'county-lo-2col', 'county-docx-masthead'])('leaves %s as printed alone (a 附注 before an attachment, or amid a body that opens with its own 主送机关)', (layout) => {
    const all = parseIssue(text(layout)).documents.flatMap(codes)
    expect(all).not.toContain('PUBLIC_MID_BODY')
    expect(all).not.toContain('PUBLIC_IN_PREVIOUS')
    expect(all).not.toContain('PUBLIC_FROM_PREVIOUS')
    expect(all).not.toContain('PUBLIC_GIVEN')
  })
})

describe('a public 附注 moved into a neighbour', () => {
  it('gives the document before its 附注 read after the next one’s 主送机关 back, and doubts it (PUBLIC_FROM_NEXT)', () => {
    // county-docx-masthead.txt: the joint 通知 (兴人社发〔2022〕16号)'s 附注 moved past the next
    // title, after its 主送机关 line; the next document has its own 附注 after its date.
    const lines = text('county-docx-masthead').split('\n')
    const note = 461
    expect(lines[note].trim()).toBe('(此件公开发布)')
    const recipients = lines.indexOf('各乡（镇）人民政府，县直各委、办、局：', note)
    expect(recipients).toBeGreaterThan(note)
    const docs = parseIssue(moved(lines, note, recipients)).documents
    const lost = byNumber(docs, '兴人社发〔2022〕16号')
    expect(lost?.public).toBe(true)
    expect(codes(lost)).toContain('PUBLIC_FROM_NEXT')
    expect(isDoubtful(lost?.confidence ?? 1)).toBe(true)
  })

  it('gives the document after its 附注 read at the head of the one before back, and doubts it (PUBLIC_FROM_PREVIOUS)', () => {
    // county-lo-2col.txt: the 报告's 附注 (no 文号 of its own) moved under a bracketed 文号 that
    // two columns read back into the document before it, which keeps its own 附注 too.
    const lines = text('county-lo-2col').split('\n')
    const note = 317
    expect(lines[note].trim()).toBe('(此件公开发布)')
    const number = lines.indexOf('（兴政函〔2022〕29 号）', note)
    expect(number).toBeGreaterThan(note)
    const docs = parseIssue(moved(lines, note, number)).documents
    const lost = docs.find((d) => d.title.includes('培育乡村e镇工作的报告'))
    expect(lost?.public).toBe(true)
    expect(codes(lost)).toContain('PUBLIC_FROM_PREVIOUS')
    expect(isDoubtful(lost?.confidence ?? 1)).toBe(true)
  })
})
