// 归档文件目录: choose the columns and format, and set the gazette's 件号 and 保管期限 rules once.
import { Button, Checkbox, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import {
  CATALOGUE_COLUMNS, COLUMN_LABELS, DEFAULT_RULES, RETENTIONS, pieceNumber,
  type CatalogueColumn, type CatalogueRules, type Retention,
} from '../../../shared/catalogue'
import type { CatalogueScope } from '../../../shared/domain'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import type { SaveExport } from '../hooks/useSaveExport'

/** The 文种 county gazettes print most; each may keep its own 保管期限. */
const DOC_TYPES = ['通知', '决定', '意见', '办法', '方案', '批复', '函', '通报', '报告', '请示', '公告', '令']
const FORMATS = [
  { value: 'xlsx', label: 'Excel' },
  { value: 'pdf', label: 'PDF（打印）' },
  { value: 'csv', label: 'CSV' },
]

interface Props {
  opened: boolean
  onClose(): void
  scope: CatalogueScope
  scopeLabel: string
  /** The gazette whose rules apply; absent when the scope spans several. */
  gazette?: string
  exporter: SaveExport
}

function RetentionRules({ rules, types, onChange }: { rules: CatalogueRules; types: string[]; onChange(r: CatalogueRules): void }) {
  const setType = (type: string, v: string | null) => {
    const next = { ...rules.retentionByDocType }
    if (v === null || v === '') delete next[type]
    else next[type] = v as Retention
    onChange({ ...rules, retentionByDocType: next })
  }
  return (
    <SimpleGrid cols={6} spacing={6} verticalSpacing={4}>
      {types.map((t) => (
        <Select key={t} size="xs" label={t} data={['', ...RETENTIONS].map((r) => ({ value: r, label: r || '按默认' }))}
          value={rules.retentionByDocType[t] ?? ''} onChange={(v) => setType(t, v)} allowDeselect={false} />
      ))}
    </SimpleGrid>
  )
}

export function CatalogueDialog({ opened, onClose, scope, scopeLabel, gazette, exporter }: Props) {
  const { archive } = useApi()
  const [rules, setRules] = useState<CatalogueRules>(DEFAULT_RULES)
  const [format, setFormat] = useState('xlsx')
  const [saved, setSaved] = useState(false)
  const [types, setTypes] = useState(DOC_TYPES)
  useEffect(() => {
    if (!opened || !gazette) return
    void archive.getCatalogueRules({ gazette }).then(setRules)
    // The usual 文种 and those this gazette prints (e.g. 承诺函), each settable.
    void archive.getFacets({ gazette }).then((f) => setTypes([...new Set([...DOC_TYPES, ...f.docTypes.map((d) => d.value)])]))
  }, [opened, gazette, archive])
  const save = useAction(async () => {
    if (gazette) setRules(await archive.setCatalogueRules({ gazette, rules }))
    setSaved(true)
  })
  const change = (next: CatalogueRules) => (setRules(next), setSaved(false))
  const columns = CATALOGUE_COLUMNS.filter((c) => rules.columns.includes(c))
  const exportNow = () => {
    onClose()
    void exporter.run('catalogue', () => archive.exportCatalogue({ scope, format: format as 'xlsx' | 'csv' | 'pdf', columns }))
  }
  const example = pieceNumber(rules.pieceNo, { seq: 5, year: 2022, issueNo: 2, totalNo: 4 })
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={`归档文件目录 — ${scopeLabel}`} closeButtonProps={{ 'aria-label': '关闭' }}>
      <Stack gap="sm">
        <Checkbox.Group label="列（按 DA/T 22 归档文件目录的顺序）" value={columns}
          onChange={(v) => change({ ...rules, columns: CATALOGUE_COLUMNS.filter((c) => v.includes(c)) as CatalogueColumn[] })}>
          <Group gap="md" mt={6}>
            {CATALOGUE_COLUMNS.map((c) => <Checkbox key={c} value={c} label={COLUMN_LABELS[c]} />)}
          </Group>
        </Checkbox.Group>
        {gazette ? (
          <>
            <Text size="sm" fw={600}>{gazette} 的规则（设一次，所有各期通用）</Text>
            <Group align="flex-end" gap="md">
              <TextInput label="件号" description="{件} 期内序号，{件:3} 补足 3 位，{年度}，{期}，{期:2}，{总期}" w={360}
                value={rules.pieceNo} onChange={(e) => change({ ...rules, pieceNo: e.currentTarget.value })} />
              <Text size="sm" c="dimmed">例：第5件 → {example || '（空）'}</Text>
              <Select label="保管期限（默认）" w={150} data={[...RETENTIONS]} value={rules.retentionDefault} allowDeselect={false}
                onChange={(v) => v && change({ ...rules, retentionDefault: v as Retention })} />
            </Group>
            <Text size="sm">按文种的保管期限</Text>
            <RetentionRules rules={rules} types={types} onChange={change} />
          </>
        ) : (
          <Text size="sm" c="dimmed">件号与保管期限按各公报自己的规则；要修改规则，请从某一期的“导出本期目录”进入。</Text>
        )}
        {save.error && <Text c="red" size="sm" role="alert">{save.error.message}</Text>}
        <Group justify="space-between" mt="xs">
          <SegmentedControl data={FORMATS} value={format} onChange={setFormat} aria-label="格式" />
          <Group gap="xs">
            {gazette && (
              <Button variant="default" loading={save.busy} disabled={!columns.length || !rules.pieceNo.trim()} onClick={() => void save.run()}>
                {saved ? '已保存为本公报规则' : '保存为本公报规则'}
              </Button>
            )}
            <Button disabled={!columns.length} onClick={exportNow}>导出</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
