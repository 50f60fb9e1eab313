// pdfkit: a one-column gazette set the way 方正-style tools write their PDFs: the renderer breaks the
// lines itself and writes each line as one text operation justified by character spacing (Tc),
// U+3000 drawn as a blank glyph. The 目录 a three-column list (the title wrapping in its column, the
// 文号 in a separate column, the page mark flush right); 栏目 banners centred in the 目录 and the body,
// sections and documents running on mid-page; the gazette in the head's outer corner and the 期 in its
// inner one over a rule, a folio in one of the foot's corners; the 文号 centred under the title (above
// it where a document asks and the look allows). The 目录 pages are measured first and filled in
// after the body. Everything one layout sets differently from another is in its Look: the entry files
// (render-pdfkit-held.ts: city-pdfkit-inner; render-pdfkit-1col.ts: county-pdfkit-1col; render-pdfkit-16k.ts: county-pdfkit-16k) hold one each.
import { createWriteStream, readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'

import type { Face, Look } from './pdfkit-look'
import { FANDOL, type Block, type Spec } from './pdfkit-spec'

interface Doc {
  seq: number; issuers: string[]; title: string; docNumber: string | null; blocks: Block[]; numberAt?: string
  decree?: { header: string; number: string; signer: string } | null
}
const FONTS: Record<string, string> = {
  song: FANDOL + 'FandolSong-Regular.otf', songBold: FANDOL + 'FandolSong-Bold.otf',
  hei: FANDOL + 'FandolHei-Regular.otf', kai: FANDOL + 'FandolKai-Regular.otf', fang: FANDOL + 'FandolFang-Regular.otf',
}
const NO_START = /^[，。、；：？！）》」』”’〕】…—%,.;:)]/
const NO_END = /[（《「『“‘〔【(]$/
const CN_COUNT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

interface Style { font: string; size: number; lead: number; align: 'left' | 'center' | 'right' | 'justify'; indent: number; hang?: number; padRight?: number; width?: number; color?: string }

class Flow {
  y: number
  pages = 0 // body pages so far (the current one included)
  readonly W: number // the text width
  readonly M: Look['margins']
  readonly BODY: Style
  constructor(private pdf: PDFKit.PDFDocument, readonly lk: Look, public draw = true) {
    this.M = lk.margins
    this.W = lk.page[0] - this.M.left - this.M.right
    this.y = this.M.top
    this.BODY = { font: lk.body.font, size: lk.body.size, lead: lk.body.lead, align: 'justify', indent: 2 * lk.body.size }
  }
  bottom(): number { return this.lk.page[1] - this.M.bottom }
  newPage(): void {
    if (this.draw) this.pdf.addPage({ size: this.lk.page, margins: { top: 0, bottom: 0, left: 0, right: 0 } })
    this.pages++
    this.y = this.M.top
  }
  room(h: number): void { if (this.y + h > this.bottom()) this.newPage() }
  /** Greedy breaking: hanzi one by one, Latin/digit runs whole, no closing mark first, no opening mark last. */
  lines(text: string, st: Style): string[] {
    const width = st.width ?? this.W
    const tokens = text.match(/[A-Za-z0-9.\-%]+|./gu) ?? []
    const out: string[] = []
    let cur = ''
    this.pdf.font(st.font).fontSize(st.size)
    for (const t of tokens) {
      const limit = width - (out.length === 0 ? st.indent : st.hang ?? 0) - (st.padRight ?? 0)
      if (cur && this.pdf.widthOfString(cur + t) > limit && !NO_START.test(t)) {
        if (NO_END.test(cur)) { out.push(cur.slice(0, -1)); cur = cur.slice(-1) + t } else { out.push(cur); cur = t }
      } else cur += t
    }
    if (cur) out.push(cur)
    return out
  }
  height(text: string, st: Style): number { return this.lines(text, st).length * (st.size + st.lead) }
  para(text: string, st: Style, before = 0, x0 = this.M.left): void {
    const lines = this.lines(text, st)
    const h = st.size + st.lead
    this.room(before + h)
    this.y += before
    lines.forEach((line, i) => {
      this.room(h)
      const indent = i === 0 ? st.indent : st.hang ?? 0
      const w = (st.width ?? this.W) - indent - (st.padRight ?? 0)
      const natural = this.pdf.font(st.font).fontSize(st.size).widthOfString(line)
      let x = x0 + indent
      let spacing = 0
      if (st.align === 'center') x += (w - natural) / 2
      else if (st.align === 'right') x += w - natural
      else if (st.align === 'justify' && i < lines.length - 1 && [...line].length > 1) spacing = (w - natural) / ([...line].length - 1)
      if (this.draw) this.pdf.fillColor(st.color ?? 'black').text(line, x, this.y, { lineBreak: false, characterSpacing: spacing })
      this.y += h
    })
    if (this.draw) this.pdf.fillColor('black')
  }
  rule(x1: number, x2: number, width = 0.5, color = 'black'): void {
    if (this.draw) this.pdf.moveTo(x1, this.y).lineTo(x2, this.y).lineWidth(width).strokeColor(color).stroke().strokeColor('black')
  }
}

/** A face centred, no indent. */
const centred = (fc: Face): Style => ({ font: fc.font, size: fc.size, lead: fc.lead, align: 'center', indent: 0 })

function titleLines(d: Doc): string[] {
  if (d.decree) return [d.decree.header]
  if (d.issuers.length > 1) return [...d.issuers, d.title] // joint: the issuers stacked over 关于…
  return [d.issuers[0] + d.title]
}

/** The title's style (its last line's size), as set and as measured before a document starts. */
function titleStyle(f: Flow): Style {
  const t = f.lk.title
  return { font: t.font, size: t.size, lead: t.lead, align: 'center', indent: 0, width: f.W * t.width }
}

/** The title block: the title centred, the 文号 centred under it (楷体, no brackets), or over it. */
function titleBlock(f: Flow, d: Doc): void {
  const lk = f.lk
  if (d.decree) {
    f.para(d.decree.header, { ...centred(lk.decree.header), color: lk.decree.header.color })
    f.para(d.decree.number, centred(lk.decree.number), lk.decree.numberBefore)
    f.y += 14
    return
  }
  const title = titleStyle(f)
  const number = centred(lk.docNumber.face)
  const above = lk.docNumber.honoursAbove && d.numberAt === 'above' && d.docNumber
  if (above) { f.para(d.docNumber ?? '', number); f.y += lk.docNumber.aboveGap }
  const lines = titleLines(d)
  lines.forEach((t, i) => f.para(t, { ...title, size: i < lines.length - 1 ? lk.title.upperSize : lk.title.size }, 0, f.M.left + f.W * lk.title.x))
  if (d.docNumber && !above) f.para(d.docNumber, number, lk.docNumber.before)
  f.y += lk.title.after
}

/** Signatures centred over the date, the date a few characters in from the right. */
function closing(f: Flow, run: Block[], pdf: PDFKit.PDFDocument): void {
  const { M, W, BODY } = f
  const SIZE = BODY.size
  const date = run.find((b) => b.kind === 'date')
  pdf.font(BODY.font).fontSize(SIZE)
  const dw = date ? pdf.widthOfString(date.text) : 8 * SIZE
  const centre = M.left + W - f.lk.closing.dateInset * SIZE - dw / 2
  f.y += f.lk.closing.before
  for (const b of run) {
    const w = pdf.font(BODY.font).fontSize(SIZE).widthOfString(b.text)
    const x = Math.min(centre - w / 2, M.left + W - w)
    f.para(b.text, { ...BODY, align: 'left', indent: 0, width: W - (x - M.left) }, 0, x)
  }
}

function table(f: Flow, rows: string[][], pdf: PDFKit.PDFDocument): void {
  const { M, W } = f
  const n = Math.max(...rows.map((r) => r.length))
  const weight = Array.from({ length: n }, (_, c) => Math.max(2, ...rows.map((r) => Math.min(14, [...(r[c] ?? '')].length))))
  const total = weight.reduce((a, b) => a + b, 0)
  const widths = weight.map((w) => (W * w) / total)
  const st: Style = { font: f.lk.table.font, size: f.lk.table.size, lead: f.lk.table.lead, align: 'left', indent: 0 }
  const pad = 4
  f.y += 6
  rows.forEach((row, ri) => {
    const spans = row.slice(1).every((c) => !c.trim()) && n > 1 // a category row: one cell across
    const cells = spans ? [row[0]] : row
    const cw = spans ? [W] : widths
    const h = Math.max(...cells.map((c, i) => f.height(c, { ...st, width: cw[i] - 2 * pad }))) + 2 * pad
    if (f.y + h > f.bottom()) f.newPage()
    const top = f.y
    let x = M.left
    cells.forEach((c, i) => {
      f.y = top + pad
      const bold = ri === 0 ? { font: 'hei' } : {}
      f.para(c, { ...st, ...bold, width: cw[i] - 2 * pad, align: ri === 0 || (i === 0 && !spans) ? 'center' : 'left' }, 0, x + pad)
      x += cw[i]
    })
    if (f.draw) {
      pdf.lineWidth(0.6).rect(M.left, top, W, h).stroke()
      let cx = M.left
      if (!spans) for (const w of cw.slice(0, -1)) { cx += w; pdf.moveTo(cx, top).lineTo(cx, top + h).stroke() }
    }
    f.y = top + h
  })
  f.y += 8
}

const TITLE_LIKE = (t: string): boolean => [...t].length <= 40 && !/[。，；：:,;]/.test(t)

function documentBody(f: Flow, d: Doc, pdf: PDFKit.PDFDocument, marks: (label: string) => void): void {
  const { BODY } = f
  const SIZE = BODY.size
  const heads = f.lk.docHeads
  const bs = d.blocks
  let annexList = false
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i]
    const prev = bs[i - 1]
    if (b.kind === 'sign' || b.kind === 'date') {
      let j = i
      while (j < bs.length && (bs[j].kind === 'sign' || bs[j].kind === 'date')) j++
      closing(f, bs.slice(i, j), pdf)
      i = j - 1
    } else if (b.kind === 'table') {
      let j = i
      while (j < bs.length && bs[j].kind === 'table') j++
      table(f, bs.slice(i, j).map((r) => r.text.split('\t')), pdf)
      i = j - 1
    } else if (b.kind === 'recipients') f.para(b.text, { ...BODY, indent: 0 }, 4)
    else if (b.kind === 'atitle') {
      if (d.decree && !bs.slice(0, i).some((x) => x.kind === 'atitle')) { f.y += 24; marks(`doc${d.seq}reg`) }
      const first = prev?.kind !== 'atitle'
      f.para(b.text, { font: heads.font, size: d.decree ? heads.regulationSize : heads.atitleSize, lead: 8, align: 'center', indent: 0 }, first ? heads.atitleBefore : 0)
      if (bs[i + 1]?.kind !== 'atitle') f.y += 8
    } else if (b.kind === 'h') {
      annexList = /^附件[：:]\S/.test(b.text)
      if (annexList) f.para(b.text, BODY) // the 附件说明 before the signature
      else if (/^附件/.test(b.text)) f.para(b.text, { ...BODY, font: 'hei', indent: 0, align: 'left' }, 22)
      else if (/^第[一二三四五六七八九十百]+章/.test(b.text)) f.para(b.text, { ...BODY, font: 'hei', indent: 0, align: 'center' }, 8)
      else if (/^（/.test(b.text)) f.para(b.text, { ...BODY, font: 'kai' })
      else f.para(b.text, { ...BODY, font: 'hei' })
    } else if (b.kind === 'p' && annexList && /^\d+[.．]/.test(b.text)) f.para(b.text, { ...BODY, indent: 5 * SIZE, hang: 5 * SIZE })
    else if (b.kind === 'p' && TITLE_LIKE(b.text) && (prev?.kind === 'note' || (prev?.kind === 'h' && /^附件\d*[：:]?$/.test(prev.text)))) {
      // an attached plan's or list's own title
      f.para(b.text, { font: heads.font, size: heads.atitleSize, lead: 8, align: 'center', indent: 0 }, prev.kind === 'note' ? heads.planBefore : heads.planBeforeAnnex)
      f.y += 8
    } else if (b.kind === 'p' && d.decree && prev?.kind === 'atitle') f.para(b.text, { ...BODY, font: 'kai', indent: 2 * SIZE, hang: 0 }, 0)
    else {
      if (b.kind !== 'p') annexList = false
      f.para(b.text.replace(/\t/g, '　'), BODY)
    }
  }
}

