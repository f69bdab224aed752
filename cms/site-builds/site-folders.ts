import {
  existsSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import path from 'node:path'

/**
 * Where `npm start` keeps the public site: each build in `builds/<id>/`, and `current`, a
 * symbolic link to the build being served. Switching is one atomic rename of a new link over
 * the old one, so a reader never sees half of one build and half of another.
 */
export interface SiteFolders {
  root: string
  builds: string
  current: string
  cache: string
}

/** The site folders under SITE_DIR, or undefined when publishing does not build here. */
export function siteFolders(env: NodeJS.ProcessEnv = process.env): SiteFolders | undefined {
  if (!env.SITE_DIR) return undefined
  const root = path.resolve(env.SITE_DIR)
  return {
    root,
    builds: path.join(root, 'builds'),
    current: path.join(root, 'current'),
    cache: path.join(root, 'cache'),
  }
}

/** The folder of the build being served, if there is one. */
export function currentBuild(folders: SiteFolders): string | undefined {
  try {
    const target = readlinkSync(folders.current)
    const dir = path.resolve(folders.root, target)
    return existsSync(path.join(dir, 'index.html')) ? dir : undefined
  } catch {
    return undefined
  }
}

/** A new, empty folder for the next build. */
export function newBuildFolder(folders: SiteFolders): string {
  mkdirSync(folders.builds, { recursive: true })
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
  let dir = path.join(folders.builds, stamp)
  for (let n = 2; existsSync(dir); n++) dir = path.join(folders.builds, `${stamp}-${n}`)
  return dir
}

/** Serves `dir` from now on: the link is replaced atomically. Older builds beyond `keep` go. */
export function switchTo(folders: SiteFolders, dir: string, keep = 3): void {
  const temporary = `${folders.current}.${process.pid}.tmp`
  rmSync(temporary, { force: true })
  symlinkSync(path.relative(folders.root, dir), temporary)
  renameSync(temporary, folders.current)
  const builds = readdirSync(folders.builds).sort()
  for (const old of builds.slice(0, Math.max(0, builds.length - keep))) {
    const oldDir = path.join(folders.builds, old)
    if (oldDir !== dir) rmSync(oldDir, { recursive: true, force: true })
  }
}
