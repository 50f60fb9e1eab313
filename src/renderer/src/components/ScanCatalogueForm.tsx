// 登记扫描件: a back issue held only as a scanned PDF, catalogued by hand so it can be browsed and searched.
import { Alert, Anchor, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useRef, useState } from 'react'
import { ScanThumbnails } from './ScanThumbnails'
import type { ArchiveApi } from '../../../shared/api'
import type { ScannedDocumentInput } from '../../../shared/domain'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged, useIssues } from '../hooks/useArchive'
import { useSettings } from '../hooks/useSettings'
import { bytesToBase64 } from '../pdf-file'
import { emptyRow, ScanDocumentRows, type ScanRow } from './ScanDocumentRows'

interface Meta { gazette: string; year: number | ''; issueNo: number | ''; totalNo: number | ''; publishedOn: string }

const orNull = (s: string) => s.trim() || null

/** The rows as the request's documents, or what is wrong (`pages`: the scan's page count, when known). */
export function toDocuments(rows: ScanRow[], pages: number | null = null): ScannedDocumentInput[] | string {
  const docs: ScannedDocumentInput[] = []
  for (const [i, r] of rows.entries()) {
    if (!r.title.trim()) return `第${i + 1}行缺少标题`
    if (r.pageFrom === '' || r.pageTo === '' || r.pageTo < r.pageFrom) return `第${i + 1}行的起止页不对`
    if (pages !== null && (r.pageFrom < 1 || r.pageTo > pages)) return `第${i + 1}行的起止页 ${r.pageFrom}–${r.pageTo} 超出扫描件的页数（共 ${pages} 页）`
    if (r.date.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(r.date.trim())) return `第${i + 1}行的成文日期请写成 YYYY-MM-DD`
    docs.push({ docNumber: orNull(r.docNumber), title: r.title.trim(), issuer: orNull(r.issuer), date: orNull(r.date), pageFrom: r.pageFrom, pageTo: r.pageTo })
  }
  return docs
}

export function ScanCatalogueForm() {
  const issues = useIssues()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<{ name: string; bytesBase64: string } | null>(null)
  const [meta, setMeta] = useState<Meta>({ gazette: '', year: '', issueNo: '', totalNo: '', publishedOn: '' })
  const [rows, setRows] = useState<ScanRow[]>([emptyRow(1)])
  const [replace, setReplace] = useState(false)
  const [pageCount, setPageCount] = useState<number | null>(null)
  const [issueId, setIssueId] = useState<number | null>(null)
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const saving = useAction(async (req: Parameters<ArchiveApi['catalogScannedIssue']>[0]) => {
    const r = await archive.catalogScannedIssue(req)
    archiveChanged()
    return r
  })
  const reject = (message: string) => (setIssueId(null), saving.fail(message))
  const gazette = meta.gazette || issues.data?.[0]?.gazette || ''

  const pick = async (f: File | undefined) => {
    if (!f) return
    setPageCount(null)
    setFile({ name: f.name, bytesBase64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) })
  }
  const save = async () => {
    const documents = toDocuments(rows, pageCount)
    if (typeof documents === 'string') return reject(documents)
    if (!file || !gazette.trim() || meta.year === '' || meta.issueNo === '') return reject('请选择 PDF，并填写公报名称、年份和期号')
    if (meta.publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(meta.publishedOn)) return reject('出版日期请写成 YYYY-MM-DD')
    const editor = await requireEditor()
    if (!editor) return
    setIssueId(null)
    const r = await saving.run({
      gazette: gazette.trim(), year: meta.year, issueNo: meta.issueNo, totalNo: meta.totalNo === '' ? undefined : meta.totalNo,
      publishedOn: meta.publishedOn || undefined, scan: { kind: 'upload', ...file }, documents, editor, replace,
    })
    if (r) setIssueId(r.issueId)
  }
  const n = (v: string | number): number | '' => (typeof v === 'number' ? v : '')

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">只有扫描 PDF（没有文字层）的往期公报：登记每份文件的文号、标题和页码后，就能在文库中浏览、按这些信息检索，并查看扫描页。</Text>
      <Paper withBorder p="md">
        <Group gap="sm">
          <Button variant="default" onClick={() => input.current?.click()}>选择扫描 PDF…</Button>
          <Text size="sm" c={file ? undefined : 'dimmed'}>{file ? file.name : '尚未选择文件'}</Text>
        </Group>
        <input ref={input} type="file" accept=".pdf,application/pdf" hidden aria-label="选择扫描 PDF" data-testid="scan-file-input"
          onChange={(e) => void pick(e.currentTarget.files?.[0])} />
        {file && <Paper mt="md" p="xs" bg="gray.0"><ScanThumbnails bytesBase64={file.bytesBase64} onPageCount={setPageCount} /></Paper>}
        <Group mt="md" gap="sm" align="flex-end" grow>
          <TextInput label="公报名称" required value={gazette} onChange={(e) => setMeta({ ...meta, gazette: e.currentTarget.value })} />
          <NumberInput label="年份" required min={1949} max={2200} value={meta.year} onChange={(v) => setMeta({ ...meta, year: n(v) })} />
          <NumberInput label="期" required min={1} value={meta.issueNo} onChange={(v) => setMeta({ ...meta, issueNo: n(v) })} />
          <NumberInput label="总期" min={1} value={meta.totalNo} onChange={(v) => setMeta({ ...meta, totalNo: n(v) })} />
          <TextInput label="出版日期" placeholder="YYYY-MM-DD" value={meta.publishedOn} onChange={(e) => setMeta({ ...meta, publishedOn: e.currentTarget.value })} />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <ScanDocumentRows rows={rows} onChange={setRows} />
      </Paper>
      {saving.error && <Alert color="red" role="alert">{saving.error.message}</Alert>}
      {issueId && (
        <Alert color="green" role="status">已登记。<Anchor href={`#/?issueId=${issueId}&view=list`}>在文库中查看这一期 →</Anchor></Alert>
      )}
      <Group justify="space-between">
        <Checkbox label="如这一期已在档案中，替换它" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
        <Button loading={saving.busy} onClick={() => void save()}>保存登记</Button>
      </Group>
    </Stack>
  )
}
