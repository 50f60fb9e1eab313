// Lays a gazette document out on GB/T 9704 pages: a pure function of document, metrics, options.
import type { Block, GazetteDocument } from '../../shared/domain'
import {
  ASCENT,
  BLOCK_WIDTH,
  BODY_SIZE,
  LINE_PITCH,
  MARGIN_LEFT,
  MASTHEAD_OFFSET,
  MASTHEAD_RULE_GAP,
  RED,
  baselineIn,
} from './grid'
import {
  attachmentNoteItems,
  headingItems,
  noteItems,
  paragraphItems,
  signatureItems,
  textItems,
  titleItems,
} from './blocks'
import { nameListItems } from './name-list'
import { addFooter, addPageNumbers, paginate, spaceItem, type Item } from './paginate'
import { tableItems } from './table'
import { dropLayoutSpaces, normalizeText } from './text-normalize'
import type { LayoutOptions, LayoutResult, Measure } from './types'
import { issueShown } from '../../shared/issue-shown'

export type LayoutInput = Pick<
  GazetteDocument,
  'docNumber' | 'title' | 'issuer' | 'recipients' | 'blocks' | 'gazette' | 'year' | 'issueNo' | 'tocPage'
>

/** Red 发文机关标志 (issuer + 文件), its top edge 35 mm below the block's top. */
function mastheadItems(issuer: string, measure: Measure): Item[] {
  const text = `${normalizeText(issuer)}文件`
  const size = Math.min(48, Math.floor((BLOCK_WIDTH * 0.9) / [...text].length))
  const w = measure(text, 'songBold', size)
  const height = Math.ceil((MASTHEAD_OFFSET + size) / LINE_PITCH)
  const run = { x: MARGIN_LEFT + (BLOCK_WIDTH - w) / 2, y: MASTHEAD_OFFSET + ASCENT * size, text, font: 'songBold' as const, size, charSpacing: 0, color: RED }
  return [{ height, runs: [run], rules: [] }, spaceItem(), spaceItem()]
}

function headerItems(doc: LayoutInput, measure: Measure, masthead: boolean): Item[] {
  const items: Item[] = masthead && doc.issuer ? mastheadItems(doc.issuer, measure) : []
  if (doc.docNumber) {
    const num = textItems(doc.docNumber, 'fang', measure, { center: true })
    if (masthead) {
      const y = baselineIn(0, BODY_SIZE) + (1 - ASCENT) * BODY_SIZE + MASTHEAD_RULE_GAP
      num[0].rules.push({ x1: MARGIN_LEFT, y1: y, x2: MARGIN_LEFT + BLOCK_WIDTH, y2: y, width: 1.2, color: RED })
    }
    items.push(...num, spaceItem(), spaceItem())
  }
  items.push(...titleItems(doc.title, measure))
  return items
}

const bare = (s: string): string => dropLayoutSpaces(s).replace(/[：:]$/, '')

/** Recipients: the document's field, or a first paragraph that is a short line ending in a colon. */
function splitRecipients(doc: LayoutInput): { recipients: string | null; blocks: Block[] } {
  const [first, ...rest] = doc.blocks
  const looksLike = first?.kind === 'paragraph' && /[：:]\s*$/.test(first.text) && !/[。；]/.test(first.text)
  if (first && (looksLike || (doc.recipients && bare(first.text) === bare(doc.recipients)))) {
    return { recipients: first.text, blocks: rest }
  }
  return { recipients: doc.recipients, blocks: doc.blocks }
}

function recipientItems(text: string, measure: Measure): Item[] {
  const t = bare(normalizeText(text)) + '：'
  return [spaceItem(), ...textItems(t, 'fang', measure)]
}

/** Items for the body blocks, grouping tables, name lists and signature groups. */
function bodyItems(blocks: Block[], measure: Measure): Item[] {
  const items: Item[] = []
  let afterAttachmentHeading = false
  let pendingKeep = false
  for (let i = 0; i < blocks.length; ) {
    const b = blocks[i]
    const run = (kind: Block['kind']): Block[] => {
      const out: Block[] = []
      while (i < blocks.length && blocks[i].kind === kind) out.push(blocks[i++])
      return out
    }
    let next: Item[]
    if (b.kind === 'tableRow') next = tableItems(run('tableRow').map((r) => r.text.split('\t').map(dropLayoutSpaces)), measure)
    else if (b.kind === 'nameListEntry') next = nameListItems(run('nameListEntry').map((r) => r.text), measure)
    else if (b.kind === 'signature' || b.kind === 'date') {
      const units = run('signature').map((s) => s.text)
      const date = blocks[i]?.kind === 'date' ? blocks[i++].text : null
      next = signatureItems(units, date, measure)
    } else {
      next = singleBlockItems(b, blocks[i - 1], afterAttachmentHeading, measure)
      i++
    }
    // a heading is never the last line of a page: the first line after it comes along
    if (afterHeadingKind(b) && next.length) pendingKeep = true
    else if (pendingKeep && next.length) {
      next[0].keepWithPrev = true
      pendingKeep = false
    }
    items.push(...next)
    afterAttachmentHeading = b.kind === 'attachmentHeading'
  }
  return items
}

const afterHeadingKind = (b: Block): boolean => /^heading\d$/.test(b.kind)

function singleBlockItems(b: Block, prev: Block | undefined, afterHeading: boolean, measure: Measure): Item[] {
  switch (b.kind) {
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      return headingItems(b.kind, b.text, measure)
    case 'title': {
      const lines = titleItems(b.text, measure)
      if (!afterHeading) lines[0].pageBreak = true
      else lines.unshift(spaceItem())
      return [...lines, spaceItem(true)]
    }
    case 'attachmentHeading': {
      const items = textItems(b.text, 'hei', measure)
      items[0].pageBreak = true
      return items
    }
    case 'attachmentNote':
      return attachmentNoteItems(b.text, prev?.kind !== 'attachmentNote', measure)
    case 'note':
      return noteItems(b.text, measure).map((it, k) => ({ ...it, keepWithPrev: k === 0 || it.keepWithPrev }))
    case 'caption':
      return textItems(b.text, 'fang', measure, { center: true })
    default:
      return paragraphItems(b.text, measure)
  }
}

export function layoutDocument(doc: LayoutInput, measure: Measure, options: LayoutOptions = {}): LayoutResult {
  const { recipients, blocks } = splitRecipients(doc)
  const items = headerItems(doc, measure, options.masthead ?? false)
  items.push(...(recipients ? recipientItems(recipients, measure) : [spaceItem()]))
  const body = bodyItems(blocks, measure)
  items.push(...body)
  const pages = paginate(items)
  addPageNumbers(pages, options.firstPageNumber ?? 1, measure)
  const source = sourceText(doc, options.sourceLine)
  if (source) addFooter(pages, source, measure)
  return { pages }
}

function sourceText(doc: LayoutInput, opt: LayoutOptions['sourceLine']): string | null {
  if (!opt) return null
  if (typeof opt === 'string') return opt
  const page = doc.tocPage ? ` 第${doc.tocPage}页` : ''
  return `来源：${doc.gazette} ${issueShown(doc.year, doc.issueNo)}${page}`
}
