// One 期's 目录 as printed: sections in order, entries with 文号 and page, each opening its document.
import { Loader, Text } from '@mantine/core'
import type { ParseWarning, TocEntry } from '../../../shared/domain'
import { useIssueToc } from '../hooks/useArchive'
import { ErrorNotice } from './ErrorNotice'
import { WarningGroups } from './WarningGroups'

type Entry = TocEntry & { documentId: number | null }

function groupBySection(toc: Entry[]): { category: string; entries: Entry[] }[] {
  const groups: { category: string; entries: Entry[] }[] = []
  for (const e of toc) {
    const last = groups[groups.length - 1]
    if (last && last.category === e.category) last.entries.push(e)
    else groups.push({ category: e.category, entries: [e] })
  }
  return groups
}

function warningFor(e: Entry, warnings: ParseWarning[]): string {
  const w = warnings.find((x) => x.code === 'TOC_ENTRY_WITHOUT_BODY' && ((e.docNumber && x.docNumber === e.docNumber) || x.message.includes(e.title)))
  return w?.message ?? '目录列出，但档案中没有这份文件的正文'
}

function EntryRow({ e, warnings }: { e: Entry; warnings: ParseWarning[] }) {
  const cells = (
    <>
      <span className="toc-title">{e.title}</span>
      <span className="toc-number">{e.docNumber ?? ''}</span>
      <span className="toc-page">{e.page ?? ''}</span>
    </>
  )
  if (e.documentId !== null) {
    return <li><a className="toc-entry" href={`#/doc/${e.documentId}`}>{cells}</a></li>
  }
  return (
    <li>
      <div className="toc-entry missing" aria-disabled="true">{cells}</div>
      <Text size="xs" c="orange.8" className="toc-warning">⚠ {warningFor(e, warnings)}</Text>
    </li>
  )
}

export function IssueToc({ issueId }: { issueId: number }) {
  const { data, error, reload } = useIssueToc(issueId)
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!data) return <Loader m="xl" aria-label="正在加载目录" />
  const warnings = data.issue.warnings
  return (
    <div className="issue-toc">
      {warnings.length > 0 && (
        <div className="issue-warnings">
          <WarningGroups items={warnings} />
        </div>
      )}
      {data.toc.length === 0 && <Text c="dimmed">这一期没有目录（扫描件登记或目录未能识别）。</Text>}
      <nav aria-label="本期目录" className="toc-sheet">
        <Text component="h3" className="toc-heading">目　录</Text>
        {groupBySection(data.toc).map((g, i) => (
          <section key={`${g.category}-${i}`} aria-label={g.category || '未分栏目'}>
            {g.category && <h4 className="toc-section">{g.category}</h4>}
            <ul className="toc-list">
              {g.entries.map((e, j) => <EntryRow key={j} e={e} warnings={warnings} />)}
            </ul>
          </section>
        ))}
      </nav>
    </div>
  )
}
