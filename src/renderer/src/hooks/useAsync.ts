// Runs an async loader when its key changes; keeps the last result while the next one loads.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../shared/errors'
import { toAppError } from './useAction'

export interface AsyncState<T> {
  data: T | undefined
  error: AppError | null
  loading: boolean
  reload(): void
}

export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<AppError | null>(null)
  const [loading, setLoading] = useState(true)
  const [tick, setTick] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    let live = true
    setLoading(true)
    loadRef.current().then(
      (v) => {
        if (!live) return
        setData(v)
        setError(null)
        setLoading(false)
      },
      (err: unknown) => {
        if (!live) return
        setError(toAppError(err))
        setLoading(false)
      },
    )
    return () => {
      live = false
    }
  }, [key, tick])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { data, error, loading, reload }
}
