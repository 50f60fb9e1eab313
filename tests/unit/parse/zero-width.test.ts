// Characters that print nothing (zero-width space, word joiner, soft hyphen, a BOM inside the
// text), as text copied from web pages carries them between characters. Real text: a typeset
// issue's plain text with one after every 〕 and before every 年, read through the importer's entry
// as a .txt file. Before the readers dropped them, the issue lost all 14 documents (no 文号 line,
// date or 目录 entry read).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { typesetFile } from '../../support/typeset-files'

async function readAsText(text: string) {
  const source = await readSource(new Uint8Array(Buffer.from(text, 'utf8')), '公报.txt')
  return parseIssue({ text: source.text, lines: source.lines })
}

describe('characters that print nothing', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['word joiner', '\u2060'],
    ['soft hyphen', '\u00ad'],
    ['BOM', '\ufeff'],
  ])('%s between characters: read as without them', async (_name, mark) => {
    const original = readFileSync(typesetFile('county-1col-heads', 'txt'), 'utf8')
    const marked = original.replaceAll('〕', `〕${mark}`).replaceAll('年', `${mark}年`)
    const fields = (issue: Awaited<ReturnType<typeof readAsText>>) =>
      issue.documents.map((d) => [d.docNumber, d.title, d.category, d.date, d.issuers.join('、'), d.blocks.length])
    const want = fields(await readAsText(original))
    expect(want).toHaveLength(14)
    expect(fields(await readAsText(marked))).toEqual(want)
  })
})
