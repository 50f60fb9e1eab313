// The page of the component tests, run in Chromium: mounts one form over the fake ArchiveApi.
// The test (Node) calls window.mountCase(…) and reads window.recorded: the API calls and the
// callbacks the form made. No server and no archive: only the component and its hooks.
import '@mantine/core/styles.css'
import { MantineProvider } from '@mantine/core'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ArchiveApi } from '../../../src/shared/api'
import type { GazetteDocument } from '../../../src/shared/domain'
import { AppError, type AppErrorCode } from '../../../src/shared/errors'
import type { AppApi, ShellClient } from '../../../src/renderer/src/api'
import { ApiProvider } from '../../../src/renderer/src/api-context'
import { CorrectionForm } from '../../../src/renderer/src/components/CorrectionForm'
import { EditorNamePrompt } from '../../../src/renderer/src/components/EditorNamePrompt'
import { ErrorNotice } from '../../../src/renderer/src/components/ErrorNotice'
import { MergeModal } from '../../../src/renderer/src/components/MergeModal'
import { ScanCatalogueForm } from '../../../src/renderer/src/components/ScanCatalogueForm'
import { ScanOcrModal } from '../../../src/renderer/src/components/ScanOcrModal'
import type { ScanOcrOutcome, ScanOcrProgress } from '../../../src/shared/scan-ocr'
import { SplitModal } from '../../../src/renderer/src/components/SplitModal'
import { createFakeApi } from '../fake-api'
import type { MountOptions, Recorded } from './mount-options'

const recorded: Recorded = { calls: [], events: [] }

const shell: ShellClient = {
  canChooseFolders: false,
  saves: 'download',
  prints: 'tab',
  inboxFrom: 'server',
  importSample: () => Promise.reject(new AppError('BAD_REQUEST', 'not in component tests')),
  chooseImportFolder: async () => null,
  chooseInboxFolder: async () => null,
  chooseBackupFolder: async () => null,
  serverInboxFolder: async () => null,
  savePdf: async () => null,
  saveFile: async () => null,
  printPdf: async () => {},
}

function settings(editorName: string | null) {
  return { inboxFolder: null, editorName, backupReminderDays: 7, lastBackupAt: null, autoSaveConfident: true }
}

const scanOcrListeners = new Set<(p: ScanOcrProgress) => void>()

/**
 * OCR of a registered scan as the service runs it: page 1 of 2 announced, then running until
 * cancelScanOcr, which makes it fail with CANCELLED as the service's would.
 */
function scanOcrRun(): Pick<ArchiveApi, 'ocrScannedIssue' | 'cancelScanOcr'> {
  let stop: (() => void) | null = null
  return {
    ocrScannedIssue: (req) =>
      new Promise<ScanOcrOutcome>((_resolve, reject) => {
        stop = () => reject(new AppError('CANCELLED', '已停止识别「扫描.pdf」的文字，没有改动任何内容。'))
        setTimeout(() => scanOcrListeners.forEach((cb) => cb({ issueId: req.issueId, page: 1, pages: 2 })), 50)
      }),
    cancelScanOcr: async () => {
      stop?.()
      return { cancelled: stop !== null }
    },
  }
}

function fakeArchive(o: MountOptions): ArchiveApi {
  const overrides: Partial<ArchiveApi> = {
    ...(o.component === 'scan-ocr' ? scanOcrRun() : {}),
    getSettings: async () => settings(o.editorName),
    setSettings: async (req) => settings(req.editorName ?? o.editorName),
    listDocuments: async () => ({ items: o.documents ?? [], total: o.documents?.length ?? 0 }),
    listIssues: async () => o.issues ?? [],
    // The service answers with the corrected document: here, the one shown with the changes laid over.
    correctDocument: async (req) => ({ ...(o.doc as GazetteDocument), ...req.changes }),
    correctBody: async (req) => ({ ...(o.doc as GazetteDocument), paragraphs: req.paragraphs }),
  }
  if (o.failing?.method) {
    const { code, message } = o.failing
    Object.assign(overrides, { [o.failing.method]: () => Promise.reject(new AppError(code as AppErrorCode, message)) })
  }
  const api = createFakeApi(overrides)
  recorded.calls = api.calls
  return api
}

function view(o: MountOptions): ReactNode {
  const note = (event: string, value?: unknown) => recorded.events.push({ event, value })
  const doc = o.doc as GazetteDocument
  switch (o.component) {
    case 'correction':
      return <CorrectionForm doc={doc} onSaved={(d) => note('saved', d.id)} onCancel={() => note('cancel')} />
    case 'split':
      return <SplitModal doc={doc} opened onClose={() => note('close')} onDone={(id) => note('done', id)} />
    case 'merge':
      return <MergeModal doc={doc} opened onClose={() => note('close')} onDone={() => note('done')} />
    case 'scan':
      return <ScanCatalogueForm />
    case 'scan-ocr':
      return <ScanOcrModal doc={doc} opened onClose={() => note('close')} onDone={() => note('done')} />
    case 'error-notice': {
      const { code, message } = o.failing ?? { code: 'INTERNAL', message: '' }
      return <ErrorNotice error={new AppError(code as AppErrorCode, message)} onRetry={() => note('retry')} />
    }
  }
}

function mountCase(o: MountOptions): void {
  const api: AppApi = { archive: fakeArchive(o), shell, onImportProgress: () => () => {}, onInboxImported: () => () => {}, onScanOcrProgress: (cb) => (scanOcrListeners.add(cb), () => void scanOcrListeners.delete(cb)) }
  createRoot(document.getElementById('root') as HTMLElement).render(
    <MantineProvider>
      <ApiProvider api={api}>
        {view(o)}
        <EditorNamePrompt />
      </ApiProvider>
    </MantineProvider>,
  )
}

declare global {
  interface Window {
    mountCase(o: MountOptions): void
    recorded: Recorded
  }
}
window.mountCase = mountCase
window.recorded = recorded
