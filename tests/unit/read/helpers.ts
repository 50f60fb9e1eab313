// Shared by the reader tests: fixture paths and the measures used to compare extracted text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findDocNumbers } from '../../../src/shared/doc-number'
import { SAMPLE_TXT } from '../../support/sample'

export const SAMPLE_PATH = SAMPLE_TXT
export const FIXTURES = join(__dirname, '../../fixtures/files')
export const BAD = join(FIXTURES, 'bad')

export const sampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8')
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(FIXTURES, name)))
export const badFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(BAD, name)))

/** Canonical 文号 found anywhere; whitespace is removed first, as a hard wrap may split one. */
export function docNumberSet(text: string): Set<string> {
  return new Set(findDocNumbers(text.replace(/\s+/g, '')).map((m) => m.docNumber))
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u

/** Share of `expected`'s CJK characters (counted with multiplicity) that `actual` also has. */
export function cjkCoverage(expected: string, actual: string): number {
  const have = new Map<string, number>()
  for (const ch of actual) if (CJK.test(ch)) have.set(ch, (have.get(ch) ?? 0) + 1)
  let total = 0
  let found = 0
  for (const ch of expected) {
    if (!CJK.test(ch)) continue
    total++
    const n = have.get(ch) ?? 0
    if (n > 0) {
      found++
      have.set(ch, n - 1)
    }
  }
  return total === 0 ? 1 : found / total
}
