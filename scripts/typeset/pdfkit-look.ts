// The look of a gazette set by pdfkit-gazette.ts: every setting in which one of its layouts differs
// from another (render-pdfkit-held.ts, render-pdfkit-1col.ts and render-pdfkit-16k.ts each hold one).
import type { Spec } from './pdfkit-spec'

/** A font (a key of pdfkit-gazette.ts's FONTS) at a size, with the lead (extra space under each line, pt). */
export interface Face { font: string; size: number; lead: number }

/** Every setting in which one layout differs from another. Sizes and distances in pt, widths as fractions of the text width. */
export interface Look {
  page: [number, number] // the page's width and height
  margins: { top: number; bottom: number; left: number; right: number }
  body: Face // the running text (justified, 2-em first-line indent); the signatures and dates too
  decree: {
    header: Face & { color: string } // `…人民政府令`, centred
    number: Face // `第12号` under it
    numberBefore: number // space between the two
  }
  title: {
    font: string
    size: number // the title's last line
    upperSize: number // the lines above it (a joint document's stacked issuers)
    lead: number
    width: number // the column the title wraps in, centred
    x: number // that column's left edge (from the text's left edge)
    after: number // space under the title block
  }
  docNumber: {
    face: Face // the 文号, centred
    before: number // space between the title and the 文号 under it
    honoursAbove: boolean // a document's `numberAt: 'above'` sets its 文号 over the title
    aboveGap: number // then: space between the 文号 and the title
  }
  closing: {
    dateInset: number // the date's right end, in body characters in from the right edge
    before: number // space over the signatures
  }
  table: Face // the cells of a ruled table (header row in 黑体)
  docHeads: {
    font: string // an attachment's or a regulation's title, an attached plan's title
    regulationSize: number // the title of a regulation a decree promulgates
    atitleSize: number // an attachment's title
    atitleBefore: number // space over the first of its lines
    planBefore: number // an attached plan's or list's own title: space over it after the public marker
    planBeforeAnnex: number // and after an `附件N` line
  }
  banner: {
    face: Face // a 栏目's banner in the body, centred
    color?: string // its colour (black if none)
    room: number // the space a section needs left on the page to start on it
    before: number // space over a banner that is not the first
  }
  docRoom: number // the space, besides its title, a document after the first needs left on the page
  docGap: number // space between two documents of one section
  toc: {
    heading: string // `目　录`
    headingSize: number
    issueLine: (spec: Spec) => string // the 期 line under the heading
    issueSize: number
    issueBefore: number // space between the heading and the 期 line
    sectionSize: number // a 栏目 in the 目录
    sectionBefore: number
    entrySize: number // an entry's title (宋体)
    titleWidth: number // the title column
    numberX: number // the 文号 column's left edge (from the text's left edge)
    numberWidth: number
    number: Face // the 文号
    pageMark: (page: number) => string // `（3）`, `·3·`
    entryGap: number // space between two entries
  }
  cover: {
    font: string // the gazette's name, red
    size: number
    footY: number // the publisher and date lines' top
  }
  furniture: {
    head: { font: string; size: number } // the gazette and the 期 over the rule
    issueOuter?: boolean // the 期 in the head's outer corner and the gazette in the inner one (else the other way round)
    headY: number // their top
    ruleY: number // the rule under them
    ruleWidth: number
    folio: (page: number, total: number) => string // `3/31`, `第3页　共21页`
    folioSize: number // 宋体
    folioOuter: boolean // the folio in the foot's outer corner (else the inner one)
    footY: number // the folio's top, from the page's bottom edge
  }
}
