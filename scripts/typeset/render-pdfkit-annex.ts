// pdfkit: the pk3 session's third tuning sibling of the held-out city-pdfkit-inner (city-pdfkit-annex),
// set by pdfkit-gazette.ts: the traits of its genre the two siblings before did not print. A 16开 page
// (184×260 mm) in one column (11 pt FandolFang body, FandolSong Bold titles wrapping at 86% of the
// width); a city decree with its regulation (18 pt title, 黑体 chapter heads centred); the 目录 a
// three-column list (the title wrapping in its column, the 文号 in a separate 楷体 column, the page as
// `（3）` flush right); ◇ 栏目 ◇ banners centred in the 目录 and the body, sections and documents running
// on mid-page; the gazette in the head's OUTER corner and the 期 in its inner one over a thin rule, `3/31`
// in the foot's INNER corner; the 文号 centred under every title in 楷体; signatures centred over a date
// set four characters in from the right.
// Usage: npx tsx scripts/typeset/render-pdfkit-annex.ts spec.json out.pdf
import { renderGazette } from './pdfkit-gazette'
import type { Look } from './pdfkit-look'

const CITY_ANNEX: Look = {
  page: [521.6, 737.0], // 16开: 184×260 mm
  margins: { top: 68, bottom: 64, left: 58, right: 58 },
  body: { font: 'fang', size: 11, lead: 7.5 },
  decree: { header: { font: 'songBold', size: 24, lead: 10, color: '#c00000' }, number: { font: 'kai', size: 14, lead: 8 }, numberBefore: 4 },
  title: { font: 'songBold', size: 18, upperSize: 16, lead: 8, width: 0.86, x: 0.07, after: 12 },
  docNumber: { face: { font: 'kai', size: 12, lead: 6 }, before: 6, honoursAbove: false, aboveGap: 8 },
  closing: { dateInset: 4, before: 12 },
  table: { font: 'fang', size: 10, lead: 4 },
  docHeads: { font: 'songBold', regulationSize: 18, atitleSize: 16, atitleBefore: 14, planBefore: 24, planBeforeAnnex: 10 },
  banner: { face: { font: 'hei', size: 15, lead: 8 }, room: 140, before: 24 },
  docRoom: 140,
  docGap: 28,
  toc: {
    heading: '目　　录',
    headingSize: 22,
    issueLine: (s) => `${s.year}年第${s.issueNo}期（总第${s.totalNo}期）`,
    issueSize: 11,
    issueBefore: 4,
    sectionSize: 13,
    sectionBefore: 10,
    entrySize: 11,
    titleWidth: 0.6,
    numberX: 0.64,
    numberWidth: 0.26,
    number: { font: 'kai', size: 10, lead: 8 },
    pageMark: (p) => `（${p}）`,
    entryGap: 7,
  },
  cover: { font: 'songBold', size: 36, footY: 560 },
  furniture: {
    head: { font: 'song', size: 9.5 },
    issueOuter: false,
    headY: 40,
    ruleY: 54,
    ruleWidth: 0.4,
    folio: (n, total) => `${n}/${total}`,
    folioSize: 10,
    folioOuter: false,
    footY: 40,
  },
}

renderGazette(CITY_ANNEX)
