// Two titles that share most of their words ('国务院办公厅转发国家地震局关于我国地震重点监视防御区
// 的确定和加强防震减灾工作意见报告的通知', '…关于 1997 年地震趋势和加强防震减灾工作意见报告的通知'):
// the pieces reader places a title where the body first prints most of its words, and the second's
// shared words are first printed at the first's title, which puts it out of its page's order. Placed
// again by the words no other title in the 目录 has, the entries may keep their pages' order after all.
import type { TocEntry } from '../../../shared/domain'
import { middleOf, searchable, windowPlaces } from './toc-piece-joins'

/** The entries' pages go on in the order the body prints their titles (none printed back). */
export function pagesAscend(found: readonly { entry: TocEntry }[]): boolean {
  return found.every((f, k) => k === 0 || (f.entry.page ?? 0) >= (found[k - 1].entry.page ?? 0))
}

/**
 * The entries placed again where the body first prints the words of their title no other entry's
 * title holds (the middle of those places; the place they had where there are none), sorted by it,
 * then put in order again by `reorder` (those of one page as the 目录 prints them). In place.
 */
export function placeByOwnWords<F extends { entry: TocEntry; at: number }>(found: F[], body: string, reorder: (found: F[]) => void): F[] {
  const titles = found.map((f) => searchable(f.entry.title))
  found.forEach((f, k) => {
    const own = (w: string): number => (titles.some((t, j) => j !== k && t.includes(w)) ? -1 : body.indexOf(w))
    const at = middleOf(windowPlaces(f.entry.title, own), 1)
    if (at >= 0) f.at = at
  })
  found.sort((a, b) => a.at - b.at)
  reorder(found)
  return found
}
