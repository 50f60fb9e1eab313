// Whose is a warning: the gazette's own (a 目录 entry printed with no document in the body) or the
// importer's doubt (无法确定…: a 文号 or date not recognised, a document not matched to the 目录).
// Staff act on them differently: the first is a fact to note, the second a reading to check.
import type { ParseWarning } from './domain'

export type WarningKind = 'gazette' | 'uncertain' | 'other'

const BY_CODE: Partial<Record<ParseWarning['code'], WarningKind>> = {
  TOC_ENTRY_WITHOUT_BODY: 'gazette',
  TOC_ENTRY_NOT_FOUND: 'uncertain',
  TOC_ENTRIES_UNMATCHED: 'uncertain',
  BODY_WITHOUT_TOC_ENTRY: 'uncertain',
  MISSING_DOC_NUMBER: 'uncertain',
  MISSING_DATE: 'uncertain',
  DUPLICATE_DOC_NUMBER: 'uncertain',
  NO_GAZETTE_NAME: 'uncertain',
  COLUMNS_REBUILT: 'uncertain',
}

/** The kind a warning is, by its code (warnings stored before the kind was kept included). */
export function warningKind(w: Pick<ParseWarning, 'code'>): WarningKind {
  return BY_CODE[w.code] ?? 'other'
}

export const WARNING_KIND_TITLE: Record<WarningKind, string> = {
  gazette: '公报本身如此（目录与正文核对所见）',
  uncertain: '无法确定，请核对',
  other: '其他提示',
}

/** Warnings grouped by kind, in the order gazette, uncertain, other; empty groups left out. */
export function groupWarnings<T extends Pick<ParseWarning, 'code'>>(ws: readonly T[]): { kind: WarningKind; items: T[] }[] {
  const kinds: WarningKind[] = ['gazette', 'uncertain', 'other']
  return kinds.map((kind) => ({ kind, items: ws.filter((w) => warningKind(w) === kind) })).filter((g) => g.items.length > 0)
}
