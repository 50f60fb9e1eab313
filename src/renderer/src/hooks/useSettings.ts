// Archive settings (staff name, inbox folder) and the one-time question for the staff name.
import { useSyncExternalStore } from 'react'
import type { ArchiveSettings, SettingsChanges } from '../../../shared/domain'
import { getApi } from '../api'

interface State {
  settings: ArchiveSettings | null
  /** Set while the 工作人员姓名 question is open; resolved with the name or null (cancelled). */
  asking: ((name: string | null) => void) | null
}

let state: State = { settings: null, asking: null }
const listeners = new Set<() => void>()

function set(next: Partial<State>): void {
  state = { ...state, ...next }
  for (const l of listeners) l()
}

export async function loadSettings(): Promise<ArchiveSettings> {
  const settings = await getApi().archive.getSettings({})
  set({ settings })
  return settings
}

export async function saveSettings(req: SettingsChanges): Promise<ArchiveSettings> {
  const settings = await getApi().archive.setSettings(req)
  set({ settings })
  return settings
}

/** The staff name for a change; asks once (a modal) when none is set. Null: the user cancelled. */
export async function requireEditor(): Promise<string | null> {
  const settings = state.settings ?? (await loadSettings())
  if (settings.editorName?.trim()) return settings.editorName.trim()
  return new Promise((resolve) => set({ asking: resolve }))
}

/** Answers the question opened by requireEditor. */
export async function answerEditor(name: string | null): Promise<void> {
  const resolve = state.asking
  set({ asking: null })
  if (name?.trim()) await saveSettings({ editorName: name.trim() })
  resolve?.(name?.trim() || null)
}

const subscribe = (cb: () => void) => {
  listeners.add(cb)
  return () => void listeners.delete(cb)
}

export function useSettingsState(): State {
  return useSyncExternalStore(subscribe, () => state)
}
