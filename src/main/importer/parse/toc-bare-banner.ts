// A 栏目 printed bare ('部门文件', no 【】 or 一、) names it twice in the body: on its banner over the
// first title under it, and in the running head over the gazette's name on its pages
// ('部门文件' / '澧水省人民政府公报'). The head may name a page's last 栏目, as LaTeX's marks do, on a
// page whose first documents stand under the one before: the banner, not the head, says where the
// 栏目 starts.

/** Lines after a bare name looked at for the gazette's name under it (blank ones between). */
const HEAD_REACH = 2
/** Pages a running head's line is printed on at least. */
const HEAD_PAGES = 3

/**
 * Where the body first prints the 栏目's bare name as a banner: on a line of its own that has no
 * running head's line under it (the gazette's name, which the body prints on its pages again and
 * again; a banner at a column's foot may have the page's folio under it); -1 when none.
 */
export function bareBanner(name: string, bodyLines: string[]): number {
  const times = new Map<string, number>()
  for (const l of bodyLines) if (l.length > 0) times.set(l, (times.get(l) ?? 0) + 1)
  let at = 0
  for (let k = 0; k < bodyLines.length; at += bodyLines[k].length, k++) {
    if (bodyLines[k] !== name) continue
    let n = k + 1
    while (n < bodyLines.length && n <= k + HEAD_REACH && bodyLines[n].length === 0) n++
    if (n >= bodyLines.length || (times.get(bodyLines[n]) ?? 0) < HEAD_PAGES) return at
  }
  return -1
}
