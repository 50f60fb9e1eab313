// Provincial issues in two columns whose 目录 is lost: prov-sw-regpage.txt and prov-sw-regonly.txt
// (tests/fixtures/typeset/tuning) with their 目录's entries taken out (as scripts/toc-lost-rows.ts
// blanks them). A decree and its regulation: the regulation's title, set across page 2's
// head, is read into the columns, so the decree's document kept its own name ('漳岳省人民政府令') or a
// line of the regulation's 题注 ('2018年9月6日国务院第23次') as its title. With the 目录 the entry
// gave it; without, the decree's own text names it: '现将修订后的《专利代理条例》公布'.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

/** The fixture's text with its 目录 page's entries blanked, its heading kept: the entries lost. */
function withTocLost(layout: string): string {
  const text = readFileSync(path.resolve(__dirname, `../../fixtures/typeset/tuning/${layout}/${layout}.txt`), 'utf8')
  const pages = text.split('\f')
  const at = pages.findIndex((p) => p.startsWith('目\n'))
  pages[at] = '目　录\n'
  return pages.join('\f')
}

describe('a decree and its regulation, the 目录 lost', () => {
  it.each(['prov-sw-regpage', 'prov-sw-regonly'])('%s: titled by the regulation its text promulgates', (layout) => {
    const issue = parseIssue(withTocLost(layout))
    expect(issue.toc).toEqual([])
    expect(issue.documents[0].title).toBe('专利代理条例')
  })
})

describe('a joint title of four units cut at the page\'s foot, the 目录 lost (prov-sw-regonly.txt 1231–1237)', () => {
  // The title's three first lines (the units run together, then 关于…) were read into the other
  // column's list; only its tail '大样本轮换工作的通知' stood over the 文号. Its units signed it, so
  // its issuers were right and the head was not looked for; with the 目录, the entry gave the title.
  it('takes the head its page prints, the signature\'s four units kept', () => {
    const doc = parseIssue(withTocLost('prov-sw-regonly')).documents.find((d) => d.docNumber === '沅财发〔2022〕5号')
    expect(doc?.title).toBe('关于认真做好住户调查大样本轮换工作的通知')
    expect(doc?.issuers).toEqual(['沅岭省财政厅', '沅岭省发展和改革委员会', '沅岭省人力资源和社会保障厅', '沅岭省住房和城乡建设厅'])
  })
})
