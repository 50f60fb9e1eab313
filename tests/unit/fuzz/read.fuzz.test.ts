// Property: readSource on damaged or random bytes gives text or a known AppError, never hangs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { AppError, type AppErrorCode } from '../../../src/shared/errors'
import { readSource } from '../../../src/main/importer/read/read-source'
import { params, timeout } from './fuzz-config'
import { SAMPLE_TXT } from '../../support/sample'
import { buildDoc } from '../../support/doc-files'

const FIXTURES = path.resolve(__dirname, '../../fixtures/files')
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(FIXTURES, name)))
const KNOWN: AppErrorCode[] = [
  'EMPTY_FILE',
  'UNSUPPORTED_FILE',
  'CORRUPT_FILE',
  'SCANNED_PDF',
  'FILE_TOO_LARGE',
  'TIMEOUT',
]
// A JS runtime error wrapped as CORRUPT_FILE would hide a reader bug: its text must not leak.
const RUNTIME =
  /TypeError|RangeError|ReferenceError|Cannot read prop|is not a function|undefined|call stack/
// Generous: pdf.js on a damaged 140-page file can take a few seconds on a loaded CI machine.
const CAP_MS = 20_000

async function readSafely(bytes: Uint8Array, name: string): Promise<void> {
  const t0 = performance.now()
  try {
    const r = await readSource(bytes, name, { timeoutMs: CAP_MS })
    expect(typeof r.text).toBe('string')
    expect(r.text.trim()).not.toBe('')
  } catch (err) {
    expect(err).toBeInstanceOf(AppError)
    expect(KNOWN).toContain((err as AppError).code)
    expect((err as AppError).message).not.toMatch(RUNTIME)
  }
  expect(performance.now() - t0).toBeLessThan(CAP_MS + 1000)
}

const nameArb = fc.constantFrom('a.txt', 'a.pdf', 'a.docx', 'a.doc', 'a.TXT', 'a', 'a.md')
const damageArb = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 8 },
)

type Damage = { kind: 'flip' | 'cut'; at: number; byte?: number }

function damage(bytes: Uint8Array, ops: Damage[]): Uint8Array {
  let out = new Uint8Array(bytes)
  for (const op of ops) {
    if (op.kind === 'cut') out = out.slice(0, op.at % (out.length + 1))
    else if (out.length > 0) out[op.at % out.length] = op.byte ?? 0
  }
  return out
}

describe('readSource under damage', () => {
  it(
    'random bytes under any name',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), nameArb, (b, n) => readSafely(b, n)),
        params(150),
      )
    },
    timeout(20_000),
  )

  it(
    'random bytes behind a PDF or zip header',
    async () => {
      const headArb = fc.constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')
      const arb = fc.tuple(headArb, fc.uint8Array({ maxLength: 2048 }), nameArb)
      await fc.assert(
        fc.asyncProperty(arb, ([head, b, n]) =>
          readSafely(new Uint8Array([...Buffer.from(head, 'latin1'), ...b]), n),
        ),
        params(80),
      )
    },
    timeout(20_000),
  )

  it(
    'text fixtures with bytes flipped or cut',
    async () => {
      const variants = ['gb18030', 'utf16le', 'utf16be', 'crlf', 'bom']
      const files = variants.map((v) => fixture(`xingxian-2022-02.${v}.txt`))
      const arb = fc.tuple(fc.constantFrom(...files), damageArb)
      await fc.assert(
        fc.asyncProperty(arb, ([f, ops]) => readSafely(damage(f, ops), 'a.txt')),
        params(40),
      )
    },
    timeout(30_000),
  )

  it(
    'docx and small PDF fixtures with bytes flipped or cut',
    async () => {
      const files: [Uint8Array, string][] = [
        [fixture('xingxian-2022-02.docx'), 'a.docx'],
        [fixture('table.docx'), 'b.docx'],
        [fixture('bad/scanned.pdf'), 'c.pdf'],
      ]
      const arb = fc.tuple(fc.constantFrom(...files), damageArb)
      await fc.assert(
        fc.asyncProperty(arb, ([[f, n], ops]) => readSafely(damage(f, ops), n)),
        params(30),
      )
    },
    timeout(40_000),
  )

  it(
    'old Word (.doc) files with bytes flipped or cut, most in the header, FIB and piece table',
    async () => {
      const doc = new Uint8Array(readFileSync(path.resolve(__dirname, '../../fixtures/typeset/tuning/county-lo-noto/county-lo-noto.doc')))
      // Flips land in the first 4 KB (compound file header, FAT, FIB) half the time.
      const near = damageArb.map((ops) => ops.map((op, i) => (i % 2 === 0 && op.kind === 'flip' ? { ...op, at: op.at % 4096 } : op)))
      const arb = fc.tuple(fc.constantFrom(doc, buildDoc({ main: '兴县人民政府公报。\r第一段。\u0013 DATE \u00142022年\u0015\r' })), near)
      await fc.assert(
        fc.asyncProperty(arb, ([f, ops]) => readSafely(damage(f, ops), 'a.doc')),
        params(60),
      )
    },
    timeout(40_000),
  )

  it(
    'the sample PDF with a few bytes flipped or a tail cut',
    async () => {
      const pdf = fixture('xingxian-2022-02.pdf')
      await fc.assert(
        fc.asyncProperty(damageArb, (ops) => readSafely(damage(pdf, ops.slice(0, 2)), 'a.pdf')),
        params(4),
      )
    },
    timeout(60_000),
  )

  it(
    'text in mixed encodings (part UTF-8, part GB18030)',
    async () => {
      const sample = SAMPLE_TXT
      const text = readFileSync(sample, 'utf8')
      const arb = fc.tuple(fc.nat(text.length), fc.integer({ min: 0, max: 20_000 }))
      await fc.assert(
        fc.asyncProperty(arb, async ([at, len]) => {
          const a = Buffer.from(text.slice(0, at), 'utf8')
          const b = iconv.encode(text.slice(at, at + len), 'gb18030')
          await readSafely(new Uint8Array(Buffer.concat([a, b])), 'a.txt')
        }),
        params(30),
      )
    },
    timeout(30_000),
  )
})
