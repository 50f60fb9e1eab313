// A bracketed note that closes the sentence on a paragraph's last line, which pdftotext wrote as a
// line of its own (set after a wide gap, or in another face): the rest of the line above it.
import { BRACKET_NOTE, PARA_LABEL } from './lines'
import { marksPublic } from './public-note'
import { FULL_WITHIN } from './text-widths'

/**
 * A note naming the units that answer for what the sentence before it asks: '（…等负责）', '（…牵头，…
 * 配合）', '（…指导）', or under a label ('（负责部门：海关总署）').
 */
const RESPONSIBLE = /(负责|牵头|指导|配合)[）)]$|^[（(][\u4e00-\u9fff]{2,6}[:：]/

/**
 * Whether the note `t` goes on the line `joined` (its pieces `width` wide together, `room` the
 * most a cut line's pieces may add up to) after its full stop ('…方向发展。' / '（体育总局、市场监管总局
 * 负责）'): together the two fill the column; a note set on a line of its own ('（此件公开发布）'
 * under a date) leaves the line above it short. A note naming who is responsible ('用。' /
 * '（农业农村部、工业和信息化部等负责）') closes the paragraph's last line wherever that stops: no
 * paragraph is such a note alone.
 */
export function closesWithNote(joined: string, t: string, width: number, full: number, room: number): boolean {
  // A public 附注 closes no sentence: it stands under the closing, on a line of its own.
  if (!/[。；]$/.test(joined) || !BRACKET_NOTE.test(t) || PARA_LABEL.test(t) || marksPublic(t)) return false
  return (width >= full - FULL_WITHIN || RESPONSIBLE.test(t)) && width <= room
}
