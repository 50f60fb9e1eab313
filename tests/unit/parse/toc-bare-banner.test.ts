// A 栏目 printed bare (tuning prov3-bare: '部门文件', no 【】) is named in the body twice: in the running
// head over the gazette's name at the top of page 19 ('部门文件' / '澧水省人民政府公报': LaTeX's mark
// names the page's last 栏目), and on its banner at that page's foot, over the folio. The 目录 placed
// the 栏目 at the head, before the 国务院办公厅函件 复函 still on that page, and gave it the wrong 栏目.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { bareBanner } from '../../../src/main/importer/parse/toc-bare-banner'

describe('a bare 栏目 name in a running head and on its banner', () => {
  it('prov3-bare: the 复函 on the page the head names 部门文件 stays under 国务院办公厅函件', () => {
    const name = 'prov3-bare'
    const toc = parseToc(splitLines(readFileSync(path.resolve(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')))
    const byNumber = new Map(toc.entries.map((e) => [e.docNumber, e.category]))
    expect(byNumber.get('国办函〔1996〕14号')).toBe('国务院办公厅函件')
    expect(byNumber.get('澧财发〔2022〕19号')).toBe('部门文件')
  })

  // prov3-bare.txt's body lines (searchable, blank ones kept) around pages 18–20.
  const head = ['澧水省人民政府公报', '']
  const body = [...head, '·18·', '', '部门文件', '', '澧水省人民政府公报', '', '国务院办公厅', '', '一九九六年二月九日', '',
    '国务院办公厅关于广东与香港、澳门合', '建自动气象站网有关问题的复函', '大地加工。', '', '部门文件', '', '·19·', '', ...head, '澧水省财政厅', ...head]

  it('is the line with no running head’s line under it', () => {
    const at = bareBanner('部门文件', body)
    expect(at).toBe(body.slice(0, 16).join('').length)
  })

  it('is none where the name stands only over the gazette’s name', () => {
    expect(bareBanner('部门文件', [...body.slice(0, 16), ...head, ...head])).toBe(-1)
  })
})
