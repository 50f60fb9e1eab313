// The 文号 lines of a 目录 that prints each 文号 under its title, paired with the titles' last lines
// (toc-piece-joins): two titles may end with the same words ('…有关问题的复函'), or one with a
// 文种's tail alone ('函'), and the body prints those words by both 文号. The whole title tells
// them apart: the body prints each title with its own 文号.
import { docNumberOfLine } from './header'
import { nextTo, searchable, type Piece } from './toc-piece-joins'

/** The chain's title (every piece but its last) and its 文号, when it ends with a 文号 on a line of its own. */
function numbered(chain: Piece[]): { title: string; number: string } | null {
  if (chain.length < 2) return null
  const own = docNumberOfLine(chain[chain.length - 1].text)
  return own ? { title: searchable(chain.slice(0, -1).map((p) => p.text).join('')), number: searchable(own.docNumber) } : null
}

/**
 * Two entries whose whole titles the body prints by each other's 文号 and not by their own swap
 * their 文号 lines (with the page each line took). In place.
 */
export function swapNumbers(chains: Piece[][], body: string): void {
  const fits = (title: string, number: string): boolean => nextTo(title, number, body)
  for (let a = 0; a < chains.length; a++) {
    for (let b = a + 1; b < chains.length; b++) {
      const x = numbered(chains[a])
      const y = numbered(chains[b])
      if (!x || !y || fits(x.title, x.number) || fits(y.title, y.number)) continue
      if (!fits(x.title, y.number) || !fits(y.title, x.number)) continue
      const [p, q] = [chains[a].pop()!, chains[b].pop()!]
      chains[a].push(q)
      chains[b].push(p)
    }
  }
}
