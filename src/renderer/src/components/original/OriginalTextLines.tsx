// A text or Word original's lines, numbered as the importer read them, with the document's lines
// marked (对照原文; the staging review screen uses it too). Shows the marked lines with a few
// lines of context either side, and scrolls to the first marked one.
import { Text } from '@mantine/core'
import { useEffect, useRef } from 'react'

interface Props {
  lines: string[]
  /** 1-based inclusive line ranges to mark. */
  ranges: { from: number; to: number }[]
  /** Lines shown before the first and after the last marked line. */
  context?: number
}

export function OriginalTextLines({ lines, ranges, context = 6 }: Props) {
  const first = useRef<HTMLLIElement>(null)
  const from = Math.max(1, Math.min(...ranges.map((r) => r.from)) - context)
  const to = Math.min(lines.length, Math.max(...ranges.map((r) => r.to)) + context)
  const marked = (n: number): boolean => ranges.some((r) => n >= r.from && n <= r.to)
  const firstMarked = ranges.length ? Math.min(...ranges.map((r) => r.from)) : -1
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'nearest' })
  }, [firstMarked])
  if (!ranges.length) return <Text c="dimmed">没有可标出的原文行。</Text>
  return (
    <ol className="original-lines" start={from} data-testid="original-lines" aria-label={`原文第 ${from}–${to} 行`}>
      {lines.slice(from - 1, to).map((line, i) => {
        const n = from + i
        return (
          <li key={n} value={n} ref={n === firstMarked ? first : undefined} className={marked(n) ? 'marked' : undefined}
            data-line={n} aria-current={marked(n) ? 'true' : undefined}>
            <span className="line-no" aria-hidden="true">{n}</span>
            <span className="line-text">{line || '\u00a0'}</span>
          </li>
        )
      })}
    </ol>
  )
}
