// An error in Chinese, with an optional retry. The code decides the heading: a busy archive is
// not a failure, only a moment to wait.
import { Alert, Button } from '@mantine/core'
import { isAppError } from '../../../shared/errors'

export function errorTitle(error: Error): string {
  return isAppError(error) && error.code === 'BUSY' ? '档案正忙，请稍后重试' : '出错了'
}

export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Alert color={isAppError(error) && error.code === 'BUSY' ? 'yellow' : 'red'} title={errorTitle(error)} role="alert" m="md">
      {error.message || '未知错误'}
      {onRetry && (
        <Button size="xs" variant="light" ml="md" onClick={onRetry}>
          重试
        </Button>
      )}
    </Alert>
  )
}
