// One 期: its heading and actions (目录 export, all PDFs, removal), and tabs 目录 | 文件列表.
import { Button, Group, Tabs, Text } from '@mantine/core'
import { useState } from 'react'
import type { SortKey } from '../../../shared/api'
import type { IssueSummary, SearchFilters } from '../../../shared/domain'
import { useApi } from '../api-context'
import { useSaveExport } from '../hooks/useSaveExport'
import { CatalogueExportMenu } from './CatalogueExportMenu'
import { ExportStatus } from './ExportStatus'
import { IssueOriginalsButton } from './IssueOriginals'
import { IssueToc } from './IssueToc'
import { LibraryList } from './LibraryList'
import { RemoveIssueModal } from './RemoveIssueModal'
import { RereadModal } from './RereadModal'
import { UndoReplaceButton } from './UndoReplaceButton'
import { issueShown } from '../../../shared/issue-shown'
import { IdentityGaps } from './identity/IdentityGaps'
import { IssueIdentityModal } from './identity/IssueIdentityModal'

interface Props {
  issue: IssueSummary
  filters: SearchFilters
  sort: SortKey
  desc: boolean
  view: 'toc' | 'list'
  onView(view: 'toc' | 'list'): void
  onSort(sort: SortKey, desc: boolean): void
}

function IssueHeader({ issue, onEdit }: { issue: IssueSummary; onEdit(): void }) {
  const total = issue.totalNo ? `（总第${issue.totalNo}期）` : ''
  const sub = [issue.gazette, issue.publishedOn && `出版 ${issue.publishedOn}`].filter(Boolean).join(' · ')
  return (
    <div style={{ minWidth: 0 }}>
      <Text fw={600} component="h2" m={0} size="lg">
        {issueShown(issue.year, issue.issueNo)}{total}
        <Text span c="dimmed" size="sm" ml="sm" fw={400}>{issue.documentCount} 件</Text>
      </Text>
      <Text size="xs" c="dimmed">
        {sub}
        <Button size="compact-xs" variant="subtle" ml={4} onClick={onEdit} aria-label="更正本期信息">更正本期信息</Button>
      </Text>
    </div>
  )
}

export function IssueView({ issue, filters, sort, desc, view, onView, onSort }: Props) {
  const { archive } = useApi()
  const exporter = useSaveExport()
  const [removing, setRemoving] = useState(false)
  const [rereading, setRereading] = useState(false)
  const [editing, setEditing] = useState(false)
  const zip = () => exporter.run('zip', () => archive.exportIssuePdfs({ issueId: issue.id }))
  return (
    <>
      <Group justify="space-between" px="md" py="sm" bg="white" wrap="nowrap">
        <IssueHeader issue={issue} onEdit={() => setEditing(true)} />
        <Group gap="xs" wrap="nowrap">
          <CatalogueExportMenu label="导出本期目录" exporter={exporter} choices={[{ label: '本期目录', scope: { issueId: issue.id }, gazette: issue.gazette }]} />
          <Button variant="default" loading={exporter.busy === 'zip'} onClick={() => void zip()}>导出本期全部 PDF</Button>
          <IssueOriginalsButton issueId={issue.id} />
          <UndoReplaceButton issueId={issue.id} year={issue.year} />
          <Button variant="default" onClick={() => setRereading(true)}>用新版本重新识别</Button>
          <Button variant="outline" color="red" onClick={() => setRemoving(true)}>删除本期…</Button>
        </Group>
      </Group>
      <ExportStatus exporter={exporter} />
      <div className="identity-gaps-slot"><IdentityGaps issue={issue} onFix={() => setEditing(true)} /></div>
      <Tabs value={view} onChange={(v) => onView(v === 'list' ? 'list' : 'toc')} keepMounted={false} className="issue-tabs">
        <Tabs.List px="md" bg="white">
          <Tabs.Tab value="toc">目录</Tabs.Tab>
          <Tabs.Tab value="list">文件列表</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="toc" className="issue-panel scroll-page">
          <IssueToc issueId={issue.id} />
        </Tabs.Panel>
        <Tabs.Panel value="list" className="issue-panel">
          <LibraryList filters={filters} sort={sort} desc={desc} onSort={onSort}
            title={(total) => <Text size="sm" c="dimmed">共 {total ?? '…'} 件；勾选文件后可导出它们的目录或 PDF</Text>} />
        </Tabs.Panel>
      </Tabs>
      <RemoveIssueModal issue={issue} opened={removing} onClose={() => setRemoving(false)} />
      <RereadModal issue={issue} opened={rereading} onClose={() => setRereading(false)} />
      {editing && <IssueIdentityModal issue={issue} onClose={() => setEditing(false)} />}
    </>
  )
}
