// How a gazette's name is shown and kept when the issue names it nowhere (no cover, no running
// head naming it: importer/parse/unnamed-issue.ts reads it with an empty name). The archive keeps
// such an issue under a gazette of its own, named by the file it came from:
//   （未写明公报名称）「无封面.txt」
// so it is one real name everywhere (the navigation, the address, the search filters, the SQL,
// the labels, the exports); two nameless issues of one year and 期 from two files stay apart; and
// 更正名称 gives it its real name, joining that gazette when the archive holds it.
export const UNNAMED_GAZETTE = '（未写明公报名称）'

/** How long a file's name may be in the gazette's name (the name itself is held to 200). */
const FILE_PART = 60

/** The gazette a nameless issue from `fileName` is kept under. */
export function namelessGazette(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() || '未知文件'
  const part = base.length > FILE_PART ? `${base.slice(0, FILE_PART - 1)}…` : base
  return `${UNNAMED_GAZETTE}「${part}」`
}

/** A gazette no issue names: the parse's empty name, or the archive's name for it by file. */
export function isNameless(name: string): boolean {
  return name === '' || name.startsWith(UNNAMED_GAZETTE)
}

/** The name as people read it: the parse's empty name as （未写明公报名称）. */
export function gazetteShown(name: string): string {
  return name === '' ? UNNAMED_GAZETTE : name
}

/** The name an issue is kept under: its own, or, named nowhere, its file's. */
export function gazetteKept(name: string, fileName: string): string {
  return name === '' ? namelessGazette(fileName) : name
}
