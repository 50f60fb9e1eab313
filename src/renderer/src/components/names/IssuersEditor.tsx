// 发文机关 of one document, in printed order (the lead unit first): each chosen from the archive's
// issuers, moved up or down, removed; a unit the archive does not know is added deliberately.
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'

interface Props {
  value: string[]
  /** Issuers the archive holds, most used first. */
  options: string[]
  onChange(value: string[]): void
}

function move<T>(list: T[], from: number, to: number): T[] {
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item)
  return out
}

export function IssuersEditor({ value, options, onChange }: Props) {
  const [newName, setNewName] = useState<string | null>(null)
  const set = (i: number, name: string) => onChange(value.map((v, k) => (k === i ? name : v)))
  const addNew = () => {
    const name = newName?.trim()
    if (!name) return
    onChange([...value.filter((v) => v !== name), name])
    setNewName(null)
  }
  return (
    <Stack gap={6} role="group" aria-label="发文机关" style={{ gridColumn: 'span 2' }}>
      <Text size="sm" fw={500}>发文机关<Text span size="xs" c="dimmed">（按原文顺序，主办单位在前）</Text></Text>
      {value.map((name, i) => (
        <Group key={i} gap={4} wrap="nowrap">
          <Select aria-label={`发文机关 ${i + 1}`} data={options.includes(name) || !name ? options : [name, ...options]}
            value={name || null} searchable style={{ flex: 1 }} nothingFoundMessage="档案中没有这个名称；请用“新增发文机关…”"
            onChange={(v) => v && set(i, v)} comboboxProps={{ withinPortal: true }} />
          <ActionIcon variant="default" size="lg" aria-label={`上移发文机关 ${i + 1}`} disabled={i === 0} onClick={() => onChange(move(value, i, i - 1))}>↑</ActionIcon>
          <ActionIcon variant="default" size="lg" aria-label={`下移发文机关 ${i + 1}`} disabled={i === value.length - 1} onClick={() => onChange(move(value, i, i + 1))}>↓</ActionIcon>
          <ActionIcon variant="default" size="lg" color="red" aria-label={`删除发文机关 ${i + 1}`} onClick={() => onChange(value.filter((_, k) => k !== i))}>×</ActionIcon>
        </Group>
      ))}
      {newName === null ? (
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => onChange([...value, ''])} disabled={value.includes('')}>添加已有的发文机关</Button>
          <Button variant="subtle" size="xs" onClick={() => setNewName('')}>新增发文机关…</Button>
        </Group>
      ) : (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label="新的发文机关名称" description="档案中还没有的单位；请核对全称" value={newName} style={{ flex: 1 }}
            onChange={(e) => setNewName(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addNew())} />
          <Button size="xs" mb={2} onClick={addNew} disabled={!newName.trim() || /[、，,]/.test(newName)}>加入</Button>
          <Button size="xs" mb={2} variant="default" onClick={() => setNewName(null)}>取消</Button>
        </Group>
      )}
    </Stack>
  )
}
