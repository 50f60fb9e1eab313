// An error in Chinese, with an optional retry.
import { Alert, Button } from '@mantine/core'

export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Alert color="red" title="出错了" role="alert" m="md">
      {error.message || '未知错误'}
      {onRetry && (
        <Button size="xs" variant="light" ml="md" onClick={onRetry}>
          重试
        </Button>
      )}
    </Alert>
  )
}
