// Vitest global set-up: brings out/ up to date once, before any test spawns the built CLI or worker.
import { ensureBuilt } from '../../scripts/built.mjs'

export function setup() {
  ensureBuilt({ quiet: true })
}
