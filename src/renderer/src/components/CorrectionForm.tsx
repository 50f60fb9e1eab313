// 更正: edit a document's listing fields and body (one paragraph per line; kinds kept by the service).
// 发文机关 are edited as an ordered list, 栏目 and 文种 chosen from the archive's values.
import { Alert, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { useState } from 'react'
import type { GazetteDocument } from '../../../shared/domain'
import { useApi } from '../api-context'
import { bodyLines, changedFields, type TextField } from '../doc-edit'
import { useAction } from '../hooks/useAction'
import { useFacets } from '../hooks/useArchive'
import { IssuersEditor } from './names/IssuersEditor'
import { PickField } from './names/PickField'
import { useSettings } from '../hooks/useSettings'

const FIELDS: { k: TextField; label: string; placeholder?: string }[] = [
  { k: 'title', label: '标题' },
  { k: 'docNumber', label: '文号', placeholder: '兴政发〔2022〕8号' },
  { k: 'date', label: '成文日期', placeholder: 'YYYY-MM-DD' },
  { k: 'recipients', label: '主送机关' },
  { k: 'category', label: '栏目' },
  { k: 'docType', label: '文种' },
]

interface Props {
  doc: GazetteDocument
  onSaved(doc: GazetteDocument): void
  onCancel(): void
}

export function CorrectionForm({ doc, onSaved, onCancel }: Props) {
  const [values, setValues] = useState(() => Object.fromEntries([...FIELDS.map(({ k }) => k), 'issuer'].map((k) => [k, doc[k as TextField] ?? ''])) as Record<TextField, string>)
  const [pub, setPub] = useState(doc.public)
  const [issuers, setIssuers] = useState(() => (doc.issuers.length ? doc.issuers : doc.issuer ? [doc.issuer] : []))
  const [body, setBody] = useState(() => bodyLines(doc))
  const facets = useFacets({}).data
  const names = (list: { value: string }[] | undefined) => (list ?? []).map((f) => f.value)
  const [note, setNote] = useState('')
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const saving = useAction(async (editor: string, changes: ReturnType<typeof changedFields>, bodyChanged: boolean) => {
    const meta = { editor, note: note.trim() || undefined }
    let updated = doc
    if (Object.keys(changes).length) updated = await archive.correctDocument({ id: doc.id, changes, ...meta })
    if (bodyChanged) updated = await archive.correctBody({ id: doc.id, paragraphs: body.split('\n'), ...meta })
    onSaved(updated)
  })

  const save = async () => {
    if (!values.title.trim()) return saving.fail('标题不能为空')
    if (values.date.trim() && !/^\d{4}-\d{2}-\d{2}$/.test(values.date.trim())) return saving.fail('成文日期请写成 YYYY-MM-DD')
    const changes = changedFields(doc, { ...values, issuer: issuers.filter(Boolean).join('、') }, pub)
    const bodyChanged = !doc.scanned && body !== bodyLines(doc)
    if (!Object.keys(changes).length && !bodyChanged) return saving.fail('没有改动')
    const editor = await requireEditor()
    if (editor) await saving.run(editor, changes, bodyChanged)
  }

  return (
    <Paper withBorder p="lg" component="form" aria-label="更正文件" maw={820} mx="auto"
      onSubmit={(e) => (e.preventDefault(), void save())}>
      <Stack gap="sm">
        <Title order={2} size="h4">更正文件</Title>
        <Text size="sm" c="dimmed">改动会记入修改记录（经办人、时间、说明）；重新导入这一期时，更正会保留。</Text>
        <SimpleGrid cols={2} spacing="sm">
          {FIELDS.map((f) => [
            f.k === 'category' || f.k === 'docType' ? (
              <PickField key={f.k} label={f.label} value={values[f.k]} options={names(f.k === 'category' ? facets?.categories : facets?.docTypes)}
                onChange={(v) => setValues({ ...values, [f.k]: v })} />
            ) : (
              <TextInput key={f.k} label={f.label} placeholder={f.placeholder} value={values[f.k]} required={f.k === 'title'}
                style={f.k === 'title' || f.k === 'recipients' ? { gridColumn: 'span 2' } : undefined}
                onChange={(e) => setValues({ ...values, [f.k]: e.currentTarget.value })} />
            ),
            f.k === 'title' && <IssuersEditor key="issuers" value={issuers} options={names(facets?.issuers)} onChange={setIssuers} />,
          ])}
          <Checkbox label="此件公开发布" checked={pub} onChange={(e) => setPub(e.currentTarget.checked)} mt={28} />
        </SimpleGrid>
        {!doc.scanned && (
          <Textarea label="正文（每行一段）" description="段落的类型（标题、署名、日期等）按原文保留；增加的行作为普通段落。"
            value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={8} maxRows={24} className="body-editor" />
        )}
        <TextInput label="更正说明（可选）" placeholder="例如：据纸质公报核对，标题错字" value={note} maxLength={2000} onChange={(e) => setNote(e.currentTarget.value)} />
        {saving.error && <Alert color="red" role="alert">{saving.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>取消</Button>
          <Button type="submit" loading={saving.busy}>保存更正</Button>
        </Group>
      </Stack>
    </Paper>
  )
}
