import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { siteCacheDir } from '../../site/lib/cache-dir.mjs'

/**
 * Astro's incremental build (experimental) empties the output folder, then restores unchanged
 * pages from copies in its cache and trusts that they are there. These guards make sure a page can
 * never silently go missing: a full build when the cache describes another output folder or is
 * gone, and a check afterwards that every page in the sitemap exists.
 */
const marker = () => path.join(siteCacheDir(), 'sxsh-last-build.json')

/** Why the next build must render every page, or undefined when an incremental build is safe. */
export function fullBuildReason(outDir: string): string | undefined {
  if (!existsSync(marker())) return 'no previous build in the cache'
  const last = JSON.parse(readFileSync(marker(), 'utf8')) as { outDir?: string }
  if (last.outDir !== outDir) return `the cache belongs to another output folder (${last.outDir})`
  // Astro empties the output folder and restores unchanged pages from copies in its cache.
  if (!existsSync(path.join(siteCacheDir(), 'incremental-build.json')))
    return "Astro's incremental cache is gone"
  return undefined
}

/** Remembers which output folder the cache now describes. */
export function recordBuild(outDir: string): void {
  writeFileSync(marker(), JSON.stringify({ outDir, builtAt: new Date().toISOString() }))
}

/** The paths of the pages listed in the built sitemap, or undefined when it is missing. */
export function sitemapPages(outDir: string): string[] | undefined {
  const sitemap = path.join(outDir, 'sitemap.xml')
  if (!existsSync(sitemap)) return undefined
  const locs = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  return locs.map((match) => decodeURIComponent(new URL(match[1]!).pathname))
}

/** Pages listed in the built sitemap that have no file in the output. */
export function missingPages(outDir: string): string[] {
  const pages = sitemapPages(outDir)
  if (!pages) return ['/sitemap.xml']
  return pages.filter((pathname) => !existsSync(path.join(outDir, pathname, 'index.html')))
}
