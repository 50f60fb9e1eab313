// Two 目录 entries of city-xe-one-16k (its -layout text, the 目录's right column read apart): a unit
// forwarding two of one issuer's texts opens both entries with the same line, cut inside the
// issuer's name ('浉川市人民政府办公室转发国务院办' / '公厅关于…'). Standing twice, the line was read
// as a 栏目 and the entries titled '公厅关于…' (issuer 公厅). And the issue's last entry, its title
// filling the line, has no leaders: the page follows its 文种 ('…实施方案的通知38').
import { describe, expect, it } from 'vitest'
import { cutInIssuer } from '../../../src/main/importer/parse/toc-word'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const toc = [
  '浉川市人民政府公报',
  '2022年第6期（总第161期）',
  '\f目　录',
  '【市政府办公室转发文件】',
  '浉川市人民政府办公室转发国务院办',
  '  公厅关于全面推行行政执法公示制度的通知 . . . . . . . . 2',
  '  （浉政办发〔2022〕14 号）',
  '浉川市人民政府办公室转发国务院办',
  '  公厅关于对真抓实干成效明显地方的通知 . . . . . . . . 3',
  '  （浉政办发〔2022〕17 号）',
  '【县（市、区）文件】',
  '兴县人民政府办公室关于印发兴县培',
  '  育乡村 e 镇工作实施方案的通知38',
  '  （兴政办发〔2022〕8 号）',
]
const body = (title: string, no: string): string[] => [title, `（${no}）`, '各县（市、区）人民政府：', '　　现将有关事项通知如下，请认真贯彻执行。', '二〇二二年五月十二日']
const text = [
  ...toc,
  '\f【市政府办公室转发文件】',
  '浉川市人民政府办公室转发国务院办公厅关于全面推行行政执法公示制度的通知',
  ...body('', '浉政办发〔2022〕14 号').slice(1),
  '浉川市人民政府办公室转发国务院办公厅关于对真抓实干成效明显地方的通知',
  ...body('', '浉政办发〔2022〕17 号').slice(1),
  '【县（市、区）文件】',
  '兴县人民政府办公室关于印发兴县培育乡村 e 镇工作实施方案的通知',
  ...body('', '兴政办发〔2022〕8 号').slice(1),
].join('\n')

describe('a 目录 line cut inside its issuer', () => {
  it('is told by the word closing the unit starting on it', () => {
    expect(cutInIssuer('浉川市人民政府办公室转发国务院办', '  公厅关于全面推行')).toBe(true)
    expect(cutInIssuer('县政府办公室文件', '兴县人民政府关于')).toBe(false)
    expect(cutInIssuer('部门文件', '县财政局关于')).toBe(false)
  })

  it('is no 栏目: both entries keep their issuer, and the last its page', () => {
    const entries = parseIssue(text).toc
    expect(entries.map((e) => e.category)).toEqual(['市政府办公室转发文件', '市政府办公室转发文件', '县（市、区）文件'])
    expect(entries[0].title.startsWith('浉川市人民政府办公室转发国务院办公厅关于')).toBe(true)
    expect(entries[2]).toMatchObject({ title: '兴县人民政府办公室关于印发兴县培育乡村e镇工作实施方案的通知', page: 38 })
  })
})
