// createStore: the one shape behind the app-wide stores (import runs, settings, notices, export defaults).
import { describe, expect, it } from 'vitest'
import { createStore } from '../../../src/renderer/src/store'

describe('createStore', () => {
  it('tells every subscriber about each change, and stops after unsubscribe', () => {
    const store = createStore({ n: 0 })
    const seen: number[] = []
    const stop = store.subscribe(() => seen.push(store.get().n))
    store.set({ n: 1 })
    store.update((s) => ({ n: s.n + 10 }))
    stop()
    store.set({ n: 99 })
    expect(seen).toEqual([1, 11])
    expect(store.get()).toEqual({ n: 99 })
  })

  it('keeps the same snapshot until something changes (useSyncExternalStore needs that)', () => {
    const store = createStore<string[]>([])
    const first = store.get()
    expect(store.get()).toBe(first)
    store.update((list) => [...list, 'a'])
    expect(store.get()).not.toBe(first)
    expect(store.get()).toEqual(['a'])
  })

  it('reads a lazy initial value once, on first use, not when created', () => {
    let reads = 0
    const store = createStore(() => (reads++, { masthead: true }))
    expect(reads).toBe(0)
    expect(store.get()).toEqual({ masthead: true })
    expect(store.get()).toBe(store.get())
    store.update((d) => ({ ...d, masthead: false }))
    expect(reads).toBe(1)
    expect(store.get()).toEqual({ masthead: false })
  })
})
