// ParseOptions.beforeStreams: a dev tool (scripts/stream-costs3.ts) prices the runs the column
// readings read, so it is given the lines as they get them, the repairs before them done.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import type { SourceLine } from '../../../src/main/importer/parse/lines'
import { REPO_ROOT } from '../../support/sample'

const tuning = (layout: string): string =>
  readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', layout, `${layout}.txt`), 'utf8')

describe('the lines given before the column readings', () => {
  it('hold a three-column page\'s 条 label paired with its text, and the lines written after a folio', () => {
    // city-web-3col-b page 3 as pdftotext wrote it: '第七条' / '' / '纳税人子女在中国境外接', the
    // bold label a piece of its own.
    const text = tuning('city-web-3col-b')
    const raw = text.split('\n')
    expect(raw[80]).toBe('第七条')
    expect(raw[82]).toBe('纳税人子女在中国境外接')
    const given: [SourceLine[], ReadonlySet<number>][] = []
    parseIssueTraced(text, { beforeStreams: (lines, foot) => given.push([[...lines], foot]) })
    expect(given).toHaveLength(1)
    const [lines, foot] = given[0]
    const i = lines.findIndex((l) => l.text.startsWith('第七条'))
    expect(lines[i].text).toBe('第七条\u3000纳税人子女在中国境外接')
    expect(lines.some((l) => l.text === '纳税人子女在中国境外接')).toBe(false)
    expect(foot.size).toBeGreaterThan(0)
  })
})
