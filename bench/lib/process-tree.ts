// Runs a command and samples the resident memory of its whole process tree (Linux /proc; other
// systems report 0), so a figure includes npm, tsx and the worker thread's process alike.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface TreeRun {
  code: number | null
  ms: number
  peakMb: number
  stdout: string
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)])
    } catch {
      // the process ended while we looked
    }
  }
  return byParent
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

function treeRssMb(root: number): number {
  if (process.platform !== 'linux') return 0
  const byParent = children()
  let kb = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    kb += rssKb(pid)
    stack.push(...(byParent.get(pid) ?? []))
  }
  return kb / 1024
}

export function runTree(cmd: string, args: string[], cwd: string): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    let peakMb = 0
    child.stdout.on('data', (d: Buffer) => (stdout += d))
    const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid ?? 0))), 50)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ code, ms: performance.now() - t0, peakMb, stdout })
    })
  })
}

/** This process's resident memory now (VmRSS) or at its peak so far (VmHWM), in MB. */
export function ownMemoryMb(field: 'VmHWM' | 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))
  return m ? Number(m[1]) / 1024 : process.memoryUsage.rss() / 1024 / 1024
}
