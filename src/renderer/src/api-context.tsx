// The API provider: components and hooks reach the archive and the shell through useApi(), so a
// test can mount any of them over a fake ArchiveApi.
import { createContext, useContext, type ReactNode } from 'react'
import type { AppApi } from './api'

const ApiContext = createContext<AppApi | null>(null)

export function ApiProvider({ api, children }: { api: AppApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): AppApi {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi() outside <ApiProvider>')
  return api
}
