// Archive settings (staff name, inbox folder) and the one-time question for the staff name.
import { useMemo } from 'react'
import type { ArchiveApi } from '../../../shared/api'
import type { ArchiveSettings, SettingsChanges } from '../../../shared/domain'
import { useApi } from '../api-context'
import { createStore, useStore } from '../store'

interface State {
  settings: ArchiveSettings | null
  /** Set while the 工作人员姓名 question is open; resolved with the name or null (cancelled). */
  asking: ((name: string | null) => void) | null
}

const store = createStore<State>({ settings: null, asking: null })
const patch = (next: Partial<State>) => store.update((s) => ({ ...s, ...next }))

async function loadSettings(archive: ArchiveApi): Promise<ArchiveSettings> {
  const settings = await archive.getSettings({})
  patch({ settings })
  return settings
}

async function saveSettings(archive: ArchiveApi, req: SettingsChanges): Promise<ArchiveSettings> {
  const settings = await archive.setSettings(req)
  patch({ settings })
  return settings
}

/** The staff name for a change; asks once (a modal) when none is set. Null: the user cancelled. */
async function requireEditor(archive: ArchiveApi): Promise<string | null> {
  const settings = store.get().settings ?? (await loadSettings(archive))
  if (settings.editorName?.trim()) return settings.editorName.trim()
  return new Promise((resolve) => patch({ asking: resolve }))
}

/** Answers the question opened by requireEditor. */
async function answerEditor(archive: ArchiveApi, name: string | null): Promise<void> {
  const resolve = store.get().asking
  patch({ asking: null })
  if (name?.trim()) await saveSettings(archive, { editorName: name.trim() })
  resolve?.(name?.trim() || null)
}

export interface SettingsActions {
  load(): Promise<ArchiveSettings>
  save(req: SettingsChanges): Promise<ArchiveSettings>
  requireEditor(): Promise<string | null>
  answerEditor(name: string | null): Promise<void>
}

/** The settings actions over this page's API. */
export function useSettings(): SettingsActions {
  const { archive } = useApi()
  return useMemo(
    () => ({
      load: () => loadSettings(archive),
      save: (req) => saveSettings(archive, req),
      requireEditor: () => requireEditor(archive),
      answerEditor: (name) => answerEditor(archive, name),
    }),
    [archive],
  )
}

export function useSettingsState(): State {
  return useStore(store)
}
