// The importer's time limit reaches into the parser: a slow file stops partway with TIMEOUT.
import { describe, expect, it } from 'vitest'
import { createDeadline, realPipeline, runPipeline } from '../../../src/main/importer/worker/pipeline'
import { AppError } from '../../../src/shared/errors'
import { slowParseText } from '../reliability/bad-folder'

function caught(f: () => unknown): unknown {
  try {
    f()
  } catch (err) {
    return err
  }
  throw new Error('expected a throw')
}

describe('realPipeline.parse', () => {
  it('forwards the deadline to the parser', () => {
    let t = 0
    const deadline = createDeadline('slow.txt', 0, () => t++)
    const err = caught(() => realPipeline.parse({ text: slowParseText(1000) }, deadline))
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('TIMEOUT')
    expect((err as AppError).message).toContain('「slow.txt」')
  })
})

describe('runPipeline on a slow file', () => {
  it('refuses it with TIMEOUT soon after the limit, not after the whole parse', async () => {
    const bytes = new TextEncoder().encode(slowParseText(400_000))
    // CPU time, not wall time: on a loaded machine the parse waits longer for the cores but does
    // no more work between its deadline checks.
    const cpu0 = process.cpuUsage()
    const err = await runPipeline(realPipeline, bytes, 'slow.txt', { maxFileBytes: 64e6, timeoutMs: 200 }, () => {}).then(
      () => null,
      (e: unknown) => e,
    )
    const used = process.cpuUsage(cpu0)
    const ms = (used.user + used.system) / 1000
    console.log(`slow.txt (${(bytes.length / 1e6).toFixed(1)} MB) refused after ${ms.toFixed(0)} ms of CPU`)
    expect((err as AppError).code).toBe('TIMEOUT')
    expect((err as AppError).message).toContain('「slow.txt」')
    expect(ms).toBeLessThan(1500) // the whole parse takes about 8 s of CPU
  })
})
