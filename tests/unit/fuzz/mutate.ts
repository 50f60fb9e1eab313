// Text mutations for fuzzing the parser: what OCR, converters and careless editing do to an issue.
import fc from 'fast-check'

export type Mutation =
  | { op: (typeof OPS)[number]; at: number; n: number }
  | { op: 'shuffle'; at: number; n: number; seed: number }
  | { op: 'truncate'; at: number }

const OPS = ['drop', 'duplicate', 'blank', 'unblank', 'flip', 'width', 'cjk', 'shuffle'] as const

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom(...OPS),
    at: fc.nat(),
    n: fc.integer({ min: 1, max: 12 }),
    seed: fc.nat(),
  }) as fc.Arbitrary<Mutation>,
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
)

// Characters that matter to the parser's rules: brackets, 号, digits, punctuation, spaces.
const NOISE =
  '〔〕（）()【】[]号年月日第一二三四五、，。；：:0123456789 \t\f\u3000·…—-政发函办兴县关于的通知'

const HALF_FULL: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；' }

function swapWidth(s: string): string {
  return [...s]
    .map((c) => {
      const code = c.charCodeAt(0)
      if (code >= 0x21 && code <= 0x7e) return HALF_FULL[c] ?? String.fromCharCode(code + 0xfee0)
      if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0)
      return c
    })
    .join('')
}

function lineOp(lines: string[], m: Mutation & { n: number }): void {
  const at = m.at % Math.max(1, lines.length)
  const span = lines.slice(at, at + m.n)
  if (m.op === 'drop') lines.splice(at, m.n)
  else if (m.op === 'duplicate') lines.splice(at, 0, ...span)
  else if (m.op === 'blank') lines.splice(at, 0, ...Array<string>(m.n).fill(''))
  else if (m.op === 'unblank') lines.splice(at, m.n, ...span.filter((l) => l.trim() !== ''))
  else if (m.op === 'width') lines.splice(at, m.n, ...span.map(swapWidth))
  else if (m.op === 'shuffle' && 'seed' in m) {
    const rotated = span.map((_, i) => span[(i + m.seed) % span.length])
    lines.splice(at, rotated.length, ...rotated)
  }
}

function charOp(text: string, m: Mutation & { n: number }): string {
  const at = m.at % Math.max(1, text.length)
  const c = NOISE[(m.at + m.n) % NOISE.length]
  if (m.op === 'flip') return text.slice(0, at) + c + text.slice(at + 1)
  const cjk = String.fromCharCode(0x4e00 + ((m.at * 7919) % 0x51a5))
  return text.slice(0, at) + cjk.repeat(m.n) + text.slice(at)
}

/** Applies mutations in order; the result is still a string, maybe no longer a gazette. */
export function mutate(text: string, mutations: Mutation[]): string {
  let out = text
  for (const m of mutations) {
    if (m.op === 'truncate') out = out.slice(0, m.at % (out.length + 1))
    else if (m.op === 'flip' || m.op === 'cjk') out = charOp(out, m)
    else {
      const lines = out.split('\n')
      lineOp(lines, m)
      out = lines.join('\n')
    }
  }
  return out
}
