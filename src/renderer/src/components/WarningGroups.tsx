// An import's warnings in two honest groups: what the gazette itself has (目录列出但正文未收录)
// apart from what the importer could not settle (无法确定…), then any other notes.
import { Alert, List } from '@mantine/core'
import type { ParseWarning } from '../../../shared/domain'
import { groupWarnings, WARNING_KIND_TITLE, type WarningKind } from '../../../shared/warning-kind'

export type WarningItem = Pick<ParseWarning, 'code' | 'message'>

const COLOR: Record<WarningKind, string> = { gazette: 'blue', uncertain: 'orange', other: 'gray' }

/** An import report's issue: its coded findings, and the reader's notes as 'OTHER'. */
export function reportItems(warnings: string[], findings?: WarningItem[]): WarningItem[] {
  const coded = new Set((findings ?? []).map((f) => f.message))
  return [...(findings ?? []), ...warnings.filter((w) => !coded.has(w)).map((message) => ({ code: 'OTHER' as const, message }))]
}

export function WarningGroups({ items }: { items: WarningItem[] }) {
  return (
    <>
      {groupWarnings(items).map((g) => (
        <Alert key={g.kind} color={COLOR[g.kind]} mt="sm" title={`${WARNING_KIND_TITLE[g.kind]}（${g.items.length} 条）`} data-kind={g.kind}>
          <List size="sm" spacing={2}>{g.items.map((w, i) => <List.Item key={`${i}-${w.message}`}>{w.message}</List.Item>)}</List>
        </Alert>
      ))}
    </>
  )
}
