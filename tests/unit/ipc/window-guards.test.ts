// The window's pure guards: which URLs and IPC senders are trusted, and the popup/webview denial.
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { guardContents, isTrustedSender, isTrustedUrl } from '../../../src/main/window'

vi.mock('electron', () => ({}))

const sender = (url: string, parent: unknown = null) =>
  ({ senderFrame: { url, parent } }) as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>

describe('isTrustedUrl', () => {
  it.each([
    ['app://archive/index.html', true],
    ['app://archive/#/search', true],
    ['app://archive.evil/index.html', false],
    ['app://other/index.html', false],
    ['https://evil.example/', false],
    ['file:///etc/passwd', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isTrustedUrl(url)).toBe(ok))

  it('does not trust a dev server named only by the environment', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false)
    vi.unstubAllEnvs()
  })
})

describe('isTrustedSender', () => {
  it('accepts only the top frame of the app page', () => {
    expect(isTrustedSender(sender('app://archive/index.html'))).toBe(true)
    expect(isTrustedSender(sender('app://archive/index.html', { url: 'app://archive/' }))).toBe(false)
    expect(isTrustedSender(sender('https://evil.example/'))).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as unknown as IpcMainInvokeEvent)).toBe(false)
  })
})

describe('guardContents', () => {
  it('denies new windows and prevents <webview>', () => {
    let openHandler: (() => { action: string }) | undefined
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>()
    const wc = {
      setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
      on: (name: string, fn: (e: { preventDefault(): void }) => void) => listeners.set(name, fn),
    } as unknown as WebContents
    guardContents(wc)
    expect(openHandler?.()).toEqual({ action: 'deny' })
    const prevent = vi.fn()
    listeners.get('will-attach-webview')?.({ preventDefault: prevent })
    expect(prevent).toHaveBeenCalled()
  })
})
