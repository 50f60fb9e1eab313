// Keeps library chatter (pdf.js, its WASM decoders) off stdout, which belongs to `--json` output.
import { format } from 'node:util'

type Sink = (msg: string) => void
type Method = 'log' | 'info' | 'debug' | 'warn'

const METHODS: Method[] = ['log', 'info', 'debug', 'warn']
// One entry per running read (an array, not a Set: two reads may share a sink).
const sinks: { sink: Sink }[] = []
let saved: Partial<Record<Method, Console[Method]>> | null = null

const toStderr: Sink = (msg) => process.stderr.write(`${msg}\n`)

/**
 * Runs `work` with console.log/info/debug/warn sent to `sink` (or stderr). Reference-counted,
 * so overlapping reads restore the real console only when the last one ends. While any read
 * runs, other code's console output goes to stderr too: better than corrupting stdout.
 */
export async function withQuietConsole<T>(
  sink: Sink | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const own = { sink: sink ?? toStderr }
  sinks.push(own)
  if (!saved) {
    saved = {}
    for (const m of METHODS) {
      saved[m] = console[m]
      console[m] = (...args: unknown[]) => dispatch(format(...args))
    }
  }
  try {
    return await work()
  } finally {
    sinks.splice(sinks.indexOf(own), 1)
    if (sinks.length === 0 && saved) {
      for (const m of METHODS) console[m] = saved[m] as Console[Method]
      saved = null
    }
  }
}

// With several reads at once a message cannot be attributed: the latest one's sink gets it.
function dispatch(msg: string): void {
  const last = sinks[sinks.length - 1]?.sink ?? toStderr
  last(msg)
}