function banner(f: Flow, heading: string, first: boolean): void {
  const bn = f.lk.banner
  const st: Style = bn.color === undefined ? centred(bn.face) : { ...centred(bn.face), color: bn.color }
  if (!first) { f.room(bn.room); f.y += bn.before }
  f.para(heading, st)
  f.y += 12
}

function body(f: Flow, spec: Spec, pdf: PDFKit.PDFDocument): { pages: Record<string, number>; sectionOf: string[] } {
  const pages: Record<string, number> = {}
  const sectionOf: string[] = []
  const mark = (label: string): void => { pages[label] = f.pages }
  f.newPage()
  spec.sections.forEach((sec, si) => {
    banner(f, sec.heading, si === 0)
    sec.docs.forEach((raw, di) => {
      const d = raw as Doc
      const head = titleLines(d).reduce((h, t) => h + f.height(t, titleStyle(f)), 0)
      if (di > 0) { f.room(head + f.lk.docRoom); if (f.y > f.M.top) f.y += f.lk.docGap }
      f.room(head + 120)
      mark(`doc${d.seq}`)
      titleBlock(f, d)
      documentBody(f, d, pdf, mark)
      while (sectionOf.length < f.pages) sectionOf.push(sec.name)
    })
  })
  return { pages, sectionOf }
}

