// The body diff of the history: paragraphs kept, removed, added and edited (with the characters),
// on real paragraphs of the sample issue.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diffChars, diffParagraphs } from '../../../src/renderer/src/text-diff'
import { SAMPLE_TXT } from '../../support/sample'

const lines = readFileSync(SAMPLE_TXT, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 30)
const paras = lines.slice(40, 48)

describe('diffChars', () => {
  it('marks the one character changed inside a long paragraph', () => {
    const before = paras[0]
    const after = before.slice(0, 10) + '岢' + before.slice(11)
    expect(diffChars(before, after)).toEqual([
      { kind: 'same', text: before.slice(0, 10) },
      { kind: 'removed', text: before[10] },
      { kind: 'added', text: '岢' },
      { kind: 'same', text: before.slice(11) },
    ])
  })

  it('joining the kept and added pieces gives the new text, the kept and removed ones the old', () => {
    const before = paras[1]
    const after = `前言。${before.slice(5, 40)}插入的话${before.slice(40)}`
    const pieces = diffChars(before, after)
    expect(pieces.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after)
    expect(pieces.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before)
  })
})

describe('diffParagraphs', () => {
  it('finds a paragraph removed, one added and one edited among unchanged ones', () => {
    const after = [paras[0], paras[2].replace(paras[2][3], '★'), paras[3], '新加的一段', paras[4]]
    const kinds = diffParagraphs(paras.slice(0, 5), after).map((c) => c.kind)
    expect(kinds).toEqual(['same', 'removed', 'changed', 'same', 'added', 'same'])
  })

  it('says nothing changed for the same body', () => {
    expect(diffParagraphs(paras, paras).every((c) => c.kind === 'same')).toBe(true)
  })
})
