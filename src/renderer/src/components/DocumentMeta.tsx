// The side panel of a document: its fields, attachments, what it cites and what cites it.
import { Anchor, Badge, Divider, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { GazetteDocument } from '../../../shared/domain'
import { RelationsList } from './DocumentRelations'
import { DocumentReview } from './DocumentReview'
import { issueShown } from '../../../shared/issue-shown'

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">{label}</Text>
      <Text component="dd" size="sm" m={0}>{children || '—'}</Text>
    </div>
  )
}

function issueLabel(doc: GazetteDocument): string {
  const total = doc.totalNo ? `（总第${doc.totalNo}期）` : ''
  return `${issueShown(doc.year, doc.issueNo)}${total}`
}

export function DocumentMeta({ doc }: { doc: GazetteDocument }) {
  return (
    <Paper component="aside" withBorder p="md" w={300} aria-label="文件信息" style={{ flexShrink: 0, alignSelf: 'flex-start' }}>
      <DocumentReview doc={doc} />
      <Stack gap="sm" component="dl" m={0} mt="sm">
        <Field label="文号">{doc.docNumber}</Field>
        <Field label="发文机关">{doc.issuers.length > 1 ? doc.issuers.join('、') : doc.issuer}</Field>
        <Field label="主送机关">{doc.recipients}</Field>
        <Field label="成文日期">{doc.date}</Field>
        <Field label="栏目">{doc.category}</Field>
        <Field label="公报">{doc.gazette}</Field>
        <Field label="期 / 页码">
          <Anchor href={`#/?issueId=${doc.issueId}`}>{issueLabel(doc)}</Anchor>
          {doc.tocPage !== null ? `，第 ${doc.tocPage} 页` : ''}
        </Field>
        {doc.scanned && <Field label="扫描页">第 {doc.pageFrom ?? '?'}–{doc.pageTo ?? '?'} 页（扫描件登记）</Field>}
        <Field label="文种">{doc.docType}</Field>
        <Field label="公开属性">{doc.public ? <Badge color="green" variant="light">此件公开发布</Badge> : '未标注'}</Field>
        <Field label="政策咨询">{doc.consult && `${doc.consult.unit}${doc.consult.phone ? `　电话：${doc.consult.phone}` : ''}`}</Field>
      </Stack>
      {doc.attachments.length > 0 && (
        <>
          <Divider my="sm" />
          <Title order={4} size="sm" mb={4}>附件</Title>
          <Stack gap={2}>{doc.attachments.map((a) => <Text key={a} size="sm">{a}</Text>)}</Stack>
        </>
      )}
      {(doc.relations ?? []).length > 0 && (
        <>
          <Divider my="sm" />
          <Title order={4} size="sm" mb={4}>效力关系</Title>
          <RelationsList relations={doc.relations ?? []} />
        </>
      )}
      {doc.citations.length > 0 && (
        <>
          <Divider my="sm" />
          <Title order={4} size="sm" mb={4}>引用的文件</Title>
          <Stack gap={2}>
            {doc.citations.map((c) =>
              c.targetId !== null ? (
                <Anchor key={c.docNumber} size="sm" href={`#/doc/${c.targetId}`}>{c.docNumber}</Anchor>
              ) : (
                <Text key={c.docNumber} size="sm" c="dimmed">{c.docNumber}（未收录）</Text>
              ),
            )}
          </Stack>
        </>
      )}
      <Divider my="sm" />
      <Title order={4} size="sm" mb={4}>被引用</Title>
      {doc.citedBy.length ? (
        <Stack gap={4}>
          {doc.citedBy.map((c) => (
            <Anchor key={c.id} size="sm" href={`#/doc/${c.id}`}>
              {c.docNumber ? `${c.docNumber} ` : ''}{c.title}
            </Anchor>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">档案中没有文件引用本文件</Text>
      )}
    </Paper>
  )
}
