// memoText: a pure function of a line, asked again, answers from memory, and the memory stays bounded.
import { describe, expect, it } from 'vitest'
import { memoText } from '../../../src/shared/memo-text'
import { docNumberOfLine } from '../../../src/main/importer/parse/header'

describe('memoText', () => {
  it('works each text out once and answers again from memory, null included', () => {
    const seen: string[] = []
    const f = memoText((t: string) => {
      seen.push(t)
      return t.includes('号') ? t.length : null
    })
    expect([f('兴政发〔2022〕8号'), f('正文'), f('兴政发〔2022〕8号'), f('正文')]).toEqual([11, null, 11, null])
    expect(seen).toEqual(['兴政发〔2022〕8号', '正文'])
  })

  it('starts afresh once it holds its limit, and still answers right', () => {
    const seen: string[] = []
    const f = memoText((t: string) => (seen.push(t), t.length), 2)
    for (const t of ['一', '二二', '三三三', '一']) f(t)
    expect(seen).toEqual(['一', '二二', '三三三', '一'])
    expect(f('三三三')).toBe(3)
    expect(seen).toHaveLength(4)
  })

  it('hands out a 文号 line\'s answer that no caller can change', () => {
    const a = docNumberOfLine('（兴政发〔2022〕8号）')
    expect(a).toEqual({ raw: '兴政发〔2022〕8号', docNumber: '兴政发〔2022〕8号' })
    expect(Object.isFrozen(a)).toBe(true)
    expect(docNumberOfLine('（兴政发〔2022〕8号）')).toBe(a)
  })
})
