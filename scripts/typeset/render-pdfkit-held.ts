// pdfkit: the held session's held-out city issue (city-pdfkit-inner), set by pdfkit-gazette.ts the way
// 方正-style tools write their PDFs (own line breaking, each line one text operation justified by
// character spacing). A 16开 page in one column (11 pt FandolFang body, FandolSong Bold titles); the
// 目录 a three-column list (the title wrapping in its column, the 文号 in a separate right column in
// 楷体, the page as `（3）`); ◇ 栏目 ◇ banners centred in the 目录 and the body, sections and documents
// starting mid-page; the gazette in the head's outer corner and the 期 in its inner one, `3/34`
// (page / body pages) in the foot's inner corner; the 文号 always centred under the title.
// Usage: npx tsx scripts/typeset/render-pdfkit-held.ts spec.json out.pdf
import { renderGazette } from './pdfkit-gazette'
import type { Look } from './pdfkit-look'

const CITY_INNER: Look = {
  page: [521.6, 737], // 16开: 184 × 260 mm
  margins: { top: 66, bottom: 62, left: 52, right: 52 },
  body: { font: 'fang', size: 11, lead: 7 },
  decree: { header: { font: 'songBold', size: 24, lead: 10, color: '#c00000' }, number: { font: 'fang', size: 14, lead: 8 }, numberBefore: 2 },
  title: { font: 'songBold', size: 17, upperSize: 15, lead: 8, width: 0.86, x: 0.07, after: 12 },
  docNumber: { face: { font: 'kai', size: 12, lead: 6 }, before: 4, honoursAbove: false, aboveGap: 0 },
  closing: { dateInset: 4, before: 10 },
  table: { font: 'song', size: 9.5, lead: 4 },
  docHeads: { font: 'songBold', regulationSize: 18, atitleSize: 15, atitleBefore: 14, planBefore: 26, planBeforeAnnex: 10 },
  banner: { face: { font: 'hei', size: 15, lead: 8 }, room: 150, before: 26 },
  docRoom: 150,
  docGap: 30,
  toc: {
    heading: '目　　录',
    headingSize: 22,
    issueLine: (s) => `${s.year}年第${s.issueNo}期（总第${s.totalNo}期）`,
    issueSize: 11,
    issueBefore: 2,
    sectionSize: 13,
    sectionBefore: 8,
    entrySize: 11,
    titleWidth: 0.58,
    numberX: 0.62,
    numberWidth: 0.28,
    number: { font: 'kai', size: 10.5, lead: 7.5 },
    pageMark: (p) => `（${p}）`,
    entryGap: 6,
  },
  cover: { font: 'songBold', size: 36, footY: 560 },
  furniture: {
    head: { font: 'kai', size: 9.5 },
    headY: 42,
    ruleY: 56,
    ruleWidth: 0.6,
    folio: (n, total) => `${n}/${total}`,
    folioSize: 10,
    folioOuter: false,
    footY: 42,
  },
}

renderGazette(CITY_INNER)
