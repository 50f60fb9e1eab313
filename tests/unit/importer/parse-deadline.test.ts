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

describe('the parser checks the deadline as it goes', () => {
  // How often it checks, counted rather than timed: checks in proportion to the text mean no long
  // stretch of work runs unchecked. (The CPU time to a refusal is in `npm run bench -- hostile`.)
  function checks(lines: number): number {
    let n = 0
    const counting = { at: Infinity, remainingMs: () => Infinity, check: () => void n++ }
    realPipeline.parse({ text: slowParseText(lines) }, counting)
    return n
  }

  it('in proportion to the text, at least once every 40 lines', () => {
    const few = checks(5_000)
    const many = checks(20_000)
    expect(many).toBeGreaterThanOrEqual(20_000 / 40)
    expect(many).toBeGreaterThanOrEqual(3 * few)
  })
})

describe('runPipeline on a slow file', () => {
  it('refuses it with TIMEOUT, naming the file', async () => {
    const bytes = new TextEncoder().encode(slowParseText(400_000)) // the whole parse takes about 8 s of CPU
    const err = await runPipeline(realPipeline, bytes, 'slow.txt', { maxFileBytes: 64e6, timeoutMs: 200 }, () => {}).then(
      () => null,
      (e: unknown) => e,
    )
    expect((err as AppError).code).toBe('TIMEOUT')
    expect((err as AppError).message).toContain('「slow.txt」')
  })
})
