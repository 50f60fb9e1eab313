// Hang guards for text shapes that were quadratic, and the deadline parseIssue honours.
// The cap is a hang guard, not a benchmark: each shape parses in a few seconds, a quadratic
// pass over these millions of characters would take hours, and a loaded CI runner is slow.
// Each test prints its actual figure; `npm run bench` is where speed is measured.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isAppError } from '../../../src/shared/errors'
import { scrambledColumnsText } from '../../support/hostile-files'
import { slowParseText } from '../reliability/bad-folder'
import { sampleText } from './sample'

const COVER = sampleText.split('\n').slice(0, 40).join('\n')
const HEAD = `${COVER}\n兴县人民政府\n关于做好工作的通知\n兴政发〔2022〕1号\n`
const BEFORE_TOC = sampleText.slice(0, sampleText.search(/^目\s*录$/m))

function tocOfTitles(n: number): string {
  const toc: string[] = []
  const body: string[] = []
  for (let k = 1; k <= n; k++) {
    toc.push(`关于做好第${k}项工作的通知……${1 + (k >> 2)}`)
    body.push(`关于做好第${k}项工作的通知\n各乡镇：\n请执行。\n2022年1月1日`)
  }
  return `${BEFORE_TOC}\n目  录\n县政府文件\n${toc.join('\n')}\n\n${body.join('\n')}\n`
}

const HANG_MS = 30_000

const SHAPES: [name: string, make: () => string][] = [
  ['50 000 bare 文号 lines', () => slowParseText(50_000)],
  ['10 000 issuer + title pairs', () => `${HEAD}${'兴县人民政府\n关于做好某项工作的通知\n'.repeat(10_000)}`],
  ['100 000 short unfinished lines', () => `${HEAD}${'这是一段没有结束的正文\n'.repeat(100_000)}`],
  ['one 5 MB line of prose', () => `${HEAD}${'这是很长的一段正文，'.repeat(500_000)}\n`],
  ['5 MB of spaces inside a line', () => `${HEAD}甲${' '.repeat(5_000_000)}b\n`],
  ['40 000 citations on one line', () => `${HEAD}${Array.from({ length: 40_000 }, (_, k) => `根据兴政发〔2021〕${k + 1}号，`).join('')}\n`],
  ['目录 of 20 000 entries without 文号', () => tocOfTitles(20_000)],
  // Each page's numbering breaks on nearly every line: the trades tried at each break were cubic
  // in a page's lines (5 pages took 65 s of CPU before the breaks were capped).
  ['20 pages of two columns line by line, numbering scrambled', () => scrambledColumnsText(20, 2)],
  ['5 pages of three columns line by line, numbering scrambled', () => scrambledColumnsText(5, 3)],
]

/** Parses `text`; a NOT_A_GAZETTE refusal counts as finishing too. Counts CPU time, which a
 * machine busy with other work does not stretch the way it stretches wall time. */
function timed(text: string): { ms: number; outcome: string } {
  const cpu0 = process.cpuUsage()
  let outcome: string
  try {
    outcome = `${parseIssue(text).documents.length} documents`
  } catch (err) {
    if (!isAppError(err) || err.code !== 'NOT_A_GAZETTE') throw err
    outcome = 'NOT_A_GAZETTE'
  }
  const used = process.cpuUsage(cpu0)
  return { ms: (used.user + used.system) / 1000, outcome }
}

describe('pathological text parses in near-linear time', () => {
  for (const [name, make] of SHAPES) {
    it(name, () => {
      const { ms, outcome } = timed(make())
      console.log(`${name}: ${ms.toFixed(0)} ms of CPU (${outcome})`)
      expect(ms).toBeLessThan(HANG_MS)
    }, 4 * HANG_MS)
  }
})

/** A deadline that throws `error` on its K-th check, counting every call. */
function failingAfter(k: number, error: Error): { check(): void; calls: number } {
  const d = {
    calls: 0,
    check(): void {
      if (++d.calls >= k) throw error
    },
  }
  return d
}

describe('parseIssue honours a deadline', () => {
  it('stops with the deadline’s own error', () => {
    const stop = new Error('time is up')
    const deadline = failingAfter(3, stop)
    expect(() => parseIssue(slowParseText(50_000), { deadline })).toThrow(stop)
    expect(deadline.calls).toBe(3)
  })

  it('checks inside its loops, not only between stages', () => {
    const deadline = failingAfter(Infinity, new Error('never'))
    parseIssue(slowParseText(50_000), { deadline })
    // ~50 000 lines pass through several per-line loops, checked every few hundred steps.
    expect(deadline.calls).toBeGreaterThan(200)
  })

  it('stops partway through a large input', () => {
    const stop = new Error('time is up')
    const deadline = failingAfter(40, stop)
    expect(() => parseIssue(tocOfTitles(20_000), { deadline })).toThrow(stop)
  })

  it('changes nothing when the time is not up', () => {
    const deadline = failingAfter(Infinity, new Error('never'))
    expect(parseIssue(sampleText, { deadline })).toEqual(parseIssue(sampleText))
    expect(deadline.calls).toBeGreaterThan(5)
  })
})
