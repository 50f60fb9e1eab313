// 恢复替换前 on an issue that replaced another (a file imported with 替换, or a re-read): one click
// puts the old issue back, and the page moves to it.
import { Button, Tooltip } from '@mantine/core'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged, useArchiveGeneration } from '../hooks/useArchive'
import { useAsync } from '../hooks/useAsync'
import { hrefFor, navigate } from '../hooks/useRoute'

export function UndoReplaceButton({ issueId, year }: { issueId: number; year: number }) {
  const { archive } = useApi()
  const gen = useArchiveGeneration()
  const undo = useAsync(() => archive.getReplaceUndo({ issueId }), `undo:${issueId}:${gen}`)
  const undoing = useAction(async () => {
    const r = await archive.undoReplace({ issueId })
    navigate(hrefFor('/', { year, issueId: r.issueId }))
    archiveChanged()
  })
  const u = undo.data
  if (!u) return null
  const when = u.replacedAt.slice(0, 16).replace('T', ' ')
  const tip = undoing.error?.message ?? `撤销 ${when} 的替换：恢复原有的 ${u.oldDocuments} 件文件（${u.oldFile ?? '原件'}）。替换后 30 天内可恢复，只恢复最近一次替换。`
  return (
    <Tooltip label={tip} multiline w={320} opened={undoing.error ? true : undefined} color={undoing.error ? 'red' : undefined}>
      <Button variant="outline" color="orange" loading={undoing.busy} onClick={() => void undoing.run()}>恢复替换前</Button>
    </Tooltip>
  )
}
