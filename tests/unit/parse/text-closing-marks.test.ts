// A line that opens with a closing mark ('，推动退役、', '）…') is the rest of a sentence cut at the
// column's edge: in its column it never stands under a line that ended a sentence
// (text-joins.ts). The excerpts are real lines of city-2col-lines.txt (XeLaTeX, two columns
// written line by line, page 4: '农村培养…农村实用人才。 持设立退役军人教育培训集团（联盟）' holds
// both columns, and '，推动退役、' goes on from the right one); the paragraph expected is the truth.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const TUNING = join(__dirname, '../../fixtures/typeset/tuning')
const unit = (t: string): Unit => ({ line: 0, text: t, blankBefore: false, mergedRight: false })
// No character pairs: only the lines' shapes speak.
const ctx = { full: 44, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a line opening with a closing mark (city-2col-lines.txt page 4)', () => {
  const rest = unit('，推动退役、')

  it('goes on from a line left open, not from one that ended a sentence', () => {
    expect(joinCost(ctx, unit('农村培养以新型职业农民为主体的农村实用人才。'), rest)).toBeGreaterThan(joinCost(ctx, unit('持设立退役军人教育培训集团（联盟）'), rest))
  })

  it('leaves the paragraph above it whole', () => {
    const blocks = parseIssue(readFileSync(join(TUNING, 'city-2col-lines', 'city-2col-lines.txt'), 'utf8')).documents.flatMap((d) => d.blocks.map((b) => b.text))
    expect(blocks.find((t) => t.startsWith('优化教育结构，'))).toMatch(/为广大农村培养以新型职业农民为主体的农村实用人才。发挥中等职业学校作用，.*并接受部分职业技能学习。$/)
  })
})
