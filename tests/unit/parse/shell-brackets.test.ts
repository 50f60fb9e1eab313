// A 文号 written with ﹝﹞, the small forms of 〔〕 that some input methods type (国办发﹝2019﹞5号).
// Real texts: two of our typeset issues' plain text with every 〔〕 written ﹝﹞ (the text a web
// page or a Word file keeping them gives), read through the importer's entry as a .txt file.
// Before the readers folded ﹝﹞, the one-column issue lost all 14 documents (each 文号 line
// unseen, the 目录 matching nothing) and the two-column one a date and a public mark.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { normalizeDocNumber } from '../../../src/shared/doc-number'
import { typesetFile, typesetTruth } from '../../support/typeset-files'

async function readAsText(text: string) {
  const source = await readSource(new Uint8Array(Buffer.from(text, 'utf8')), '公报.txt')
  return parseIssue({ text: source.text, lines: source.lines })
}

describe('文号 written with ﹝﹞', () => {
  it.each(['county-1col-heads', 'county-docx-2col-b'])('%s: read as with 〔〕', async (name) => {
    const original = readFileSync(typesetFile(name, 'txt'), 'utf8')
    const small = original.replaceAll('〔', '\ufe5d').replaceAll('〕', '\ufe5e')
    expect(small).not.toBe(original)
    const fields = (issue: Awaited<ReturnType<typeof readAsText>>) =>
      issue.documents.map((d) => [d.docNumber, d.title, d.category, d.date, d.issuers.join('、')])
    const got = await readAsText(small)
    expect(fields(got)).toEqual(fields(await readAsText(original)))
    expect(got.documents.map((d) => d.docNumber)).toEqual(
      typesetTruth(name).map((d) => d.docNumber && normalizeDocNumber(d.docNumber)),
    )
  })
})
