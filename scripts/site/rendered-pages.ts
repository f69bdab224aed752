import { readFileSync } from 'node:fs'
import path from 'node:path'

import { siteCacheDir } from '../../site/lib/cache-dir.mjs'

/** What Astro's incremental-build manifest records of each page (see incremental.ts). */
interface Manifest {
  routes: Record<
    string,
    { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }
  >
}

/** The manifest of the last build in the cache, or undefined when there is none or it is unreadable. */
export function readManifest(): Manifest | undefined {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(siteCacheDir(), 'incremental-build.json'), 'utf8'),
    ) as Manifest
    return manifest && typeof manifest.routes === 'object' ? manifest : undefined
  } catch {
    return undefined
  }
}

const pagesOf = (manifest: Manifest) => {
  const pages = new Map<string, string>()
  for (const route of Object.values(manifest.routes))
    for (const { cacheKey, outputFile } of Object.values(route.paths))
      if (outputFile.endsWith('.html')) pages.set(outputFile, `${route.dependencyHash}:${cacheKey}`)
  return pages
}

/**
 * The HTML pages (output files, like `guides/x/index.html`) a build rendered rather than restored,
 * and those it no longer has, from the manifests before and after it. A page is rendered when its
 * props (cache key) or its route's code changed, when it is new, and always when its route gives
 * no cache key (`unkeyed`: built pages the manifest does not list).
 */
export function renderedPages(
  before: Manifest,
  after: Manifest,
  builtPages: string[],
): { changed: string[]; removed: string[] } {
  const old = pagesOf(before)
  const now = pagesOf(after)
  const changed = [...now].filter(([file, key]) => old.get(file) !== key).map(([file]) => file)
  const unkeyed = builtPages.filter((file) => !now.has(file))
  const removed = [...old.keys()].filter((file) => !now.has(file))
  return { changed: [...changed, ...unkeyed], removed }
}

/** The URL of an output file: `guides/x/index.html` → `/guides/x/`. */
export const urlOfPage = (file: string): string =>
  `/${file
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '')}`
