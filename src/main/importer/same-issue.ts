// Is another file of a held 期 really that issue? Its documents against the archive's by identity —
// how many, their 文号, their titles — not by how well each reader read the bodies: a further
// original is kept only when every document pairs up. Pure.
import type { ComparedDocument, DocumentBrief, DocumentPair } from '../../shared/issue-comparison'
import { docNumberKey, normalText } from './compare-fields'
import { compareIssues } from './compare-issues'

export interface SameIssueCheck {
  /** No material difference: the file may be kept as a further original of the issue. */
  same: boolean
  /** Documents held, and documents the other file holds. */
  counts: { held: number; other: number }
  /** Chinese, one per material difference: why the file is not kept as this issue's original. */
  differences: string[]
  /** Chinese: what two readings of one issue may differ in (a title read otherwise, body text). */
  notes: string[]
}

const LISTED = 5
/** Titles this alike (bigram overlap) are one title read two ways (a dropped line, a stray character). */
const ALIKE = 0.8

const named = (d: DocumentBrief): string => d.docNumber ?? `「${d.title}」`

function listed<T>(items: T[], show: (x: T) => string): string {
  const shown = items.slice(0, LISTED).map(show).join('、')
  return items.length > LISTED ? `${shown} 等 ${items.length} 件` : shown
}

function bigrams(s: string): string[] {
  const chars = [...normalText(s)]
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c)
}

/** Bigram overlap of two titles (Dice coefficient, 0–1), spaces and full-width forms ignored. */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a)
  const y = bigrams(b)
  if (!x.length && !y.length) return 1
  const pool = new Map<string, number>()
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1)
  let shared = 0
  for (const g of x) {
    const n = pool.get(g) ?? 0
    if (n === 0) continue
    shared++
    pool.set(g, n - 1)
  }
  return (2 * shared) / (x.length + y.length)
}

const numberOf = (d: DocumentBrief): string | null => docNumberKey(d.docNumber)
const titleSame = (p: DocumentPair): boolean => normalText(p.old.title) === normalText(p.new.title)

/** A pair that is not one document: 文号 both read and different, or paired by place alone with unlike titles. */
function numberDiffers(p: DocumentPair): boolean {
  const [a, b] = [numberOf(p.old), numberOf(p.new)]
  return a !== null && b !== null && a !== b
}
function titleDiffers(p: DocumentPair): boolean {
  return p.matchedBy === 'position' && !numberDiffers(p) && titleSimilarity(p.old.title, p.new.title) < ALIKE
}

function notesOf(pairs: DocumentPair[]): string[] {
  const notes: string[] = []
  const titles = pairs.filter((p) => !titleSame(p) && !titleDiffers(p)).length
  if (titles) notes.push(`${titles} 件的标题读法略有不同`)
  const oneNumber = pairs.filter((p) => (numberOf(p.old) === null) !== (numberOf(p.new) === null)).length
  if (oneNumber) notes.push(`${oneNumber} 件的文号只在一份中读出`)
  const body = pairs.filter((p) => p.changes.some((c) => c.field === 'body' && !c.new.includes('文字相同'))).length
  if (body) notes.push(`${body} 件的正文文字有出入`)
  return notes
}

/** `held`: the issue's documents in the archive; `other`: the other file's, as its reader and parser read them. */
export function checkSameIssue(held: ComparedDocument[], other: ComparedDocument[]): SameIssueCheck {
  const c = compareIssues(held, other)
  const differences: string[] = []
  if (c.counts.old !== c.counts.new) differences.push(`本期有 ${c.counts.old} 件文件，此文件读出 ${c.counts.new} 件`)
  if (c.onlyOld.length) differences.push(`此文件中没有：${listed(c.onlyOld, named)}`)
  if (c.onlyNew.length) differences.push(`本期没有：${listed(c.onlyNew, named)}`)
  const numbers = c.pairs.filter(numberDiffers)
  if (numbers.length) differences.push(`文号不同：${listed(numbers, (p) => `${p.old.docNumber} → ${p.new.docNumber}`)}`)
  const titles = c.pairs.filter(titleDiffers)
  if (titles.length) differences.push(`标题不同：${listed(titles, (p) => `「${p.old.title}」→「${p.new.title}」`)}`)
  return { same: differences.length === 0, counts: { held: c.counts.old, other: c.counts.new }, differences, notes: notesOf(c.pairs) }
}
