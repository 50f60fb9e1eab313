// Lets the importer stop a long parse: checked between stages and every few hundred loop steps.

/** Throws (the importer's AppError('TIMEOUT')) once the time for this file is up. */
export interface ParseDeadline {
  check(): void
}

/** Called once per loop step; checks the deadline every EVERY calls so it stays cheap. */
export type Tick = () => void

const EVERY = 256

export const noTick: Tick = () => {}

export function ticker(deadline: ParseDeadline | undefined): Tick {
  if (!deadline) return noTick
  let n = 0
  return () => {
    if (++n % EVERY === 0) deadline.check()
  }
}
