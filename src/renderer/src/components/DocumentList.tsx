// Virtualised document list: rows fetched page by page as they scroll into view; sortable columns.
import { Checkbox, UnstyledButton } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { SortKey } from '../../../shared/api'
import type { DocumentSummary } from '../../../shared/domain'
import type { DocumentPages } from '../hooks/useDocumentPages'
import { issueShown } from '../../../shared/issue-shown'

const ROW = 40

interface Props {
  pages: DocumentPages
  sort: SortKey
  desc: boolean
  onSort(sort: SortKey, desc: boolean): void
  selected: Set<number>
  onToggle(id: number): void
}

function SortHeader(props: { label: string; k: SortKey; sort: SortKey; desc: boolean; onSort: Props['onSort'] }) {
  const active = props.sort === props.k
  const arrow = active ? (props.desc ? ' ↓' : ' ↑') : ''
  return (
    <div className="cell" role="columnheader" aria-sort={active ? (props.desc ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton fw={600} fz={14} onClick={() => props.onSort(props.k, active ? !props.desc : false)}>
        {props.label}
        {arrow}
      </UnstyledButton>
    </div>
  )
}

function Row({ doc, index, top, checked, onToggle }: { doc?: DocumentSummary; index: number; top: number; checked: boolean; onToggle(id: number): void }) {
  if (!doc) {
    return (
      <div className="doc-row" role="row" aria-rowindex={index + 2} aria-busy style={{ transform: `translateY(${top}px)` }}>
        <span />
        <div className="skeleton-bar" style={{ width: '70%' }} />
        <div className="skeleton-bar" style={{ width: '85%' }} />
        <div className="skeleton-bar" style={{ width: '60%' }} />
        <span />
        <span />
      </div>
    )
  }
  return (
    <div className="doc-row" role="row" aria-rowindex={index + 2} data-doc-id={doc.id} style={{ transform: `translateY(${top}px)` }}>
      <Checkbox size="xs" checked={checked} onChange={() => onToggle(doc.id)} aria-label={`选择：${doc.title}`} />
      <div className="cell" role="cell">{doc.docNumber ?? '—'}</div>
      <a className="cell doc-link" role="cell" href={`#/doc/${doc.id}`} title={doc.title} style={{ color: 'inherit', textDecoration: 'none' }}>
        {doc.title}
      </a>
      <div className="cell" role="cell" title={doc.issuer ?? ''}>{doc.issuer ?? '—'}</div>
      <div className="cell" role="cell">{doc.date ?? '—'}</div>
      {/* The 期 first (it is what differs row to row), then the gazette: two gazettes may share a 期. */}
      <div className="cell" role="cell" title={`${doc.gazette} ${issueShown(doc.year, doc.issueNo)}`}>
        {issueShown(doc.year, doc.issueNo)}<span className="cell-gazette"> · {doc.gazette}</span>
      </div>
    </div>
  )
}

export function DocumentList({ pages, sort, desc, onSort, selected, onToggle }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: pages.total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 20,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0
  const { ensureRange } = pages

  useEffect(() => {
    if (items.length) ensureRange(first, last)
  }, [first, last, items.length, ensureRange])

  return (
    <div role="table" aria-label="文件列表" aria-rowcount={(pages.total ?? 0) + 1} style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <div className="doc-list-head" role="row" aria-rowindex={1}>
        <span />
        <SortHeader label="文号" k="docNumber" sort={sort} desc={desc} onSort={onSort} />
        <SortHeader label="标题" k="title" sort={sort} desc={desc} onSort={onSort} />
        <div className="cell" role="columnheader">发文机关</div>
        <SortHeader label="成文日期" k="date" sort={sort} desc={desc} onSort={onSort} />
        <SortHeader label="期" k="issue" sort={sort} desc={desc} onSort={onSort} />
      </div>
      <div ref={scrollRef} className="doc-list" data-testid="doc-list-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {items.map((v) => {
            const doc = pages.rowAt(v.index)
            return <Row key={v.key} doc={doc} index={v.index} top={v.start} checked={!!doc && selected.has(doc.id)} onToggle={onToggle} />
          })}
        </div>
      </div>
    </div>
  )
}
