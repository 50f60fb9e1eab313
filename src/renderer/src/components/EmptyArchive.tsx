// First start: what the archive is for, and the way in (the bundled sample, or the import page).
import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'

interface Props {
  onImportSample(): void
  busy: boolean
}

export function EmptyArchive({ onImportSample, busy }: Props) {
  return (
    <div className="scroll-page">
      <Paper maw={640} mx="auto" mt={64} p="xl" withBorder shadow="xs">
        <Stack gap="md">
          <Title order={2}>档案库还是空的</Title>
          <Text>
            {'公报档案把县人民政府公报的每一期拆分成一件件文件：按年份、期、栏目、发文机关浏览，按标题、文号、全文或拼音检索，' +
              '并按公文格式导出和打印。所有数据都保存在这台电脑上，无需联网。'}
          </Text>
          <List spacing={4} size="sm">
            <List.Item>支持文本（.txt）、PDF（有文字层）和 Word（.docx、.doc）格式的公报</List.Item>
            <List.Item>可以一次选择多个文件，或整个文件夹</List.Item>
            <List.Item>同一期重复导入会被跳过，不会产生重复</List.Item>
          </List>
          <Group>
            <Button onClick={onImportSample} loading={busy}>
              导入示例期刊（兴县 2022年第2期）
            </Button>
            <Button component="a" href="#/import" variant="default">
              导入我的公报文件…
            </Button>
          </Group>
        </Stack>
      </Paper>
    </div>
  )
}
