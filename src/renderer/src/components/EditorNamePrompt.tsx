// Asks for the staff name once, on the first correction or removal (kept in the archive's settings).
import { Button, Group, Modal, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useSettings, useSettingsState } from '../hooks/useSettings'

export function EditorNamePrompt() {
  const { asking } = useSettingsState()
  const { answerEditor } = useSettings()
  const [name, setName] = useState('')
  const submit = () => {
    if (name.trim()) void answerEditor(name)
  }
  return (
    // Above any dialog that asked for the name (合并发文机关…), whose portal may come later in the page.
    <Modal opened={!!asking} onClose={() => void answerEditor(null)} title="请填写工作人员姓名" closeButtonProps={{ 'aria-label': '取消' }} zIndex={400}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Text size="sm" mb="sm">每一次更正和删除都会记下经办人。姓名保存在设置中，以后不再询问。</Text>
        <TextInput label="工作人员姓名" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus required maxLength={50} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => void answerEditor(null)}>取消</Button>
          <Button type="submit" disabled={!name.trim()}>确定</Button>
        </Group>
      </form>
    </Modal>
  )
}
