// A -layout 目录 in two columns whose left entries end short (county-web-mixed.layout.txt): each
// left entry's page stands where the right column's text starts, and stays the left entry's.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-mixed')
const text = readFileSync(join(DIR, 'county-web-mixed.layout.txt'), 'utf8')
const truth = JSON.parse(readFileSync(join(DIR, 'county-web-mixed.truth.json'), 'utf8')) as { documents: { title: string; docNumber: string | null }[] }

describe('a left 目录 entry\'s page set at the right column\'s start', () => {
  it('stays with the left entry, the right column\'s line after it', () => {
    const row = ' （2022）49号）             7    （兴政办函〔2022〕14号）      12'
    const kind = rowKind(row, 29, null)
    expect(kind.kind).toBe('both')
    if (kind.kind !== 'both') return
    expect(kind.left.trim()).toMatch(/^（2022）49号）\s+7$/)
    expect(kind.right.trim()).toBe('（兴政办函〔2022〕14号）      12')
  })

  it('alone on its row, is the left entry\'s line', () => {
    expect(rowKind(' 政发〔2022〕8号）            5', 29, null)).toEqual({ kind: 'left', text: ' 政发〔2022〕8号）            5' })
  })

  it('a right line that opens with a number after body text (no entry\'s bracket) stays the right column\'s', () => {
    const kind = rowKind('各乡（镇）人民政府、县直各有关单位要          12    项重要的民生调查', 29, null)
    expect(kind.kind).toBe('both')
    if (kind.kind === 'both') expect(kind.right.trim()).toBe('12    项重要的民生调查')
  })

  it('gives every entry its page: no title ends in a page number, every document is found', () => {
    const issue = parseIssue(readLayoutColumns(text))
    for (const d of issue.documents) expect(d.title, d.title).not.toMatch(/\d$/)
    for (const t of truth.documents) expect(issue.documents.some((d) => d.title === t.title), t.title).toBe(true)
  })
})
