// A worker is never terminated inside an onnxruntime call (that aborts the whole process): the
// host closes the gate its worker's model calls pass, and waits for the call inside to leave.
import { beforeEach, describe, expect, it, vi } from 'vitest'

type Gate = typeof import('../../../src/main/importer/ocr/native-calls')
let gate: Gate

beforeEach(async () => {
  vi.resetModules() // each test its own thread gate
  gate = await import('../../../src/main/importer/ocr/native-calls')
})

describe('the gate around model calls', () => {
  it('closes only once the call inside has left, and lets no call in meanwhile or after', async () => {
    let finish = (): void => undefined
    const inside = gate.nativeCall(() => new Promise<string>((resolve) => (finish = () => resolve('read'))))
    let closed: boolean | null = null
    const closing = gate.closeGate(gate.threadGate(), 5_000).then((ok) => (closed = ok))
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(closed).toBeNull()
    const entered = vi.fn(async () => 'late')
    await expect(gate.nativeCall(entered)).rejects.toBeInstanceOf(gate.GateClosed)
    finish()
    await expect(inside).resolves.toBe('read')
    await closing
    expect(closed).toBe(true)
    await expect(gate.nativeCall(entered)).rejects.toBeInstanceOf(gate.GateClosed)
    expect(entered).not.toHaveBeenCalled()
  })

  it('closes at once when no call is inside, after calls that failed; gives up after its time when one never leaves', async () => {
    await expect(gate.nativeCall(() => Promise.reject(new Error('bad model')))).rejects.toThrow('bad model')
    await expect(gate.closeGate(gate.threadGate(), 0)).resolves.toBe(true)
    vi.resetModules()
    const other = (await import('../../../src/main/importer/ocr/native-calls')) as Gate
    void other.nativeCall(() => new Promise(() => undefined))
    await expect(other.closeGate(other.threadGate(), 50)).resolves.toBe(false)
  })
})
