// A document in the official-document look: 文号 and title centred, 仿宋 body, headings by level, cited 文号 as links.
import { Fragment, type ReactNode } from 'react'
import type { Block, GazetteDocument } from '../../../shared/domain'
import { splitCitations } from '../text-marks'
import { splitLow } from '../ocr-marks'

const CLASS: Partial<Record<Block['kind'], string>> = {
  heading1: 'h1',
  heading2: 'h2',
  heading3: 'h3',
  heading4: 'h4',
  title: 'inner-title',
  attachmentHeading: 'attachment-heading',
  signature: 'signature',
  date: 'date',
  caption: 'caption',
}

function linkCitations(text: string, targets: Map<string, number>): ReactNode[] {
  return splitCitations(text, targets).map((s, i) =>
    s.targetId === undefined ? (
      <Fragment key={i}>{s.text}</Fragment>
    ) : (
      <a key={i} className="citation" href={`#/doc/${s.targetId}`} title={`打开 ${s.text}`}>
        {s.text}
      </a>
    ),
  )
}

type Group = { kind: 'table'; rows: string[] } | { kind: 'block'; block: Block; index: number }

function groupBlocks(blocks: Block[]): Group[] {
  const groups: Group[] = []
  blocks.forEach((block, index) => {
    const last = groups[groups.length - 1]
    if (block.kind === 'tableRow') {
      if (last?.kind === 'table') last.rows.push(block.text)
      else groups.push({ kind: 'table', rows: [block.text] })
    } else groups.push({ kind: 'block', block, index })
  })
  return groups
}

/** The block's text with the characters OCR was unsure of marked (对照原文 of a scan). */
function markLow(text: string, low: number[]): ReactNode[] {
  return splitLow(text, low).map((g, i) => (g.low ? <mark key={i} className="ocr-low" data-testid="ocr-low" title="文字识别把握不大">{g.text}</mark> : <Fragment key={i}>{g.text}</Fragment>))
}

function BlockView({ block, first, doc, targets, low }: { block: Block; first: boolean; doc: GazetteDocument; targets: Map<string, number>; low?: number[] }) {
  const isRecipients = first && !!doc.recipients && block.text.startsWith(doc.recipients.slice(0, 4))
  const cls = isRecipients ? 'recipients' : CLASS[block.kind]
  return <p className={cls}>{low?.length ? markLow(block.text, low) : linkCitations(block.text, targets)}</p>
}

/** `showLow`: mark the characters OCR was unsure of (kept with the blocks' sources). */
export function DocumentBody({ doc, showLow = false }: { doc: GazetteDocument; showLow?: boolean }) {
  const targets = new Map<string, number>()
  for (const c of doc.citations) if (c.targetId !== null) targets.set(c.docNumber, c.targetId)
  const blocks = doc.blocks.length ? doc.blocks : doc.paragraphs.map((text): Block => ({ kind: 'paragraph', text }))
  return (
    <article className="official-doc" aria-label={doc.title}>
      {doc.docNumber && <div className="doc-number">{doc.docNumberRaw ?? doc.docNumber}</div>}
      <h1 className="doc-title">{doc.title}</h1>
      {doc.recipients && !blocks[0]?.text.startsWith(doc.recipients.slice(0, 4)) && (
        <p className="recipients">{doc.recipients.replace(/[:：]$/, '')}：</p>
      )}
      {groupBlocks(blocks).map((g, i) =>
        g.kind === 'table' ? (
          <table key={`t${i}`}>
            <tbody>
              {g.rows.map((row, r) => (
                <tr key={r}>
                  {row.split('\t').map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Fragment key={g.index}>
            <BlockView block={g.block} first={g.index === 0} doc={doc} targets={targets} low={showLow ? doc.sources?.[g.index]?.ocr?.low : undefined} />
          </Fragment>
        ),
      )}
    </article>
  )
}
