import { spawn } from 'node:child_process'
import { totalmem } from 'node:os'
import { getHeapStatistics } from 'node:v8'

const MB = 1024 * 1024

/**
 * The heap a site build may use: half the machine's memory, at least 4 GB. Astro keeps the content
 * store and the data of every page in memory while it builds; at 10,000 documents (about 40,000
 * pages) that passed V8's default limit of about 4 GB and the build died after rendering.
 */
export const buildHeapMegabytes = (): number => Math.max(4096, Math.floor(totalmem() / MB / 2))

/**
 * Runs this script again with the larger heap when the current one is smaller, passing signals on
 * and exiting with the child's status; resolves (and the caller goes on) when the heap is enough.
 */
export async function ensureBuildHeap(): Promise<void> {
  const wanted = buildHeapMegabytes()
  const limit = getHeapStatistics().heap_size_limit / MB
  if (limit >= wanted * 0.9 || process.env.SXSH_BUILD_HEAP) return
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${wanted}`, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, SXSH_BUILD_HEAP: String(wanted) } },
  )
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => child.kill(signal))
  const code = await new Promise<number>((resolve) =>
    child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
  )
  process.exit(code)
}
