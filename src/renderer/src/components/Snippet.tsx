// A search snippet: text between \u0002 and \u0003 becomes <mark>.
import { splitMarks } from '../text-marks'

export { stripMarks } from '../text-marks'

export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitMarks(text).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  )
}
