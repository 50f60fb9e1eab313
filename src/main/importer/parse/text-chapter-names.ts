// A regulation's chapter heading ('第四章　法律责任') stands centred on a row of its own, its label
// and name a wide gap apart, a short name letter-spaced ('附　　则'). pdftotext writes the label
// and the name as blocks of their own, and in two columns written line by line the name may come
// some lines before or after its label, past the other column's lines ('法律责任' / … / '第四章';
// '第五章' / … / '附' / '' / '则'), or the label with the name's first character and the rest a
// few lines on ('第一章 总' / '第一条' / '' / '则'). The name is the nearest block on the page that
// a chapter's name can be: a few hanzi alone, opening their block, or letter-spaced one to a line.
import { compact, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import { docTypeOf } from './doc-type'
import { isClosingNote } from './starts-after-close'

/** A chapter's label alone ('第四章'). */
export const CHAPTER_LABEL = /^第[一二三四五六七八九十百零〇\d]+章$/
/** A chapter's label with its letter-spaced name's first character only ('第一章 总'). */
const CHAPTER_BEGUN = /^第[一二三四五六七八九十百零〇\d]+章[\u4e00-\u9fff]$/
/** A label's line, paired already ('第二章　总则'): no name. */
const LABELLED = /^第[一二三四五六七八九十百零〇\d]+[章节条]/
/** Lines (not blank) looked at on each side of the label. */
const WINDOW = 16
/** A name right under its label: hanzi alone ('专利代理机构和专利代理师'; '会议制度', though it ends as a 文种 does). */
const NAME_UNDER = /^[\u4e00-\u9fff]{2,16}$/
/**
 * A name further off: two to ten hanzi, not a title's last line (ending in a 文种: '…的通知'), a
 * unit's name (a signature) or a date; a longer line of hanzi alone is as likely a cut title's.
 */
const nameAmong = (c: string): boolean => /^[\u4e00-\u9fff]{2,10}$/.test(c) && !LABELLED.test(c) && docTypeOf(c) === null && !isIssuerText(c) && parseDateLine(c) === null
const single = (lines: readonly SourceLine[], k: number): boolean => k >= 0 && k < lines.length && /^[\u4e00-\u9fff]$/.test(compact(lines[k].text))
/** Line `k` opens its block: a blank line (or the page's edge) above it. */
const opensBlock = (lines: readonly SourceLine[], k: number): boolean => k === 0 || isBlank(lines[k - 1].text) || lines[k - 1].no === lines[k].no

/**
 * The letter-spaced name starting at line `k`: its characters one to a line, a blank line
 * between at most ('附' / '' / '则'). Empty when `k` is no first character (another above it).
 */
function spacedAt(lines: readonly SourceLine[], k: number): number[] {
  if (!single(lines, k) || !(opensBlock(lines, k) || isBlank(lines[k + 1]?.text ?? '')) || single(lines, k - 1) || single(lines, k - 2)) return []
  const out = [k]
  for (let n = k + 1; n < lines.length && out.length < 4; n++) {
    if (single(lines, n)) out.push(n)
    else if (!isBlank(lines[n].text) || !single(lines, n + 1)) break
  }
  return out
}

/**
 * The lines of the name of the chapter labelled at `label`; null when none is in reach on its page.
 * A name letter-spaced one character to a line is looked for first (nothing else stands so), the
 * nearest on either side; then, the label alone, its name's first character under it (its rest
 * written elsewhere: finishBegunChapters); then the nearest few hanzi alone that open their block,
 * the first text under the label (no other label between) as long as a heading's line.
 */
export function chapterNameNear(lines: readonly SourceLine[], label: number, isLabel: (i: number) => boolean): number[] | null {
  const begun = CHAPTER_BEGUN.test(compact(lines[label].text))
  const [after, before] = ([1, -1] as const).map((step) => candidates(lines, label, step, isLabel))
  const nearest = (test: (k: number) => number[] | null): number[] | null => {
    for (let d = 0; d < WINDOW; d++) {
      for (const side of [after, before]) {
        const name = side[d] === undefined ? null : test(side[d])
        if (name) return name
      }
    }
    return null
  }
  // A name printed right under its label, the first text under it, is the label's. A document's
  // closing there (its 附注, its date) ends the document: the label is none of a chapter read here.
  const first = after[0]
  if (first !== undefined && (isClosingNote(lines[first].text) || parseDateLine(lines[first].text) !== null)) return null
  const underName = first !== undefined && !begun && opensBlock(lines, first) && !lines.slice(label + 1, first).some((_, n) => isLabel(label + 1 + n))
  if (underName && NAME_UNDER.test(compact(lines[first].text))) return [first]
  const spaced = nearest((k) => {
    const name = spacedAt(lines, k)
    // A begun name's rest may be one character ('则'); a whole name spaced out is two at least.
    return name.length >= (begun ? 1 : 2) ? name : null
  })
  if (spaced || begun) return spaced
  if (after.length && spacedAt(lines, after[0]).length === 1) return [after[0]]
  return nearest((k) => (opensBlock(lines, k) && nameAmong(compact(lines[k].text)) ? [k] : null))
}

/** The text lines on the label's page from it stepping `step`, labels passed, WINDOW at most. */
function candidates(lines: readonly SourceLine[], label: number, step: 1 | -1, isLabel: (i: number) => boolean): number[] {
  const out: number[] = []
  for (let k = label + step; k >= 0 && k < lines.length && out.length < WINDOW; k += step) {
    // A page break is two places of one line number (text-pages.ts).
    if (lines[k].no === lines[k - step]?.no) break
    // Past another chapter's label the names are as near to it ('第四章' / '第一章' / '总' / … / '则').
    if (isLabel(k) && CHAPTER_LABEL.test(compact(lines[k].text))) break
    if (!isBlank(lines[k].text) && !isLabel(k)) out.push(k)
  }
  return out
}

/**
 * Each chapter label begun with its name's first character ('第一章 总') given the rest of its
 * letter-spaced name from nearby ('第一章　总则'); the rest's lines go blank.
 */
export function finishBegunChapters(out: SourceLine[], from: number, isLabel: (i: number) => boolean): void {
  for (let i = from; i < out.length; i++) {
    const c = compact(out[i].text)
    if (!CHAPTER_BEGUN.test(c)) continue
    const rest = chapterNameNear(out, i, isLabel)
    if (!rest) continue
    out[i] = { ...out[i], text: `${c.slice(0, -1)}\u3000${c.slice(-1)}${rest.map((n) => compact(out[n].text)).join('')}` }
    for (const n of rest) out[n] = { no: out[n].no, text: '' }
  }
}
