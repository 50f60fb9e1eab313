// A typeset layout's files (tests/fixtures/typeset/{tuning,held-out}/LAYOUT/) as text: what the
// parser tests read (no reader loaded), and the one normal form their paragraphs are compared in.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TruthDoc } from '../../bench/lib/accuracy-score'
import { REPO_ROOT } from './sample'

/** The layout's file with this ending (`pdf`, `txt`, `layout.txt`, `docx`, `truth.json`). */
export function typesetFile(layout: string, ext: string, split = 'tuning'): string {
  return join(REPO_ROOT, 'tests', 'fixtures', 'typeset', split, layout, `${layout}.${ext}`)
}

/** The layout's text: `pdftotext`'s default (`txt`) or its `-layout` text (`layout.txt`). */
export const typesetText = (layout: string, ext = 'txt', split = 'tuning'): string => readFileSync(typesetFile(layout, ext, split), 'utf8')

/** The layout's true documents, with their paragraphs. */
export const typesetTruth = (layout: string, split = 'tuning'): TruthDoc[] =>
  (JSON.parse(typesetText(layout, 'truth.json', split)) as { documents: TruthDoc[] }).documents

/** A paragraph as the accuracy bench compares it: NFKC, no whitespace. */
export const flat = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')
