// 导出目录: the 归档文件目录 of a scope (selection, issue, whole archive) as Excel, PDF or CSV, and
// a dialog for its columns and the gazette's 件号 / 保管期限 rules.
import { Button, Menu } from '@mantine/core'
import { useState } from 'react'
import type { CatalogueScope } from '../../../shared/domain'
import { useApi } from '../api-context'
import type { SaveExport } from '../hooks/useSaveExport'
import { CatalogueDialog } from './CatalogueDialog'

export interface CatalogueChoice {
  label: string
  scope: CatalogueScope | null // null: shown, but disabled (e.g. nothing selected)
  /** The gazette whose rules the dialog edits (an issue's); absent for mixed scopes. */
  gazette?: string
}

const FORMATS = [
  { format: 'xlsx', label: 'Excel（.xlsx）' },
  { format: 'pdf', label: 'PDF（打印用）' },
  { format: 'csv', label: 'CSV（.csv）' },
] as const

export function CatalogueExportMenu({ choices, exporter, label = '导出目录' }: { choices: CatalogueChoice[]; exporter: SaveExport; label?: string }) {
  const { archive } = useApi()
  const [dialog, setDialog] = useState<CatalogueChoice | null>(null)
  const save = (scope: CatalogueScope, format: 'xlsx' | 'csv' | 'pdf') =>
    void exporter.run('catalogue', () => archive.exportCatalogue({ scope, format }))
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={exporter.busy === 'catalogue'}>{label} ▾</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {choices.map((c, i) => (
            <div key={c.label}>
              {i > 0 && <Menu.Divider />}
              <Menu.Label>{c.label}</Menu.Label>
              {FORMATS.map((f) => (
                <Menu.Item key={f.format} disabled={!c.scope} onClick={() => c.scope && save(c.scope, f.format)}>
                  {c.label} — {f.label}
                </Menu.Item>
              ))}
              <Menu.Item disabled={!c.scope} onClick={() => setDialog(c)}>{c.label} — 选择列与规则…</Menu.Item>
            </div>
          ))}
        </Menu.Dropdown>
      </Menu>
      {dialog?.scope && (
        <CatalogueDialog opened onClose={() => setDialog(null)} scope={dialog.scope} scopeLabel={dialog.label}
          gazette={dialog.gazette} exporter={exporter} />
      )}
    </>
  )
}
