// A closing read amid text that runs on past it (closing-doubts.ts): on prov-xe-toc2col's genre
// (pdftotext's default text) two documents' columns woven line by line give one document the
// other's date, and one document the other's public 附注, with nothing else amiss in the one that
// took it. Both must be doubtful; a closing under its own issuer's signature, read late, is not.
// (prov-xe-toc2col's page 4, where 国函〔2006〕38号 took 132号's date between its attachment's 二、
// and 三、 under 葛志荣 of the name list beside it, now reads right: text-title-number-joins.test.ts;
// its lines stand in the blocks below.)
import { describe, expect, it } from 'vitest'
import type { Block, ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { numberingAcrossDate, publicBeforeDate } from '../../../src/main/importer/parse/closing-doubts'
import { typesetText } from '../../support/typeset-files'

const codes = (d: ParsedDocument | undefined): string[] => (d?.reasons ?? []).map((r) => r.code)
const byNumber = (docs: ParsedDocument[], n: string): ParsedDocument | undefined => docs.find((d) => d.docNumber === n)
const p = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text })
const doc = (blocks: Block[], date: string, pub = false): ParsedDocument => ({ title: '关于某事的批复', docType: '批复', issuers: ['国务院'], blocks, date, public: pub }) as unknown as ParsedDocument

describe('NUMBERING_ACROSS_DATE: the parts run on across the date taken', () => {
  it('leaves an attachment that numbers its own parts from 一、 alone', () => {
    const body = [p('民航总局：'), p('一、同意组建协调委员会。', 'heading1'), p('二、协调委员会不刻制印章。', 'heading1'), p('国务院', 'signature'), p('二〇〇六年五月二十三日', 'date')]
    const after = [p('附件：', 'attachmentHeading'), p('协调委员会组建方案', 'title'), p('一、主要职能', 'heading1'), p('二、组成人员', 'heading1')]
    expect(numberingAcrossDate(doc([...body, ...after], '2006-05-23'))).toBe(false)
    // 三、 after the date, with no 附件 between: under its own issuer's signature the date is this
    // document's, its last part read late (prov-xe-toc2col's 国发〔2018〕38号 and its 五、)…
    const parts = [p('民航总局副局长', 'title'), p('三、工作规则', 'heading1')]
    expect(numberingAcrossDate(doc([...body, ...parts], '2006-05-23'))).toBe(false)
    // …under a name of the name list beside it (the issuer's signature read elsewhere), it stands amid the parts.
    const named = body.map((b) => (b.kind === 'signature' ? p('葛志荣', 'signature') : b))
    expect(numberingAcrossDate(doc([...named, ...parts], '2006-05-23'))).toBe(true)
    expect(numberingAcrossDate(doc([...body.filter((b) => b.kind !== 'signature'), ...parts], '2006-05-23'))).toBe(true)
    // A date taken from elsewhere (another date line) is not this one.
    expect(numberingAcrossDate(doc([...named, ...parts], '2006-12-30'))).toBe(false)
  })
})

describe('PUBLIC_BEFORE_DATE: a public 附注 before the date, an attachment after it', () => {
  it('gives the 批复 whose tail opens the 1981 通知 its 附注 back, and doubts both (prov-xe-toc2col-b)', () => {
    // 国函〔2018〕144号's attachment rest, its （此件公开发布） and 附件 read under 国发〔1981〕88号's
    // title; 88号 (printed without a 附注) is closed by its own date at the end. The 附件 is the
    // one 144号's 附件： line names (stray-public.ts).
    const docs = parseIssue(typesetText('prov-xe-toc2col-b')).documents
    const took = byNumber(docs, '国发〔1981〕88号')
    const lost = byNumber(docs, '国函〔2018〕144号')
    expect(took?.public).toBe(false)
    expect(codes(took)).toContain('PUBLIC_GIVEN')
    expect(isDoubtful(took?.confidence ?? 1)).toBe(true)
    expect(lost?.public).toBe(true)
    expect(codes(lost)).toContain('PUBLIC_FROM_NEXT')
    expect(isDoubtful(lost?.confidence ?? 1)).toBe(true)
  })

  it('leaves a body that opens with its own 主送机关, its closing read after the attachment (prov-2col-song)', () => {
    const all = parseIssue(typesetText('prov-2col-song')).documents.flatMap(codes)
    expect(all).not.toContain('PUBLIC_BEFORE_DATE')
    const blocks = [p('联席会议办公室设在教育部。'), p('（此件公开发布）', 'note'), p('附件', 'attachmentHeading'), p('联席会议制度', 'title'), p('为了促进棉、糖生产发展。'), p('国务院', 'signature'), p('一九八一年五月二十三日', 'date')]
    expect(publicBeforeDate(doc(blocks, '1981-05-23', true))).toBe(true)
    expect(publicBeforeDate(doc([p('各省、市、自治区人民政府：'), ...blocks], '1981-05-23', true))).toBe(false)
  })
})
