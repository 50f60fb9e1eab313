// onnxruntime's calls run on native threads and answer the worker's JavaScript when they end.
// A worker terminated while one is under way (loading the models takes seconds) takes the whole
// process down ("terminate called after throwing Napi::Error"), so the engine's native calls are
// counted here, and a worker asked to quit stops new ones and waits for those under way to end.

const underway = new Set<Promise<unknown>>()
let stopped = false

/** Thrown by a native call begun after `settleNativeCalls`: the worker is quitting. */
export class NativeCallsStopped extends Error {
  constructor() {
    super('文字识别引擎正在关闭')
  }
}

/** Runs `call` (a model load or run), counted until it ends; refused once the worker is quitting. */
export function nativeCall<T>(call: () => Promise<T>): Promise<T> {
  if (stopped) return Promise.reject(new NativeCallsStopped())
  const p = call()
  underway.add(p)
  const done = (): void => void underway.delete(p)
  p.then(done, done)
  return p
}

/** Refuses new native calls and resolves once every one under way has ended (however it ended). */
export async function settleNativeCalls(): Promise<void> {
  stopped = true
  while (underway.size > 0) await Promise.allSettled([...underway])
}
