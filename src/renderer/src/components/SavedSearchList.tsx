// 保存的检索 in the sidebar: a click re-runs the search (words and filters); 改名 and 删除 in a
// small menu beside each (issue 16).
import { ActionIcon, Alert, Button, Group, Menu, Modal, NavLink, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { SavedSearch } from '../../../shared/domain'
import { useAction } from '../hooks/useAction'
import { navigate } from '../hooks/useRoute'
import { useSavedSearchActions, useSavedSearches } from '../hooks/useSavedSearches'
import { searchHref } from '../search-filters'

function Rename({ saved, onClose }: { saved: SavedSearch | null; onClose(): void }) {
  const [name, setName] = useState('')
  const { rename } = useSavedSearchActions()
  const renaming = useAction(async (id: number) => (await rename(id, name), onClose()))
  return (
    <Modal opened={saved !== null} onClose={onClose} title="检索改名" closeButtonProps={{ 'aria-label': '关闭' }}
      transitionProps={{ onEnter: () => (setName(saved?.name ?? ''), renaming.clearError()) }}>
      <form onSubmit={(e) => (e.preventDefault(), saved && void renaming.run(saved.id))}>
        <Stack gap="sm">
          <TextInput label="新名称" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus maxLength={100} />
          {renaming.error && <Alert color="red" role="alert">{renaming.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>取消</Button>
            <Button type="submit" loading={renaming.busy} disabled={!name.trim()}>改名</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

export function SavedSearchList() {
  const { data } = useSavedSearches()
  const { remove } = useSavedSearchActions()
  const [renaming, setRenaming] = useState<SavedSearch | null>(null)
  if (!data?.length) return null
  return (
    <section aria-label="保存的检索" data-testid="saved-searches">
      <Text size="xs" fw={700} c="dimmed" px="md" pt="md" pb={4}>保存的检索</Text>
      {data.map((s) => (
        <Group key={s.id} gap={0} wrap="nowrap" pr={6}>
          <NavLink component="button" type="button" data-tree-item data-tree-name={s.name} label={s.name}
            description={s.query} aria-label={`保存的检索：${s.name}`} onClick={() => navigate(searchHref(s.query, s.filters))} style={{ flex: 1 }} />
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`${s.name} 的操作`}>⋯</ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setRenaming(s)}>改名</Menu.Item>
              <Menu.Item color="red" onClick={() => void remove(s.id)}>删除</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      ))}
      <Rename saved={renaming} onClose={() => setRenaming(null)} />
    </section>
  )
}
