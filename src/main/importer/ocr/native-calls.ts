// onnxruntime loads a model and runs it synchronously on the worker's thread, for seconds when
// loading. A worker terminated inside such a call takes the whole process down ("terminate
// called after throwing Napi::Error"), so the engine's calls pass a gate the host shares with its
// worker: the host closes the gate only while no call is inside, and terminates the worker after.
import { workerData } from 'node:worker_threads'

const OPEN = 0
const INSIDE = 1
/** Inside, and the host waits to close: the gate closes as the call leaves, and no call enters. */
const CLOSING = 2
const CLOSED = 3
const POLL_MS = 20

/** Thrown by a model call begun after the host closed the gate: the worker is being ended. */
export class GateClosed extends Error {
  constructor() {
    super('文字识别引擎正在关闭')
  }
}

/** A gate for a new worker, passed to it as `workerData.nativeGate`. */
export function newGate(): SharedArrayBuffer {
  return new SharedArrayBuffer(4)
}

function gateOf(data: unknown): Int32Array {
  const shared = (data as { nativeGate?: unknown } | null)?.nativeGate
  return new Int32Array(shared instanceof SharedArrayBuffer ? shared : newGate())
}

/** This thread's gate: its host's in a worker, its own elsewhere. */
const gate = gateOf(workerData)
/** Calls under way in this thread (the gate is one word for all of them). */
let inside = 0

/** This thread's gate (a host closes its worker's through closeGate). */
export function threadGate(): SharedArrayBuffer {
  return gate.buffer as SharedArrayBuffer
}

/** Runs `call` (a model load or run) inside the gate; refused once the gate is closed. */
export function nativeCall<T>(call: () => Promise<T>): Promise<T> {
  const entered = inside > 0 ? Atomics.load(gate, 0) === INSIDE : Atomics.compareExchange(gate, 0, OPEN, INSIDE) === OPEN
  if (!entered) return Promise.reject(new GateClosed())
  inside++
  const leave = (): void => {
    if (--inside === 0 && Atomics.compareExchange(gate, 0, INSIDE, OPEN) === CLOSING) Atomics.store(gate, 0, CLOSED)
  }
  let p: Promise<T>
  try {
    p = call()
  } catch (err) {
    p = Promise.reject(err)
  }
  p.then(leave, leave)
  return p
}

/**
 * Closes the gate: at once when no call is inside, else as the call inside leaves, no other
 * entering meanwhile. Resolves when it is closed (true), the worker may then be terminated, or
 * after `maxMs` (false).
 */
export async function closeGate(shared: SharedArrayBuffer, maxMs: number): Promise<boolean> {
  const g = new Int32Array(shared)
  const until = Date.now() + maxMs
  for (;;) {
    const was = Atomics.compareExchange(g, 0, OPEN, CLOSED)
    if (was === OPEN || was === CLOSED) return true
    Atomics.compareExchange(g, 0, INSIDE, CLOSING)
    if (Date.now() >= until) return false
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