interface Entry { title: string; number: string; label: string }
function tocEntries(d: Doc): Entry[] {
  if (d.decree) return [{ title: d.decree.header, number: d.decree.number, label: `doc${d.seq}` }, { title: d.title, number: '', label: `doc${d.seq}reg` }]
  const issuer = d.issuers.length > 1 ? `${d.issuers[0]}等${CN_COUNT[d.issuers.length]}部门` : d.issuers[0]
  return [{ title: issuer + d.title, number: d.docNumber ?? '', label: `doc${d.seq}` }]
}

/** The 目录: the title in its column (wrapping), the 文号 in a right column, the page mark flush right. */
function toc(f: Flow, spec: Spec, pages: Record<string, number>): void {
  const { M, W } = f
  const t = f.lk.toc
  const titleW = W * t.titleWidth
  const numX = M.left + W * t.numberX
  const numW = W * t.numberWidth
  const entry: Style = { font: 'song', size: t.entrySize, lead: 7, align: 'left', indent: 0, width: titleW }
  f.newPage()
  f.y = M.top + 10
  f.para(t.heading, { font: 'hei', size: t.headingSize, lead: 10, align: 'center', indent: 0 })
  f.para(t.issueLine(spec), { font: 'kai', size: t.issueSize, lead: 6, align: 'center', indent: 0 }, t.issueBefore)
  f.y += 16
  for (const sec of spec.sections) {
    f.room(70)
    f.para(sec.heading, { font: 'hei', size: t.sectionSize, lead: 8, align: 'center', indent: 0 }, t.sectionBefore)
    f.y += 4
    for (const e of sec.docs.flatMap((d) => tocEntries(d as Doc))) {
      f.room(f.height(e.title, entry) + 6)
      const top = f.y
      f.para(e.title, entry, 0, M.left + f.BODY.size)
      const end = f.y
      f.y = top
      if (e.number) f.para(e.number, { font: t.number.font, size: t.number.size, lead: t.number.lead, align: 'left', indent: 0, width: numW }, 0, numX)
      f.y = top
      f.para(t.pageMark(pages[e.label] ?? 0), { font: 'song', size: t.entrySize, lead: 7, align: 'right', indent: 0, width: W * 0.1 }, 0, M.left + W * 0.9)
      f.y = end + t.entryGap
    }
  }
}

