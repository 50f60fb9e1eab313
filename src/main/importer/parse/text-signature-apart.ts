// A 令's signature that pdftotext wrote apart on a page in two columns: the office alone on its
// line ('省长'), then lines of the other column ('专利代理机构和专利代理师' / '第七条' / …), then
// the holder's name ('韩立钧') and the date under it. A person sees one row, 'office　name', over
// the date; read line by line, the office and the name stand apart and neither reads as a signature.
// Adjacent ('省长' / '' / '林致远'), they are joined here too: the columns' reading may yet part them
// (the name read into the other column), and text-breaks.ts namesHolder joins them only where they meet.
import { parseDateLine } from './dates'
import { compact, endsSentence, nextNonBlank, prevNonBlank, type SourceLine } from './lines'
import { isName, OFFICE } from './text-breaks'

/** Lines (not blank) after the office its holder's name may stand: the other column's rows beside it. */
const NAME_WINDOW = 6
/** Lines (not blank) after the name its date may stand: a row of the other column between. */
const DATE_WINDOW = 2
/** A label or a heading's number, a name's shape too ('第二章'), is no holder's name. */
const NUMBERED = /^第[一二三四五六七八九十百零〇\d]+[章节条款]$/

const holderName = (text: string): boolean => isName(text) && !NUMBERED.test(compact(text))

/**
 * Each office alone on its line under a sentence's end (the 令's text) joined with the first name
 * alone within NAME_WINDOW lines (the next line, or past the other column's) that has a date within
 * DATE_WINDOW lines under it and no date before it: 'office　name' where the office stood, the
 * name's line blank (line indexes stay). Plain text only (lines without layout).
 */
export function pairOfficeNames(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  for (let i = from; i < out.length; i++) {
    if (!OFFICE.test(compact(out[i].text))) continue
    const before = prevNonBlank(out, i - 1, from)
    const first = nextNonBlank(out, i + 1)
    if (before < 0 || !endsSentence(out[before].text) || first < 0) continue
    for (let k = first, seen = 0; k >= 0 && seen < NAME_WINDOW; k = nextNonBlank(out, k + 1), seen++) {
      if (parseDateLine(out[k].text) !== null) break
      if (!holderName(out[k].text)) continue
      let dated = false
      for (let d = nextNonBlank(out, k + 1), n = 0; d >= 0 && n < DATE_WINDOW && !dated; d = nextNonBlank(out, d + 1), n++) dated = parseDateLine(out[d].text) !== null
      if (!dated) continue
      out[i] = { ...out[i], text: `${compact(out[i].text)}\u3000${compact(out[k].text)}` }
      out[k] = { no: out[k].no, text: '' }
      break
    }
  }
  return out
}
