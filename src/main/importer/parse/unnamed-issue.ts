// An issue that names its gazette nowhere (no cover, no running head naming it): still a gazette
// issue when the genre's own apparatus is there — a 目录 whose entries the body prints, or a 期
// label repeated over its pages — and then kept with its name empty and the doubt said. Without
// that apparatus the text is no issue (a novel, a single 公文, a table): it is refused, as before.
import type { IssueMeta, ParsedIssue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { SourceLine } from './lines'
import { issueLabelFromTextHeads } from './text-heads'

/** A gazette name no line holds: the noise and colophon tests then match nothing by name. */
export const NO_NAME = '\u0000'

/** The refusal people read when a text is not a gazette issue. */
export const NOT_A_GAZETTE_MESSAGE = '不是政府公报：未找到公报名称（如“××县人民政府公报”或“××政报”）。'

/** How many documents the genre's apparatus must account for: one 公文 alone is no issue. */
const MIN_DOCUMENTS = 2

/** The meta of an issue without a name: its 期 and year from a 期 label its pages repeat, if any. */
export function unnamedMeta(lines: readonly SourceLine[]): IssueMeta {
  const label = issueLabelFromTextHeads(lines)
  return { gazette: '', year: label?.year ?? 0, issueNo: label?.issueNo ?? 0, totalNo: label?.totalNo ?? null, publishedOn: null, publisher: null }
}

/**
 * Refuses at once what can never be kept (no 目录 of two entries, no 期 label over the pages): a
 * novel or a table is not read through as an issue first. keepUnnamed decides the rest.
 */
export function refuseHopeless(meta: IssueMeta, tocEntries: number): void {
  if (meta.issueNo === 0 && tocEntries < MIN_DOCUMENTS) throw new AppError('NOT_A_GAZETTE', NOT_A_GAZETTE_MESSAGE)
}

/** 目录 entries the body prints: the entries less those reconcile could not match. */
function tocEntriesFound(issue: ParsedIssue): number {
  const lost = issue.warnings.filter((w) => w.code === 'TOC_ENTRY_NOT_FOUND' || w.code === 'TOC_ENTRY_WITHOUT_BODY').length
  return issue.toc.length - lost
}

/**
 * The unnamed issue kept, its missing name a doubt staff see first; or NOT_A_GAZETTE when
 * nothing of the genre is there (no 目录 found in the body, no 期 label over the pages).
 */
export function keepUnnamed(issue: ParsedIssue): ParsedIssue {
  // A back 目录's issue may name itself before its first document after all.
  if (issue.meta.gazette) return issue
  const documents = issue.documents.length
  const genre = documents >= MIN_DOCUMENTS && (tocEntriesFound(issue) >= MIN_DOCUMENTS || issue.meta.issueNo > 0)
  if (!genre) throw new AppError('NOT_A_GAZETTE', NOT_A_GAZETTE_MESSAGE)
  // The archive keeps it under its file's name (shared/gazette-shown.ts) until staff name it.
  const message = '无法确定：未找到公报名称（没有封面，页眉和目录也未写明），已按目录和正文导入，暂以原文件名区分；请点“填写本期信息”补上公报名称、年份和期号（入库后也可在本期页面“更正本期信息”）'
  return { ...issue, warnings: [{ code: 'NO_GAZETTE_NAME', message }, ...issue.warnings] }
}
