import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

import { currentBuild, newBuildFolder, switchTo, type SiteFolders } from './site-folders'

export interface BuildOutcome {
  ok: boolean
  folder: string
  /** The last lines of the build's output, for the admin. */
  log: string
}

const LOG_LINES = 40

/** Builds in flight, so that stopping the CMS stops them too. */
export const runningBuilds = new Set<ChildProcess>()

/**
 * Builds the site into a fresh folder (following the one being served, so only what changed is
 * rendered and compressed) and, only if the build and its search index both succeed, switches
 * the served site to it. A failed build is removed and the served site stays as it was.
 */
export function runSiteBuild(
  folders: SiteFolders,
  onLine?: (line: string) => void,
): Promise<BuildOutcome> {
  const folder = newBuildFolder(folders)
  const previous = currentBuild(folders)
  const tsx = path.resolve('node_modules', '.bin', 'tsx')
  return new Promise((resolve) => {
    const lines: string[] = []
    const child = spawn(tsx, ['scripts/build-site.ts'], {
      env: {
        ...process.env,
        SITE_OUT_DIR: folder,
        SITE_CACHE_DIR: folders.cache,
        ...(previous ? { SITE_PREVIOUS_DIR: previous } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    runningBuilds.add(child)
    const collect = (chunk: Buffer) => {
      const fresh = chunk.toString('utf8').split('\n').filter(Boolean)
      fresh.forEach((line) => onLine?.(line))
      lines.push(...fresh)
      lines.splice(0, Math.max(0, lines.length - LOG_LINES))
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('close', (code, signal) => {
      runningBuilds.delete(child)
      const ok = code === 0
      if (ok) switchTo(folders, folder)
      else {
        if (signal) lines.push(`(stopped by ${signal})`)
        rmSync(folder, { recursive: true, force: true })
      }
      resolve({ ok, folder, log: lines.join('\n') })
    })
  })
}
