import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * One Astro build at a time per checkout. A build whose output folder lies outside the project
 * (tests, benchmarks, `SITE_DIR` elsewhere) renders through `<project>/.astro/.prerender/`, which
 * two concurrent builds would overwrite under each other. The lock is a folder created atomically,
 * holding the owner's pid; a lock whose owner has died is taken over.
 */
export async function withBuildLock<T>(
  run: () => Promise<T>,
  onWait?: (pid: number) => void,
): Promise<T> {
  const lock = path.resolve('.astro', 'build.lock')
  mkdirSync(path.dirname(lock), { recursive: true })
  let told = false
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
      break
    } catch {
      const owner = ownerOf(lock)
      // No pid yet: the owner is between creating the folder and writing it, unless long gone.
      const abandoned = owner === undefined ? Date.now() - ageOf(lock) > 10_000 : !alive(owner)
      if (abandoned) {
        rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (owner !== undefined && !told) onWait?.(owner)
      told ||= owner !== undefined
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  const release = () => rmSync(lock, { recursive: true, force: true })
  process.once('exit', release)
  try {
    return await run()
  } finally {
    release()
  }
}

function ownerOf(lock: string): number | undefined {
  try {
    return Number(readFileSync(path.join(lock, 'pid'), 'utf8')) || undefined
  } catch {
    return undefined
  }
}

function ageOf(lock: string): number {
  try {
    return statSync(lock).mtimeMs
  } catch {
    return 0
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
