// prov3-bare.txt (tests/fixtures/typeset/tuning) 3259–3268: the 栏目 banner '人事任免' over a 任免
// notice is read onto the title's first line with the list beside it ('人事任免　　国务院办公厅关于调整
// 国务院第二次全'): its issuer read '人事任免国务院办公厅'. A 栏目's name starts no unit's name.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readHeader } from '../../../src/main/importer/parse/header'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

describe('a 栏目 banner read onto a title\'s first line', () => {
  it('is no part of the issuer', () => {
    const h = readHeader(['人事任免\u3000\u3000国务院办公厅关于调整国务院第二次全', '国污染源普查领导小组组成人员的通知'], true)
    expect(h.issuers).toEqual(['国务院办公厅'])
    expect(h.title).toBe('关于调整国务院第二次全国污染源普查领导小组组成人员的通知')
  })

  it('leaves a unit set apart from its title as an issuer', () => {
    expect(readHeader(['国务院办公厅\u3000\u3000关于调整领导小组组成人员的通知'], true).issuers).toEqual(['国务院办公厅'])
  })

  it('gives the prov3-bare 任免 notice its issuer', () => {
    const file = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov3-bare/prov3-bare.txt')
    const doc = parseIssue(readFileSync(file, 'utf8')).documents.find((d) => d.title.includes('污染源普查领导小组'))
    expect(doc?.issuers).toEqual(['国务院办公厅'])
  })
})

describe('a decree\'s name and number on one line (prov-sw-oneline)', () => {
  it('is no banner: the 令 stays the title the decree\'s issuer is read from', () => {
    expect(readHeader(['湄川省人民政府令\u3000第320号'], true).title).toBe('湄川省人民政府令第320号')
  })
})
