// 导出目录: the 档案目录 of a scope (selection, issue, whole archive) as Excel or CSV.
import { Button, Menu } from '@mantine/core'
import type { CatalogueScope } from '../../../shared/domain'
import { useApi } from '../api-context'
import type { SaveExport } from '../hooks/useSaveExport'

export interface CatalogueChoice {
  label: string
  scope: CatalogueScope | null // null: shown, but disabled (e.g. nothing selected)
}

const FORMATS = [
  { format: 'xlsx', label: 'Excel（.xlsx）' },
  { format: 'csv', label: 'CSV（.csv）' },
] as const

export function CatalogueExportMenu({ choices, exporter, label = '导出目录' }: { choices: CatalogueChoice[]; exporter: SaveExport; label?: string }) {
  const { archive } = useApi()
  const save = (scope: CatalogueScope, format: 'xlsx' | 'csv') =>
    void exporter.run('catalogue', () => archive.exportCatalogue({ scope, format }))
  return (
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
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
