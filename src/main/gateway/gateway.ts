// The one way a request from a page reaches main, whatever carries it (Electron IPC, HTTP):
// validate its shape, check the paths it names against the transport's policy, call, and turn
// any error into a Result. The transports only add what is theirs (sender checks, status codes).
import type { z } from 'zod'
import type { ArchiveApi } from '../../shared/api'
import type { BrowserShellApi, ShellApi } from '../../shared/shell'
import { AppError, toSerializedError, type Result } from '../../shared/errors'
import { isPathAllowed, refusedPathMessage, type PathPolicy } from './path-policy'
import { BROWSER_SHELL_SCHEMAS, check, isApiMethod, parseRequest, requestedPaths, SHELL_SCHEMAS } from './schemas'

/** What the transport lets the page name: granted paths, and whose words a refusal uses. */
export interface CallPolicy extends PathPolicy {
  browser: boolean
}

/** Shell methods a transport offers, reached as `shell/<name>`: the desktop dialogs or browser mode's. */
export type ShellSurface = { kind: 'desktop'; api: ShellApi } | { kind: 'browser'; api: BrowserShellApi }

export interface GatewayDeps {
  api?: ArchiveApi
  shell?: ShellSurface
  /** Told of every failed call (AppErrors included: the transport decides what to log). */
  log?: (method: string, err: unknown) => void
}

export interface Gateway {
  /** `method` is a contract method (`searchDocuments`) or a shell one (`shell/importSample`). Never throws. */
  call(method: string, raw: unknown, policy: CallPolicy): Promise<Result<unknown>>
}

type Run = (req: unknown) => Promise<unknown>
const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

function shellCall(shell: ShellSurface | undefined, name: string, raw: unknown): Promise<unknown> | null {
  const schemas: Record<string, z.ZodType> = shell?.kind === 'browser' ? BROWSER_SHELL_SCHEMAS : SHELL_SCHEMAS
  if (!shell || !has(schemas, name)) return null
  return (shell.api as unknown as Record<string, Run>)[name](check(schemas[name], raw, name))
}

function archiveCall(api: ArchiveApi | undefined, method: string, raw: unknown, policy: CallPolicy): Promise<unknown> | null {
  if (!api || !isApiMethod(method)) return null
  const req = parseRequest(method, raw)
  if (requestedPaths(method, req).some((p) => !isPathAllowed(method, p, policy))) {
    throw new AppError('FORBIDDEN', refusedPathMessage(method, policy.browser))
  }
  return (api[method] as Run)(req)
}

export function createGateway(deps: GatewayDeps): Gateway {
  const dispatch = (method: string, raw: unknown, policy: CallPolicy): Promise<unknown> => {
    const run = method.startsWith('shell/')
      ? shellCall(deps.shell, method.slice('shell/'.length), raw)
      : archiveCall(deps.api, method, raw, policy)
    if (!run) throw new AppError('NOT_FOUND', `未知的接口：${method}`)
    return run
  }
  return {
    async call(method, raw, policy) {
      try {
        return { ok: true, value: await dispatch(method, raw, policy) }
      } catch (err) {
        deps.log?.(method, err)
        return { ok: false, error: toSerializedError(err) }
      }
    },
  }
}
