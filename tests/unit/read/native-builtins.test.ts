// pdf.js's legacy build replaces Array.prototype.push and JSON.parse/stringify for the whole
// process with slower polyfills; reading a PDF must leave the engine's own versions in place.
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { fixture } from './helpers'

describe('reading a PDF', () => {
  it('leaves Array.prototype.push, JSON.parse and JSON.stringify native', async () => {
    // core-js dresses its polyfills' toString as [native code]; but they are plain functions, which
    // own a `prototype`, and the engine's built-in methods do not.
    const native = (f: object): boolean => !Object.hasOwn(f, 'prototype')
    await readPdf(fixture('xingxian-2022-02.pdf'), 'xingxian-2022-02.pdf', new AbortController().signal)
    expect(native(Array.prototype.push)).toBe(true)
    expect(native(JSON.parse)).toBe(true)
    expect(native(JSON.stringify)).toBe(true)
  })
})
