// A field chosen from the archive's existing values (栏目, 文种), searchable; a new value is added
// only deliberately, through 新增…, so a typo does not become a new 栏目.
import { Button, Group, Select, TextInput } from '@mantine/core'
import { useState } from 'react'

interface Props {
  label: string
  value: string
  /** The values the archive holds, most used first. */
  options: string[]
  onChange(value: string): void
}

export function PickField({ label, value, options, onChange }: Props) {
  // The options arrive after the form opens: a value not among them is still shown, as chosen.
  const [adding, setAdding] = useState(false)
  const data = value === '' || options.includes(value) ? options : [value, ...options]
  if (adding) {
    return (
      <Group gap={4} align="flex-end" wrap="nowrap">
        <TextInput label={`${label}（新增）`} placeholder={`输入新的${label}`} value={value} style={{ flex: 1 }}
          onChange={(e) => onChange(e.currentTarget.value)} data-autofocus />
        <Button variant="subtle" size="compact-sm" mb={6} onClick={() => (setAdding(false), onChange(options.includes(value) ? value : ''))}>
          从已有中选
        </Button>
      </Group>
    )
  }
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <Select label={label} data={data} value={value || null} searchable clearable style={{ flex: 1 }}
        nothingFoundMessage="没有这个名称；要新增请点“新增…”" placeholder={`选择${label}`}
        onChange={(v) => onChange(v ?? '')} comboboxProps={{ withinPortal: true }} clearButtonProps={{ 'aria-label': `清除${label}` }} />
      <Button variant="subtle" size="compact-sm" mb={6} aria-label={`新增${label}`} onClick={() => (setAdding(true), onChange(''))}>
        新增…
      </Button>
    </Group>
  )
}
