// The documents of a scanned issue, one editable row each (文号, 标题, 发文机关, 成文日期, 起止页).
import { ActionIcon, Button, NumberInput, Table, TextInput } from '@mantine/core'

export interface ScanRow {
  key: number
  docNumber: string
  title: string
  issuer: string
  date: string
  pageFrom: number | ''
  pageTo: number | ''
}

let nextKey = 1
export const emptyRow = (pageFrom: number | '' = ''): ScanRow => ({ key: nextKey++, docNumber: '', title: '', issuer: '', date: '', pageFrom, pageTo: pageFrom })

interface Props {
  rows: ScanRow[]
  onChange(rows: ScanRow[]): void
}

const TEXT_COLS = [
  { k: 'docNumber', label: '文号', w: 190 },
  { k: 'title', label: '标题', w: undefined },
  { k: 'issuer', label: '发文机关', w: 170 },
  { k: 'date', label: '成文日期', w: 130 },
] as const

export function ScanDocumentRows({ rows, onChange }: Props) {
  const update = (i: number, patch: Partial<ScanRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const num = (v: string | number): number | '' => (typeof v === 'number' ? v : v === '' ? '' : Number(v) || '')
  return (
    <>
      <Table verticalSpacing={4} aria-label="本期文件">
        <Table.Thead>
          <Table.Tr>
            {TEXT_COLS.map((c) => <Table.Th key={c.k} w={c.w}>{c.label}</Table.Th>)}
            <Table.Th w={80}>起页</Table.Th>
            <Table.Th w={80}>止页</Table.Th>
            <Table.Th w={44} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.key}>
              {TEXT_COLS.map((c) => (
                <Table.Td key={c.k}>
                  <TextInput size="xs" aria-label={`第${i + 1}行 ${c.label}`} value={r[c.k]} required={c.k === 'title'}
                    placeholder={c.k === 'date' ? 'YYYY-MM-DD' : undefined} onChange={(e) => update(i, { [c.k]: e.currentTarget.value })} />
                </Table.Td>
              ))}
              <Table.Td><NumberInput size="xs" min={1} hideControls aria-label={`第${i + 1}行 起页`} value={r.pageFrom} onChange={(v) => update(i, { pageFrom: num(v) })} /></Table.Td>
              <Table.Td><NumberInput size="xs" min={1} hideControls aria-label={`第${i + 1}行 止页`} value={r.pageTo} onChange={(v) => update(i, { pageTo: num(v) })} /></Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="gray" aria-label={`删除第${i + 1}行`} disabled={rows.length === 1}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}>✕</ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button variant="light" size="xs" mt="xs" onClick={() => onChange([...rows, emptyRow(rows.length ? rows[rows.length - 1].pageTo : 1)])}>
        ＋ 添加一行
      </Button>
    </>
  )
}
