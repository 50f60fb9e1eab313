// Property: parseIssue on mutated issues returns a sound ParsedIssue or refuses with NOT_A_GAZETTE.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import type { ParsedIssue } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { hardWrap, sampleText } from '../parse/sample'
import { checkIssue } from './invariants'
import { mutate, mutationArb } from './mutate'
import { params, timed, timeout, TIME_CAP_MS } from './fuzz-config'

const lines = sampleText.split('\n')
// Cover and 目录 end near line 170; a window of the body after them keeps each run fast.
const HEAD = lines.slice(0, 170)
const BODY = lines.slice(170)
const WRAPPED = hardWrap(sampleText)

/** A smaller issue: the cover, the 目录 and `len` body lines from `from`. */
const windowArb = fc
  .tuple(fc.nat(BODY.length), fc.integer({ min: 50, max: 600 }))
  .map(([from, len]) => [...HEAD, ...BODY.slice(from, from + len)].join('\n'))
const issueArb = fc.oneof(
  { weight: 4, arbitrary: windowArb },
  { weight: 1, arbitrary: fc.constant(sampleText) },
  { weight: 1, arbitrary: fc.nat(WRAPPED.length).map((n) => WRAPPED.slice(0, n)) },
)

/** Runs the parser under the hang guard; anything but a NOT_A_GAZETTE refusal fails. */
function parseSafely(text: string): ParsedIssue | null {
  let result: ParsedIssue | null = null
  const { ms } = timed(() => {
    try {
      result = parseIssue(text)
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'NOT_A_GAZETTE') throw err
    }
  })
  expect(ms).toBeLessThan(TIME_CAP_MS)
  return result
}

describe('parseIssue under mutation', () => {
  it(
    'holds its invariants on mutated issues',
    () => {
      const arb = fc.tuple(issueArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }))
      fc.assert(
        fc.property(arb, ([text, muts]) => {
          const issue = parseSafely(mutate(text, muts))
          if (issue) checkIssue(issue)
        }),
        params(120),
      )
    },
    timeout(40_000),
  )

  it(
    'holds its invariants on two issues run together',
    () => {
      const arb = fc.tuple(issueArb, issueArb, fc.array(mutationArb, { maxLength: 2 }))
      fc.assert(
        fc.property(arb, ([a, b, muts]) => {
          const issue = parseSafely(mutate(`${a}\n${b}`, muts))
          if (issue) checkIssue(issue)
        }),
        params(15),
      )
    },
    timeout(40_000),
  )

  it(
    'never fails on arbitrary short text',
    () => {
      const unit = fc.constantFrom(...'兴县人民政府公报目录第期号〔〕2022关于通知\n \t')
      const text = fc.string({ unit, maxLength: 300 })
      fc.assert(
        fc.property(fc.oneof(text, fc.string({ maxLength: 300 })), (t) => {
          const issue = parseSafely(t)
          if (issue) checkIssue(issue)
        }),
        params(300),
      )
    },
    timeout(20_000),
  )
})

describe('parseIssue on long degenerate lines', () => {
  const FILL = [' ', '\t', '…', '. ', '关 ', '（', '号', '〔2022〕', '兴 ', '1', '—', '王 宇 ', '，']
  it(
    'stays fast with a long run of one fragment in the 目录 or the body',
    () => {
      const arb = fc.record({
        fill: fc.constantFrom(...FILL),
        n: fc.integer({ min: 1_000, max: 20_000 }),
        tail: fc.constantFrom('x', '1', '号', '。', ''),
        at: fc.integer({ min: 0, max: 400 }),
      })
      fc.assert(
        fc.property(arb, ({ fill, n, tail, at }) => {
          const long = fill.repeat(n) + tail
          const text = [...lines.slice(0, at), long, ...lines.slice(at, 600)].join('\n')
          const issue = parseSafely(text)
          if (issue) checkIssue(issue)
        }),
        params(25),
      )
    },
    timeout(30_000),
  )
})
