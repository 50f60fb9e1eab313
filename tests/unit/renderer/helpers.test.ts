// Pure renderer helpers: routes, snippet marks, citation segments, base64.
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from '../../../src/renderer/src/base64'
import { hrefFor, parseRoute } from '../../../src/renderer/src/routes'
import { splitCitations, splitMarks, stripMarks } from '../../../src/renderer/src/text-marks'

describe('routes', () => {
  it.each([
    ['', 'library'],
    ['#/', 'library'],
    ['#/doc/12', 'document'],
    ['#/search?q=农民工', 'search'],
    ['#/import', 'import'],
    ['#/nonsense', 'library'],
  ])('%s → %s', (hash, name) => {
    expect(parseRoute(hash).name).toBe(name)
  })

  it('reads document ids and query parameters', () => {
    expect(parseRoute('#/doc/12')).toEqual({ name: 'document', id: 12 })
    const r = parseRoute(hrefFor('/search', { q: '兴政发〔2022〕8号', year: 2022, issuer: undefined }))
    expect(r.name === 'search' && r.params.get('q')).toBe('兴政发〔2022〕8号')
  })
})

describe('snippets and citations', () => {
  it('splits snippet marks', () => {
    expect(splitMarks('关于\u0002农民工\u0003工资')).toEqual([
      { text: '关于' },
      { text: '农民工', marked: true },
      { text: '工资' },
    ])
    expect(stripMarks('关于\u0002农民工\u0003工资')).toBe('关于农民工工资')
  })

  it('links only the 文号 whose document is in the archive', () => {
    const segs = splitCitations('根据《通知》（兴政发〔2022〕8号）和兴政发〔2021〕3号', new Map([['兴政发〔2022〕8号', 7]]))
    expect(segs.filter((s) => s.targetId !== undefined)).toEqual([{ text: '兴政发〔2022〕8号', targetId: 7 }])
    expect(segs.map((s) => s.text).join('')).toBe('根据《通知》（兴政发〔2022〕8号）和兴政发〔2021〕3号')
  })

  it('finds cited 文号 in other bracket spellings', () => {
    const segs = splitCitations('按照兴政发[2022]8号执行', new Map([['兴政发〔2022〕8号', 7]]))
    expect(segs.find((s) => s.targetId)?.text).toBe('兴政发[2022]8号')
  })
})

describe('base64', () => {
  it('round-trips bytes, also past the chunk size', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256)
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
  })
})
