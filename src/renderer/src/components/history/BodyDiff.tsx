// What a body correction changed, paragraph by paragraph and, inside an edited one, character by
// character: removed text struck through in red, added text underlined in green.
import { Text } from '@mantine/core'
import { useMemo } from 'react'
import type { Block } from '../../../../shared/domain'
import { diffParagraphs, type ParagraphChange, type Piece } from '../../text-diff'

const texts = (json: string | null): string[] => (JSON.parse(json ?? '[]') as Block[]).map((b) => b.text)

function Pieces({ pieces }: { pieces: Piece[] }) {
  return pieces.map((p, i) =>
    p.kind === 'same' ? <span key={i}>{p.text}</span> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>,
  )
}

function Change({ c }: { c: ParagraphChange }) {
  if (c.kind === 'changed') return <p className="diff-changed"><Pieces pieces={c.pieces} /></p>
  if (c.kind === 'removed') return <p className="diff-removed"><del>{c.text}</del></p>
  if (c.kind === 'added') return <p className="diff-added"><ins>{c.text}</ins></p>
  return null
}

/** Only changed paragraphs are shown, each with the count of unchanged ones skipped before it. */
export function BodyDiff({ oldValue, newValue }: { oldValue: string | null; newValue: string | null }) {
  const changes = useMemo(() => diffParagraphs(texts(oldValue), texts(newValue)), [oldValue, newValue])
  const shown: { change: ParagraphChange; skipped: number }[] = []
  let skipped = 0
  for (const change of changes) {
    if (change.kind === 'same') {
      skipped++
    } else {
      shown.push({ change, skipped })
      skipped = 0
    }
  }
  if (!shown.length) return <Text size="sm" c="dimmed">正文文字没有变化（只改了段落类型）。</Text>
  return (
    <div className="body-diff" data-testid="body-diff" aria-label="正文差异">
      {shown.map((s, i) => (
        <div key={i}>
          {s.skipped > 0 && <Text size="xs" c="dimmed">… {s.skipped} 段未改 …</Text>}
          <Change c={s.change} />
        </div>
      ))}
      {skipped > 0 && <Text size="xs" c="dimmed">… {skipped} 段未改 …</Text>}
    </div>
  )
}
