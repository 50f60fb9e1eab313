// Column detection on pages of the tuning layouts added for issue 12 (prov-xe-inner,
// county-docx-masthead, city-pdfkit-2col): a short page under a spanning title, a flush-right
// signature block beside a name list's short lines, a name list inside the right column.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { REPO_ROOT } from '../../support/sample'
import { findGutters } from '../../../src/main/importer/layout/columns'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const EM = 10
const run = (str: string, x: number, y: number, size = EM): TextRun => ({ str, x, y, width: [...str].length * size, size })
const LEFT = 50
const RIGHT = 270
const fill = (s: string): string => s.padEnd(20, '文').slice(0, 20)

describe('columns from type and alignment', () => {
  it('keeps two columns on a short page under a two-line title set larger (a document ending in balanced columns)', () => {
    // prov-xe-inner p.26: the 复函's title spans the page, then five lines in each column.
    const runs: TextRun[] = [
      run('国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大', LEFT, 760, 14),
      run('学生冬季运动会的复函', 180, 740, 14),
    ]
    const left = ['黑龙江省人民政府，教育部、外交部、财政部、体', '育总局：', '教育部、外交部、财政部、体育总局《关于以', '哈尔滨市名义申请举办2009年世界大学生冬季运', '动会的请示》（教外际〔2004〕14号）收悉。经国']
    const right = ['世界大学生冬季运动会。运动会申办全部经费由黑', '龙江省人民政府承担；运动会举办的主要经费由黑', '龙江省人民政府承担，中央财政将视情况对国际大', '体联官员、特邀贵宾的接待费给予一定补助。请有', '关方面抓紧向国际大体联申报。']
    left.forEach((t, i) => runs.push(run(t.length > 6 ? fill(t) : t, LEFT, 700 - i * 16)))
    right.forEach((t, i) => runs.push(run(fill(t), RIGHT, 700 - i * 16)))
    expect(findGutters(groupLines(runs))).toHaveLength(1)
  })

  it('does not take a flush-right signature block beside a name list for a second column', () => {
    // county-docx-masthead p.13: a joint document's short name-list lines, then its four signatures.
    const runs: TextRun[] = ['县支行行长', '樊利军　吕梁银保监分局', '兴县监管组组长', '于　强　中国农业银行兴', '县支行行长', '成员：县农业农村局、县现代农业发', '展服务中心、县中小企业服务中心、县财']
      .map((t, i) => run(t, LEFT + 20, 760 - i * 20))
    const signs = ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局', '二〇二二年四月二十一日']
    signs.forEach((t, i) => runs.push(run(t, 480 - [...t].length * EM, 600 - i * 20)))
    runs.push(run('（此件公开发布）', LEFT + 20, 500), run('兴县人民政府办公室文件', 150, 480, 26))
    runs.push(run('兴县人民政府办公室关于建立县乡机关干部跟班轮训制度的', LEFT, 420, 18))
    expect(findGutters(groupLines(runs))).toEqual([])
  })

  it('reads a name list in the right column as part of that column, not as two more columns', async () => {
    // city-pdfkit-2col: names padded to three characters, so their posts start at one x.
    const file = path.join(REPO_ROOT, 'tests/fixtures/typeset/tuning/city-pdfkit-2col/city-pdfkit-2col.pdf')
    const { text } = await readPdf(new Uint8Array(readFileSync(file)), 'city-pdfkit-2col.pdf', new AbortController().signal)
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, ''))
    expect(lines).toContain('马敏教授、华中师范大学原党委书记')
    expect(lines).toContain('马志明院士、中科院数学与系统科学研究院学术委员会主任')
  })

})
