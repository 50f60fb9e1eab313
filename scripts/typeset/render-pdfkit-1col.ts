// pdfkit: the pk1 session's tuning sibling of the held-out city-pdfkit-inner (county-pdfkit-1col), set
// by pdfkit-gazette.ts: its genre with other options. An A4 page in one column (12 pt FandolSong body,
// FandolHei titles); the 目录 a three-column list (the title wrapping in its column, the 文号 in a
// separate column in 仿宋, the page as `·3·` flush right); red ■ 栏目 ■ banners centred in the 目录 and
// the body, sections and documents running on mid-page; the gazette in the head's outer corner and the
// 期 in its inner one over a rule, `第3页　共21页` in the foot's OUTER corner; the 文号 centred under the
// title in 楷体 (above it for the documents whose spec says `numberAt: 'above'`).
// Usage: npx tsx scripts/typeset/render-pdfkit-1col.ts spec.json out.pdf
import { renderGazette } from './pdfkit-gazette'
import type { Look } from './pdfkit-look'

const COUNTY_1COL: Look = {
  page: [595.3, 841.9], // A4
  margins: { top: 74, bottom: 70, left: 64, right: 64 },
  body: { font: 'song', size: 12, lead: 8 },
  decree: { header: { font: 'hei', size: 26, lead: 10, color: '#c00000' }, number: { font: 'kai', size: 15, lead: 8 }, numberBefore: 4 },
  title: { font: 'hei', size: 18, upperSize: 16, lead: 9, width: 0.8, x: 0.1, after: 14 },
  docNumber: { face: { font: 'kai', size: 13, lead: 6 }, before: 6, honoursAbove: true, aboveGap: 8 },
  closing: { dateInset: 2, before: 12 },
  table: { font: 'fang', size: 10.5, lead: 4 },
  docHeads: { font: 'hei', regulationSize: 20, atitleSize: 16, atitleBefore: 16, planBefore: 30, planBeforeAnnex: 12 },
  banner: { face: { font: 'hei', size: 16, lead: 8 }, color: '#b00000', room: 160, before: 30 },
  docRoom: 160,
  docGap: 34,
  toc: {
    heading: '目　录',
    headingSize: 24,
    issueLine: (s) => `（${s.year}年第${s.issueNo}期　总第${s.totalNo}期）`,
    issueSize: 12,
    issueBefore: 4,
    sectionSize: 14,
    sectionBefore: 10,
    entrySize: 12,
    titleWidth: 0.6,
    numberX: 0.66,
    numberWidth: 0.24,
    number: { font: 'fang', size: 11, lead: 8 },
    pageMark: (p) => `·${p}·`,
    entryGap: 8,
  },
  cover: { font: 'hei', size: 40, footY: 640 },
  furniture: {
    head: { font: 'song', size: 10.5 },
    headY: 46,
    ruleY: 62,
    ruleWidth: 0.8,
    folio: (n, total) => `第${n}页　共${total}页`,
    folioSize: 10.5,
    folioOuter: true,
    footY: 46,
  },
}

renderGazette(COUNTY_1COL)
