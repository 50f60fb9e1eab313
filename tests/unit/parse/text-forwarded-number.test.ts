// A 转发 notice's forwarded document (tuning city-xe-one2-b5, -layout text): its title and its 文号
// centred at the page's foot, its addressees at the next page's head. The page break was rejoined
// there, the 文号 glued to the addressees as one paragraph.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

describe("a forwarded document's 文号 alone at a page's foot", () => {
  it('stays a block of its own over the page break', () => {
    const issue = parseIssue(readLayoutColumns(typesetText('city-xe-one2-b5', 'layout.txt')))
    const blocks = issue.documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))
    expect(blocks).toContain('国发〔1981〕88号')
    expect(blocks).toContain('各省、市、自治区人民政府，国务院有关部委、直属机构：')
  })
})
