// The current hash route; back/forward work, no router dependency.
import { useSyncExternalStore } from 'react'

export { hrefFor, parseRoute, type Route } from '../routes'

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb)
  return () => window.removeEventListener('hashchange', cb)
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash)
}

export function navigate(hash: string): void {
  window.location.hash = hash
}
