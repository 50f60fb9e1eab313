// Where the body prints a 栏目's band set letter-spaced inside brackets ('【 国 务 院 办 公 厅 文 件 】'),
// which pdftotext's default text writes a character or a few to a line, the page's running head
// ('2019 年第 24 期') written between them where the band stands at a page's top:
// '【 国 务 院' / '2019 年第 24 期' / '办' / '公' / '厅' / '文' / '件' / '】'.

/** A line of a band's pieces: single hanzi a space apart, with the band's opening or closing bracket. */
const BAND_PIECE = /^【?\s*(?:[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])*)?\s*】?$/
/** Lines a band's pieces run over at most (the running head's between). */
const BAND_LINES = 16

/**
 * Where (characters into the body, `bodyLines` joined) the band spelling `name` opens, or -1: a
 * line opening with '【' and the band's first letters, the next lines its letters (the page's
 * furniture passed over) until its '】'.
 */
export function bracketedBand(name: string, bodyLines: string[], rawLines: string[], furniture: (text: string) => boolean): number {
  let at = 0
  for (let k = 0; k < rawLines.length; at += bodyLines[k].length, k++) {
    const first = rawLines[k].trim()
    if (!first.startsWith('【') || !BAND_PIECE.test(first) || /】$/.test(first)) continue
    let spelled = ''
    for (let n = k; n < rawLines.length && n < k + BAND_LINES; n++) {
      const t = rawLines[n].trim()
      if (t === '' || (n > k && furniture(rawLines[n]))) continue
      if (!BAND_PIECE.test(t)) break
      spelled += t.replace(/[【】\s]/g, '')
      if (!name.startsWith(spelled)) break
      if (t.endsWith('】')) {
        if (spelled === name) return at
        break
      }
    }
  }
  return -1
}
