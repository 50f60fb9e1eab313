// Import: files/folders with progress and report, or 登记扫描件 (a scanned back issue catalogued by hand).
import { Stack, Tabs, Title } from '@mantine/core'
import { useState } from 'react'
import { ErrorNotice } from '../components/ErrorNotice'
import { ImportPicker } from '../components/ImportPicker'
import { ImportProgressView } from '../components/ImportProgressView'
import { ImportReportView } from '../components/ImportReportView'
import { ReplaceModal } from '../components/ReplaceModal'
import { ScanCatalogueForm } from '../components/ScanCatalogueForm'
import { canReplace, useImport, useImportActions } from '../hooks/useImport'
import { navigate } from '../hooks/useRoute'

function FileImport() {
  const state = useImport()
  const { importSources, importSample, replaceFile } = useImportActions()
  const [replacing, setReplacing] = useState<string | null>(null)
  const [used, setUsed] = useState<ReadonlySet<string>>(new Set())
  return (
    <Stack gap="md">
      <ImportPicker busy={state.running} onSources={(s, stage, pages) => void importSources(s, false, stage, pages)} onSample={() => void importSample()} />
      {(state.running || state.files.length > 0) && <ImportProgressView files={state.files} running={state.running} report={state.report} />}
      {state.error && <ErrorNotice error={state.error} />}
      {state.report && (
        <ImportReportView report={state.report} busy={state.running} canReplace={canReplace} onReplace={(s) => void replaceFile(s)}
          onCompareReplace={setReplacing} replacedTokens={used} />
      )}
      <ReplaceModal token={replacing} onClose={() => setReplacing(null)} onReplaced={(t) => setUsed(new Set([...used, t]))} />
    </Stack>
  )
}

export function ImportPage({ params }: { params: URLSearchParams }) {
  const tab = params.get('tab') === 'scan' ? 'scan' : 'files'
  return (
    <div className="scroll-page">
      <Stack maw={tab === 'scan' ? 1100 : 860} mx="auto" p="lg" gap="md">
        <Title order={2}>导入公报</Title>
        <Tabs value={tab} onChange={(v) => navigate(v === 'scan' ? '#/import?tab=scan' : '#/import')}>
          <Tabs.List mb="md">
            <Tabs.Tab value="files">导入文件</Tabs.Tab>
            <Tabs.Tab value="scan">登记扫描件</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="files"><FileImport /></Tabs.Panel>
          <Tabs.Panel value="scan"><ScanCatalogueForm /></Tabs.Panel>
        </Tabs>
      </Stack>
    </div>
  )
}
