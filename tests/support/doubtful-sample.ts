// The real sample with one document's body title rewritten so it no longer matches its 目录 entry:
// the parser doubts that document (标题与目录不一致), as it would a misread title.
import { readFileSync } from 'node:fs'
import { SAMPLE_TXT } from './sample'

export const DOUBTFUL_DOC_NUMBER = '兴政发〔2022〕10号'
export const TOC_TITLE = '关于打造城乡绿色低碳建设运营商有关事项的通知'
export const MISREAD_TITLE = '关于城乡建设投融资工作安排的通知'

/** The sample's text with document 3's title (兴政发〔2022〕10号) changed in the body only. */
export function doubtfulSampleText(): string {
  const text = readFileSync(SAMPLE_TXT, 'utf8')
  const line = `兴县人民政府 ${TOC_TITLE}\n`
  if (!text.includes(line)) throw new Error('the sample changed: its body title line was not found')
  return text.replace(line, `兴县人民政府 ${MISREAD_TITLE}\n`)
}
