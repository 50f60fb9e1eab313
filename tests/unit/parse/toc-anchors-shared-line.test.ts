// A reply's head set with its 文号 over its title (prov-xe-unbal-b page 23): '国办函〔2006〕69 号' /
// '国务院办公厅对十届全国人大四次会议第' / '7264 号建议的答复'. Three replies' titles open with that
// same first line, so it tells no one title apart; yet it is a line of the 69号's own title, and a
// 文号 beside it is beside its own title. Read as no word at all, the page's two streams parted the
// 69号 and the 82号 from their titles and gave their paragraphs to the documents beside them.
import { describe, expect, it } from 'vitest'
import { anchorJoin, tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText as text, typesetTruth } from '../../support/typeset-files'

const anchors = tocAnchors([
  { category: '国务院办公厅函件', title: '国务院办公厅对十届全国人大四次会议第7240号建议的答复', docNumber: '国办函〔2006〕71号', page: 23 },
  { category: '国务院办公厅函件', title: '国务院办公厅对十届全国人大四次会议第7264号建议的答复', docNumber: '国办函〔2006〕69号', page: 23 },
  { category: '国务院办公厅函件', title: '国务院办公厅对全国政协十届四次会议第4626号提案的答复', docNumber: '国办函〔2006〕82号', page: 23 },
  { category: '国务院办公厅函件', title: '国务院办公厅对十届全国人大四次会议第2996号建议的答复', docNumber: '国办函〔2006〕70号', page: 23 },
])

describe('a 文号 beside a line its own title shares with other titles', () => {
  it('reads the 文号 over its title’s shared first line as beside its own title', () => {
    expect(anchorJoin(anchors, '国办函〔2006〕69 号', '国务院办公厅对十届全国人大四次会议第')).toBeLessThan(0)
    expect(anchorJoin(anchors, '国务院办公厅对十届全国人大四次会议第', '国办函〔2006〕69 号')).toBeLessThan(0)
  })

  it('still reads a 文号 beside only another document’s title line as parted from its own', () => {
    expect(anchorJoin(anchors, '国办函〔2006〕69 号', '国务院办公厅对全国政协十届四次会议第')).toBeGreaterThan(0)
    // A short piece ('的答复') or an issuer's name says nothing.
    expect(anchorJoin(anchors, '国办函〔2006〕69 号', '号建议的答复')).toBe(0)
    expect(anchorJoin(anchors, '国办函〔2006〕69 号', '国务院办公厅')).toBe(0)
  })

  it('gives the 69号 and the 82号 their own paragraphs (prov-xe-unbal-b)', () => {
    const issue = parseIssue(text('prov-xe-unbal-b'))
    for (const [num, opening] of [['国办函〔2006〕69号', '博客是一项新兴的互联网应用'], ['国办函〔2006〕82号', '信访是保证民意畅通的一个重要渠道']]) {
      const truth = typesetTruth('prov-xe-unbal-b').find((d) => d.docNumber === num)
      const para = truth?.paragraphs.find((p) => p.startsWith(opening))
      const blocks = issue.documents.find((d) => d.docNumber === num)?.blocks.map((b) => flat(b.text))
      expect(para).toBeDefined()
      expect(blocks).toContain(flat(para ?? ''))
    }
  })
})
