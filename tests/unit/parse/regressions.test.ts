// Minimal inputs that fuzzing found to hang or break the parser, kept as plain unit tests.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitPage } from '../../../src/main/importer/parse/toc'
import { splitLines } from '../../../src/main/importer/parse/lines'

const HEAD = '兴县人民政府公报\n2022年第2期（总第4期）\n目 录\n县政府文件\n'

function ms(f: () => unknown): number {
  const t0 = performance.now()
  f()
  return performance.now() - t0
}

describe('fuzz findings', () => {
  // '^(.*?)\s*(?:…|\s{2,})\s*(\d{1,4})$' backtracked polynomially: 2 000 spaces never finished.
  it('splitPage is linear on a long run of spaces, leaders or tabs', () => {
    for (const fill of [' ', '…', '\t', '. ']) {
      expect(ms(() => splitPage(`${fill.repeat(40_000)}x`))).toBeLessThan(500)
    }
    expect(splitPage(`关于${' '.repeat(40_000)}12`)).toEqual({ text: '关于', page: 12 })
  })

  // /[ \u3000]+$/ retried from every position: 40 000 spaces then a letter took 0.6 s per line.
  it('splitLines is linear on a long line of spaces', () => {
    expect(ms(() => splitLines(`${' '.repeat(200_000)}x`))).toBeLessThan(500)
  })

  it('parses an issue whose 目录 holds a 40 000-space line', () => {
    const text = `${HEAD}${' '.repeat(40_000)}x\n`
    expect(ms(() => expect(() => parseIssue(text)).toThrow(/不是政府公报/))).toBeLessThan(1000)
  })
})
