// Vite client types (asset ?url imports) and the preload's globals.
/// <reference types="vite/client" />
import type { Bridge } from '../../shared/api'
import type { ShellBridge } from '../../shared/shell'

declare global {
  interface Window {
    archive?: Bridge
    archiveShell?: ShellBridge
  }
}
