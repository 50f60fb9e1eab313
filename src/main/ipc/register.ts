// The only ipcMain user: one handler per contract method, each checking sender and request shape.
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_METHOD_NAMES, channelFor, type ArchiveApi } from '../../shared/api'
import { SHELL_METHOD_NAMES, shellChannelFor, type ShellApi } from '../../shared/shell'
import { AppError, fail, toSerializedError, type Result } from '../../shared/errors'
import { isPathAllowed, refusedPathMessage } from './path-policy'
import { parseRequest, parseShellRequest, requestedPaths } from './schemas'

export type IsTrusted = (e: IpcMainInvokeEvent) => boolean

export interface RegisterOptions {
  /** Paths main produced (dialog results, bundled files); all others are refused. */
  isGrantedPath?: (path: string) => boolean
  /** The archive's default backups folder: backups there may be checked and restored without a dialog. */
  backupsDir?: string
  log?: (method: string, err: unknown) => void
}

const defaultLog = (method: string, err: unknown): void => {
  if (!(err instanceof AppError)) console.error(`[ipc] ${method}`, err)
}

async function settle(method: string, run: () => unknown, log: RegisterOptions['log']): Promise<Result<unknown>> {
  try {
    return { ok: true, value: await run() }
  } catch (err) {
    ;(log ?? defaultLog)(method, err)
    return { ok: false, error: toSerializedError(err) }
  }
}

/** Registers `archive:<method>` for every method of the contract; handlers never throw. */
export function registerApi(
  ipc: Pick<IpcMain, 'handle'>,
  api: ArchiveApi,
  isTrusted: IsTrusted,
  options: RegisterOptions = {},
): void {
  const policy = { isGranted: options.isGrantedPath ?? (() => false), backupsDir: options.backupsDir }
  for (const m of API_METHOD_NAMES) {
    ipc.handle(channelFor(m), async (e, req: unknown): Promise<Result<unknown>> => {
      if (!isTrusted(e)) return fail('FORBIDDEN', '请求来源不受信任')
      return settle(
        m,
        () => {
          const parsed = parseRequest(m, req)
          if (requestedPaths(m, parsed).some((p) => !isPathAllowed(m, p, policy))) {
            throw new AppError('FORBIDDEN', refusedPathMessage(m, false))
          }
          return (api[m] as (r: unknown) => Promise<unknown>)(parsed)
        },
        options.log,
      )
    })
  }
}

/** Registers `shell:<method>` for the shell-only methods (dialogs, save, print, bundled sample). */
export function registerShell(
  ipc: Pick<IpcMain, 'handle'>,
  shell: ShellApi,
  isTrusted: IsTrusted,
  options: Pick<RegisterOptions, 'log'> = {},
): void {
  for (const m of SHELL_METHOD_NAMES) {
    ipc.handle(shellChannelFor(m), async (e, req: unknown): Promise<Result<unknown>> => {
      if (!isTrusted(e)) return fail('FORBIDDEN', '请求来源不受信任')
      return settle(
        m,
        () => (shell[m] as (r: unknown) => Promise<unknown>)(parseShellRequest(m, req)),
        options.log,
      )
    })
  }
}
