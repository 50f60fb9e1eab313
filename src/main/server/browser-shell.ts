// Browser mode's shell methods (BrowserShellApi): what the page cannot do itself without dialogs.
import type { ArchiveApi } from '../../shared/api'
import type { BrowserShellApi } from '../../shared/shell'
import { AppError } from '../../shared/errors'

export function createBrowserShell(deps: { api: ArchiveApi; sampleFile?: string; inboxFolder?: () => string | null }): BrowserShellApi {
  return {
    async importSample({ replace }) {
      if (!deps.sampleFile) throw new AppError('NOT_FOUND', '没有随附的示例期刊')
      return deps.api.importFiles({ sources: [{ kind: 'path', path: deps.sampleFile }], replace })
    },
    inboxFolder: async () => ({ folder: deps.inboxFolder?.() ?? null }),
  }
}