function cover(pdf: PDFKit.PDFDocument, spec: Spec, lk: Look): void {
  const f = new Flow(pdf, lk)
  const { M, W } = f
  f.y = 150
  f.para(spec.gazette, { font: lk.cover.font, size: lk.cover.size, lead: 10, align: 'center', indent: 0, color: '#c00000' })
  f.y += 14
  f.rule(M.left, M.left + W, 2.5, '#c00000')
  f.y += 24
  f.para(`${spec.year}年第${spec.issueNo}期`, { font: 'song', size: 18, lead: 10, align: 'center', indent: 0 })
  f.para(`（总第${spec.totalNo}期）`, { font: 'song', size: 14, lead: 10, align: 'center', indent: 0 })
  const [y, m, d] = spec.published.split('-').map(Number)
  f.y = lk.cover.footY
  f.para(`${spec.gazette.replace(/公报$/, '办公室')}　主办`, { font: 'song', size: 13, lead: 10, align: 'center', indent: 0 })
  f.para(`${y}年${m}月${d}日出版`, { font: 'song', size: 13, lead: 10, align: 'center', indent: 0 })
}

/** The gazette in the head's outer corner, the 期 in its inner one (or the other way round), over a rule; the folio in a corner of the foot. */
function furniture(pdf: PDFKit.PDFDocument, spec: Spec, lk: Look, firstBody: number, total: number): void {
  const M = lk.margins
  const W = lk.page[0] - M.left - M.right
  const fu = lk.furniture
  for (let n = 1; n <= total; n++) {
    pdf.switchToPage(firstBody + n - 1)
    const odd = n % 2 === 1 // a right-hand page: outer = right, inner = left
    pdf.font(fu.head.font).fontSize(fu.head.size)
    const issue = `${spec.year}年第${spec.issueNo}期`
    const gw = pdf.widthOfString(spec.gazette)
    const iw = pdf.widthOfString(issue)
    const gazetteRight = odd !== (fu.issueOuter ?? false) // the gazette outer unless the look puts the 期 there
    pdf.text(spec.gazette, gazetteRight ? M.left + W - gw : M.left, fu.headY, { lineBreak: false })
    pdf.text(issue, gazetteRight ? M.left : M.left + W - iw, fu.headY, { lineBreak: false })
    pdf.moveTo(M.left, fu.ruleY).lineTo(M.left + W, fu.ruleY).lineWidth(fu.ruleWidth).stroke()
    const folio = fu.folio(n, total)
    pdf.font('song').fontSize(fu.folioSize)
    const right = odd === fu.folioOuter // on a right-hand page the outer corner is the right one
    pdf.text(folio, right ? M.left + W - pdf.widthOfString(folio) : M.left, lk.page[1] - fu.footY, { lineBreak: false })
  }
}

