/**
 * Runs a command and measures it as a reader of the benchmark would: wall time and the peak
 * resident memory of the whole process tree (npm → tsx → node → workers), sampled from /proc.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface Measured {
  status: number | null
  durationMs: number
  /** Highest sum of RSS over the process and all its descendants, in bytes (0 without /proc). */
  peakRssBytes: number
  output: string
}

/** Parent pid and resident memory of every process, read from /proc (Linux only). */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>()
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return table
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024
      table.set(Number(entry), { ppid, rss })
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table
}

/** Sum of RSS of `root` and its descendants. */
export function treeRss(root: number): number {
  const table = processTable()
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += table.get(pid)?.rss ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Runs `command` with `args`, echoing lines through `onLine`, sampling memory every 100 ms. */
export function runMeasured(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; onLine?: (line: string) => void } = {},
): Promise<Measured> {
  const started = performance.now()
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let pending = ''
  const take = (chunk: Buffer) => {
    const text = chunk.toString('utf8')
    output += text
    pending += text
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) options.onLine?.(line)
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  let peak = 0
  const sample = () => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid))
  }
  const timer = setInterval(sample, 100)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status) => {
      clearInterval(timer)
      if (pending) options.onLine?.(pending)
      resolve({ status, durationMs: performance.now() - started, peakRssBytes: peak, output })
    })
  })
}
