// The worker thread that reads and parses one file at a time (see worker-runner.ts). It runs
// whatever the real pipeline is, so a reader or parser that runs out of memory or time takes
// down this thread only; the host kills and replaces it.
import { parentPort } from 'node:worker_threads'
import { isAppError } from '../../../shared/errors'
import { realPipeline, runPipeline } from './pipeline'
import type { WorkerJob, WorkerReply } from './messages'

function reply(message: WorkerReply): void {
  parentPort?.postMessage(message)
}

async function runJob(job: WorkerJob): Promise<void> {
  const warn = (message: string): void => reply({ id: job.id, kind: 'warn', message })
  try {
    const { read, parsed } = await runPipeline(realPipeline, job.bytes, job.fileName, job.limits, warn, (p) =>
      reply({ id: job.id, kind: 'progress', ...p }),
    )
    reply({ id: job.id, kind: 'done', read, parsed })
  } catch (err) {
    if (isAppError(err)) reply({ id: job.id, kind: 'refused', code: err.code, message: err.message })
    else reply({ id: job.id, kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) })
  }
}

parentPort?.on('message', (job: WorkerJob) => void runJob(job))
