// One shape for the app-wide stores (import runs, settings, inbox notices, export defaults, the
// archive's generation): a value, its listeners, and a hook that re-renders on change.
import { useSyncExternalStore } from 'react'

export interface Store<T> {
  get(): T
  set(next: T): void
  update(change: (current: T) => T): void
  subscribe(listener: () => void): () => void
}

/** `initial` may be a function, read on first use (e.g. localStorage, not touched at import time). */
export function createStore<T>(initial: T | (() => T)): Store<T> {
  let loaded = typeof initial !== 'function'
  let value = (loaded ? initial : undefined) as T
  const listeners = new Set<() => void>()
  const get = (): T => {
    if (!loaded) {
      value = (initial as () => T)()
      loaded = true
    }
    return value
  }
  const set = (next: T): void => {
    value = next
    loaded = true
    for (const l of listeners) l()
  }
  return {
    get,
    set,
    update: (change) => set(change(get())),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get)
}
