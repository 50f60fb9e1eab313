// A 栏目 name printed bare in a 目录 (no brackets, no numbering: '国务院办公厅文件', '人事任免'), as many
// provincial gazettes print them over each 栏目's entries. Read as pieces (toc-fragments), a bare name is
// a heading when it is a 栏目's usual name and the body prints it again on a line of its own (its
// banner, or the running head of its pages): a title's last line ('范性文件') the body never sets alone.
import { compact } from './lines'
import { isIssuerText } from './header'
import { SECTION, isMarkedHeading, isSectionShape, sectionName } from './sections'

/**
 * The heading test for a 目录's pieces: `marked` (a bracketed or numbered heading), or a bare 栏目
 * name `repeated` (standaloneNames, counted from the 目录 on) shows standing at least twice.
 */
export function withBareHeadings(marked: (text: string) => string | null, repeated: ReadonlyMap<string, number>): (text: string) => string | null {
  return (text) => {
    const name = marked(text)
    if (name !== null) return name
    const c = compact(text)
    if (isMarkedHeading(text) || !isSectionShape(c) || isIssuerText(c) || !SECTION.test(c)) return null
    return (repeated.get(sectionName(c)) ?? 0) >= 2 ? sectionName(c) : null
  }
}
