// pdfkit: the pk16 session's second tuning sibling of the held-out city-pdfkit-inner (county-pdfkit-16k),
// set by pdfkit-gazette.ts: its genre with other options. A 16开 page (184×260 mm) in one column (10.5 pt
// FandolSong body, FandolHei titles); the 目录 a three-column list (the title wrapping in its column, the
// 文号 in a separate 仿宋 column 0.032 of the text width past the title column's width, which after the
// title's one-em indent leaves a full first line 0.24 em short of its 文号: they nearly touch; the page as `（3）` flush right); 〓栏目〓 banners
// centred in the 目录 and the body, sections and documents running on mid-page; the 期 in the head's
// OUTER corner and the gazette in its inner one over a rule, `3/21` in the foot's INNER corner; the 文号
// centred under the title in 仿宋 (above it for the documents whose spec says `numberAt: 'above'`).
// Usage: npx tsx scripts/typeset/render-pdfkit-16k.ts spec.json out.pdf
import { renderGazette } from './pdfkit-gazette'
import type { Look } from './pdfkit-look'

const COUNTY_16K: Look = {
  page: [521.6, 737.0], // 16开: 184×260 mm
  margins: { top: 66, bottom: 62, left: 56, right: 56 },
  body: { font: 'song', size: 10.5, lead: 7.5 },
  decree: { header: { font: 'hei', size: 24, lead: 10, color: '#c00000' }, number: { font: 'kai', size: 14, lead: 8 }, numberBefore: 4 },
  title: { font: 'hei', size: 17, upperSize: 15, lead: 8, width: 0.84, x: 0.08, after: 12 },
  docNumber: { face: { font: 'fang', size: 12, lead: 6 }, before: 6, honoursAbove: true, aboveGap: 8 },
  closing: { dateInset: 3, before: 12 },
  table: { font: 'song', size: 9.5, lead: 4 },
  docHeads: { font: 'hei', regulationSize: 18, atitleSize: 15, atitleBefore: 14, planBefore: 26, planBeforeAnnex: 10 },
  banner: { face: { font: 'hei', size: 15, lead: 8 }, room: 140, before: 26 },
  docRoom: 140,
  docGap: 30,
  toc: {
    heading: '目　录',
    headingSize: 22,
    issueLine: (s) => `${s.year}年第${s.issueNo}期（总第${s.totalNo}期）`,
    issueSize: 11,
    issueBefore: 4,
    sectionSize: 13,
    sectionBefore: 10,
    entrySize: 11,
    titleWidth: 0.592, // 22 hanzi of 11 pt after the one-em indent
    numberX: 0.624, // 0.032 of the width past titleWidth: with the indent, a full first line ends 2.6 pt (0.24 em) before the 文号
    numberWidth: 0.266,
    number: { font: 'fang', size: 10, lead: 8 },
    pageMark: (p) => `（${p}）`,
    entryGap: 7,
  },
  cover: { font: 'hei', size: 36, footY: 560 },
  furniture: {
    head: { font: 'song', size: 9.5 },
    issueOuter: true,
    headY: 40,
    ruleY: 54,
    ruleWidth: 0.6,
    folio: (n, total) => `${n}/${total}`,
    folioSize: 10,
    folioOuter: false,
    footY: 40,
  },
}

renderGazette(COUNTY_16K)
