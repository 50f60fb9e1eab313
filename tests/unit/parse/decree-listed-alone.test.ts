// A decree listed alone in the 目录 ('澧源市人民政府令（第 6 号）', not its regulation), the entries
// after it two 任免 printed without 文号, from the tuning probe city-xe-toc2dec-c: the entry under
// the decree's is no regulation (its title is closed by a 文种, '…的通知'), so the body is split at
// its title; before, the first 任免 was read into the decree's document.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { parserText } from '../../support/perturb'

const base = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'city-xe-toc2dec-c', 'city-xe-toc2dec-c')

describe('a decree listed alone, a 任免 without 文号 listed under it (city-xe-toc2dec-c)', () => {
  for (const ext of ['txt', 'layout.txt']) {
    it(`splits the 任免 off the decree (${ext})`, () => {
      const docs = parseIssue(parserText(readFileSync(`${base}.${ext}`, 'utf8'))).documents
      expect(docs.map((d) => [d.docNumber, d.title])).toEqual([
        // txt: the regulation's title not read, the decree's text names it ('现将修订后的《专利代理条例》公布').
        ['澧源市人民政府令 第6号', '专利代理条例'],
        [null, '关于调整兴县小水网工程建设领导小组的通知'],
        [null, '关于成立兴县培育乡村e镇工作领导小组的通知'],
        ['国发〔2018〕42号', '关于加快推进农业机械化和农机装备产业转型升级的指导意见'],
        ['兴政办发〔2022〕11号', '关于印发2022年兴县冬季清洁取暖工作方案的通知'],
      ])
    })
  }
})
