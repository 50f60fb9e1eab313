// Import: pick or drop files/folders, watch progress, read the report.
import { Stack, Title } from '@mantine/core'
import { ErrorNotice } from '../components/ErrorNotice'
import { ImportPicker } from '../components/ImportPicker'
import { ImportProgressView } from '../components/ImportProgressView'
import { ImportReportView } from '../components/ImportReportView'
import { canReplace, importSample, importSources, replaceFile, useImport } from '../hooks/useImport'

export function ImportPage() {
  const state = useImport()
  return (
    <div className="scroll-page">
      <Stack maw={860} mx="auto" p="lg" gap="md">
        <Title order={2}>导入公报</Title>
        <ImportPicker busy={state.running} onSources={(s) => void importSources(s)} onSample={() => void importSample()} />
        {(state.running || state.files.length > 0) && <ImportProgressView files={state.files} running={state.running} />}
        {state.error && <ErrorNotice error={state.error} />}
        {state.report && (
          <ImportReportView report={state.report} busy={state.running} canReplace={canReplace} onReplace={(f) => void replaceFile(f)} />
        )}
      </Stack>
    </div>
  )
}
