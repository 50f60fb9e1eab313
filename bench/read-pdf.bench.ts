// PDF reading benchmark: a 60-page two-column issue typeset with pdfkit (heads, page numbers,
// paragraphs across columns and pages), read with pdf.js and laid out (target well under 3 s).
import { performance } from 'node:perf_hooks'
import { readPdf } from '../src/main/importer/read/read-pdf'
import { PAGE, flow, frames, render, FONT, type Para, type Placed } from '../tests/support/typeset-pdf'

const PAGES = 60
const RUNS = 3
const SENTENCE =
  '各乡镇人民政府、县直各有关单位要切实提高思想认识，加强组织领导，压实工作责任，确保各项任务落到实处。'

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Enough numbered paragraphs to fill PAGES pages, then a head and a page number on each. */
function issue(): Placed[] {
  const paras: Para[] = Array.from({ length: 900 }, (_, i) => ({
    text: `${i + 1}、${SENTENCE.repeat(1 + (i % 4))}`,
    indent: 2,
  }))
  const out: Placed[] = []
  flow(out, paras, frames(2, 22), { page: 1, column: 0, y: PAGE.top, top: PAGE.top })
  for (let p = 1; p <= PAGES; p++) {
    out.push({ page: p, text: '××市人民政府公报　2022年第3期', x: 60, y: 50, font: FONT.song, size: 9 })
    out.push({ page: p, text: `— ${p} —`, x: 280, y: 800, font: FONT.song, size: 9 })
  }
  return out.filter((l) => l.page <= PAGES)
}

export async function run(): Promise<void> {
  const bytes = await render(issue())
  const signal = new AbortController().signal
  await readPdf(bytes, 'warm-up.pdf', signal)
  const times: number[] = []
  const cpu: number[] = []
  let lines = 0
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    const r = await readPdf(bytes, 'bench.pdf', signal)
    const used = process.cpuUsage(c)
    times.push(performance.now() - t)
    cpu.push((used.user + used.system) / 1000)
    lines = r.lines.length
  }
  // CPU time says more than wall time on a shared machine; both are printed.
  console.log(
    `read a ${PAGES}-page two-column PDF (${(bytes.length / 1024).toFixed(0)} KB, ${lines} lines): ` +
      `median ${median(times).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU over ${RUNS} runs ` +
      `(target < 3000 ms)`,
  )
}
