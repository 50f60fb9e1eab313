// One mutation at a time from a form or panel: busy while it runs, the error kept as an AppError
// (with its code) for ErrorNotice and the inline alerts.
import { useCallback, useRef, useState } from 'react'
import { AppError } from '../../../shared/errors'

export interface Action<A extends unknown[], R> {
  busy: boolean
  error: AppError | null
  /** Runs the action; resolves to its result, or undefined when it failed (the error is kept). */
  run(...args: A): Promise<R | undefined>
  /** Shows a form's own check (a sentence) or a failure outside run() in the same place. */
  fail(problem: unknown): void
  clearError(): void
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err
  if (err instanceof Error) return new AppError('INTERNAL', err.message)
  return new AppError('INTERNAL', String(err))
}

export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const ref = useRef(action)
  ref.current = action

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    setBusy(true)
    setError(null)
    try {
      return await ref.current(...args)
    } catch (err) {
      setError(toAppError(err))
      return undefined
    } finally {
      setBusy(false)
    }
  }, [])
  const fail = useCallback(
    (problem: unknown) => setError(typeof problem === 'string' ? new AppError('BAD_REQUEST', problem) : toAppError(problem)),
    [],
  )
  const clearError = useCallback(() => setError(null), [])
  return { busy, error, run, fail, clearError }
}
