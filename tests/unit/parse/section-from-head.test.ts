// An issue read without a 目录 (an extract that has none): each document's 栏目 from the body
// (body-sections.ts). city-lo-redline's body prints no banner, and its running head names 市政府令
// on every other page, over 令, 规范性文件, 人事任免 and 公告 alike: that head names no document's 栏目,
// so each document it gave its 栏目 to is doubtful (SECTION_FROM_HEAD) instead of silently wrong.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { constantHead, textHeads } from '../../../src/main/importer/parse/body-sections'
import type { ParsedDocument } from '../../../src/shared/domain'
import { typesetFile } from '../../support/typeset-fixture'

const text = (layout: string): string => readFileSync(typesetFile(layout, 'txt'), 'utf8')
const codes = (d: ParsedDocument): string[] => (d.reasons ?? []).map((r) => r.code)

/** The layout's text with its 目录 page (the one that starts with its '目' heading) dropped whole. */
function withoutToc(layout: string): string {
  const pages = text(layout).split('\f')
  const at = pages.findIndex((p) => /^\s*目\s*(录|$)/.test(p.split('\n').slice(0, 3).join('')))
  expect(at).toBeGreaterThan(0)
  return [...pages.slice(0, at), ...pages.slice(at + 1)].join('\f')
}

describe('SECTION_FROM_HEAD: a 栏目 from a running head constant over the whole issue', () => {
  it('finds the one 栏目 the heads of city-lo-redline print on every page that names one', () => {
    expect(constantHead(textHeads(splitLines(withoutToc('city-lo-redline')), '石屏市人民政府公报', 0))).toBe('市政府令')
  })

  it('doubts each document whose 栏目 is that head, with no 目录 and no banner over it', () => {
    const docs = parseIssue(withoutToc('city-lo-redline')).documents
    const guessed = docs.filter((d) => d.category === '市政府令')
    // Truth: 市政府令, 规范性文件 ×3, 人事任免, 公告 …: more than the one decree takes the head's 栏目.
    expect(guessed.length).toBeGreaterThan(1)
    for (const d of guessed) {
      expect(codes(d)).toContain('SECTION_FROM_HEAD')
      expect(isDoubtful(d.confidence ?? 1)).toBe(true)
    }
  })

  it('stays silent where the 目录 is read', () => {
    for (const d of parseIssue(text('city-lo-redline')).documents) expect(codes(d)).not.toContain('SECTION_FROM_HEAD')
  })
})
