// 保存检索: keeps the query and filters under a name; it then appears in the sidebar (NavPanel).
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { SearchFilters } from '../../../../shared/domain'
import { useAction } from '../../hooks/useAction'
import { useSavedSearchActions } from '../../hooks/useSavedSearches'
import { activeFilters, filterChips } from '../../search-filters'

export function SaveSearchButton({ query, filters }: { query: string; filters: SearchFilters }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [saved, setSaved] = useState<string | null>(null)
  const { save } = useSavedSearchActions()
  const saving = useAction(async () => {
    const s = await save(name, query, activeFilters(filters))
    setSaved(s.name)
    setOpen(false)
  })
  const start = () => {
    saving.clearError()
    setName([query.trim(), ...filterChips(filters).map((c) => c.label.replace(/^.*：/, ''))].join(' · '))
    setOpen(true)
  }
  return (
    <>
      <Group gap="xs">
        <Button size="compact-sm" variant="light" disabled={!query.trim()} title={query.trim() ? undefined : '先输入检索词'} onClick={start}>保存检索</Button>
        {saved && <Text size="xs" c="dimmed" role="status">已保存为「{saved}」，见文库左侧“保存的检索”</Text>}
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title="保存检索" closeButtonProps={{ 'aria-label': '关闭' }}>
        <form onSubmit={(e) => (e.preventDefault(), void saving.run())}>
          <Stack gap="sm">
            <TextInput label="名称" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus maxLength={100} />
            <Text size="xs" c="dimmed">保存检索词和当前的筛选条件；以后在文库左侧点它即可重新检索。</Text>
            {saving.error && <Alert color="red" role="alert">{saving.error.message}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>取消</Button>
              <Button type="submit" loading={saving.busy} disabled={!name.trim()}>保存</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
