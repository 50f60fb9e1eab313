// Where a file is read and parsed: in a worker with limits (the app, CLI and server), or here in
// this process with an injected pipeline (tests). Import and re-read choose the same way.
import { inProcessRunner, realPipeline, type FileRunner, type Pipeline } from './pipeline'
import { createWorkerRunner, type WorkerLimits } from './worker-runner'

export interface RunnerChoice {
  /** An injected pipeline always runs in-process. */
  pipeline?: Pipeline
  /** Run the real readers in a worker (true, or with limits). */
  isolate?: boolean | Partial<WorkerLimits>
}

export function createFileRunner(choice: RunnerChoice): FileRunner {
  if (choice.isolate && !choice.pipeline) return createWorkerRunner(choice.isolate === true ? {} : choice.isolate)
  return inProcessRunner(choice.pipeline ?? realPipeline)
}
