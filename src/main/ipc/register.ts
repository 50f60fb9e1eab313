// The only ipcMain user: one handler per contract and shell method, each checking the sender and
// handing the request to the gateway (validation, path grants, the call, errors as a Result).
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { API_METHOD_NAMES, channelFor, type ArchiveApi } from '../../shared/api'
import { SHELL_METHOD_NAMES, shellChannelFor, type ShellApi } from '../../shared/shell'
import { AppError, fail, type Result } from '../../shared/errors'
import { createGateway, type CallPolicy, type Gateway } from '../gateway/gateway'

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

function handleAll(ipc: Pick<IpcMain, 'handle'>, channels: [string, string][], gateway: Gateway, isTrusted: IsTrusted, policy: CallPolicy): void {
  for (const [channel, method] of channels) {
    ipc.handle(channel, (e, req: unknown): Promise<Result<unknown>> =>
      isTrusted(e) ? gateway.call(method, req, policy) : Promise.resolve(fail('FORBIDDEN', '请求来源不受信任')),
    )
  }
}

/** Registers `archive:<method>` for every method of the contract; handlers never throw. */
export function registerApi(ipc: Pick<IpcMain, 'handle'>, api: ArchiveApi, isTrusted: IsTrusted, options: RegisterOptions = {}): void {
  const gateway = createGateway({ api, log: options.log ?? defaultLog })
  const policy = { isGranted: options.isGrantedPath ?? (() => false), backupsDir: options.backupsDir, browser: false }
  handleAll(ipc, API_METHOD_NAMES.map((m) => [channelFor(m), m]), gateway, isTrusted, policy)
}

/** Registers `shell:<method>` for the shell-only methods (dialogs, save, print, bundled sample). */
export function registerShell(ipc: Pick<IpcMain, 'handle'>, shell: ShellApi, isTrusted: IsTrusted, options: Pick<RegisterOptions, 'log'> = {}): void {
  const gateway = createGateway({ shell: { kind: 'desktop', api: shell }, log: options.log ?? defaultLog })
  const policy = { isGranted: () => false, browser: false }
  handleAll(ipc, SHELL_METHOD_NAMES.map((m) => [shellChannelFor(m), `shell/${m}`]), gateway, isTrusted, policy)
}