/** Renders spec.json (argv[2]) into out.pdf (argv[3]) in the given look. */
export function renderGazette(lk: Look): void {
  const [specFile, out] = process.argv.slice(2)
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Spec
  const pdf = new PDFDocument({ size: lk.page, margins: { top: 0, bottom: 0, left: 0, right: 0 }, bufferPages: true, autoFirstPage: true, info: { CreationDate: new Date(Date.UTC(2024, 0, 1)), Title: spec.gazette, Producer: 'pdfkit' } })
  pdf.pipe(createWriteStream(out))
  for (const [name, file] of Object.entries(FONTS)) pdf.registerFont(name, file)
  // measure: the body's pages (for the 目录's numbers' width nothing changes) and the 目录's page count
  const probe = new Flow(pdf, lk, false)
  const laid = body(probe, spec, pdf)
  const tocProbe = new Flow(pdf, lk, false)
  toc(tocProbe, spec, laid.pages)
  cover(pdf, spec, lk)
  for (let i = 0; i < tocProbe.pages; i++) pdf.addPage({ size: lk.page, margins: { top: 0, bottom: 0, left: 0, right: 0 } })
  const firstBody = pdf.bufferedPageRange().count
  const real = new Flow(pdf, lk)
  const { pages } = body(real, spec, pdf)
  // the 目录 on its reserved pages
  let tocPage = 1
  const tf = new Flow(pdf, lk, false)
  Object.assign(tf, { draw: true, newPage(): void { pdf.switchToPage(tocPage++); tf.pages++; tf.y = lk.margins.top } })
  toc(tf, spec, pages)
  furniture(pdf, spec, lk, firstBody, real.pages)
  pdf.end()
}
